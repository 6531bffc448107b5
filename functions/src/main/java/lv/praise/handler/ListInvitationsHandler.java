package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.campaigns.Invitations;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * GET /api/admin/invitations – the current campaign's invited participants (last year's, carried over and not
 * confirmed yet), by name, with the carry-over job that writes them ({@code job}: null when there was none).
 */
public final class ListInvitationsHandler extends AdminHandler {
    private final Invitations invitations;
    private final Jobs jobs;

    public ListInvitationsHandler() {
        this(Wiring.get().invitations(), Wiring.get().jobsReader());
    }

    ListInvitationsHandler(Invitations invitations, Jobs jobs) {
        this.invitations = invitations;
        this.jobs = jobs;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invited", invitations.invited().stream().map(AdminParticipantView::of).toList());
        body.put("job", jobs.find(JobKind.CARRY_OVER).map(job -> JobView.of(job, jobs.stalled(job))).orElse(null));
        return Responses.json(200, body);
    }
}
