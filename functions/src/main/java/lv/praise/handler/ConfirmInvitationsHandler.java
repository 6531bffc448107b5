package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.PraiseException;
import lv.praise.domain.campaigns.Invitations;

/**
 * POST /api/admin/invitations – confirms invited participants: {@code {"ids": ["a", "b"]}} (1–500). 200 with
 * {@code {"confirmed": [...], "notInvited": [...]}}: a confirmed id is a participant of the current campaign
 * from then on (public and praisable); an id not invited (confirmed a moment ago by someone else) is named,
 * not refused. 400 {@code ids} / {@code ids[i]} for a bad list, with nothing written.
 */
public final class ConfirmInvitationsHandler extends AdminHandler {
    private final Invitations invitations;

    public ConfirmInvitationsHandler() {
        this(Wiring.get().invitations());
    }

    ConfirmInvitationsHandler(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        RequestBody body = RequestBody.parse(event, Set.of("ids"), 64 * 1024);
        var ids = body.textList("ids", Invitations.MAX_CONFIRM);
        if (ids.isEmpty()) {
            throw PraiseException.invalid("ids", "ids is required: the participant ids to confirm");
        }
        Invitations.Confirmed done = invitations.confirm(ids);
        JsonLog.info("invitations_confirmed", Map.of("confirmed", done.confirmed().size(),
                "notInvited", done.notInvited().size()));
        return Responses.json(200, Map.of("confirmed", done.confirmed(), "notInvited", done.notInvited()));
    }
}
