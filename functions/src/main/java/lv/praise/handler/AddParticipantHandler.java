package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import lv.praise.domain.campaigns.Invitations;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Participant;
import lv.praise.domain.imports.ParticipantEditor;

/**
 * POST /api/admin/participants – adds one participant by hand (201 with its id), or confirms invited ones:
 * {@code {"invited": ["id", ...]}} (1–500 ids; 200 {@code {"confirmed": [...], "notInvited": [...]}}: a confirmed
 * id is a participant of the current campaign from then on, public and praisable; an id no longer invited is
 * named, not refused). 400 {@code invited} / {@code invited[i]} for a bad list, with nothing written.
 */
public final class AddParticipantHandler extends AdminHandler {
    /** 500 ids of up to 80 characters, quoted. */
    private static final int CONFIRM_MAX_BYTES = 48 * 1024;
    private final ParticipantEditor participants;
    private final Supplier<Invitations> invitations;

    public AddParticipantHandler() {
        this(Wiring.get().participantEditor(), Wiring.get()::invitations);
    }

    AddParticipantHandler(ParticipantEditor participants) {
        this(participants, () -> {
            throw new IllegalStateException("no invitations in this test");
        });
    }

    AddParticipantHandler(ParticipantEditor participants, Supplier<Invitations> invitations) {
        this.participants = participants;
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        if (RequestBody.names(event, "invited")) {
            RequestBody body = RequestBody.parse(event, Set.of("invited"), CONFIRM_MAX_BYTES);
            Invitations.Confirmed done = invitations.get().confirm(body.textListOrNull("invited", Invitations.MAX_CONFIRM));
            JsonLog.info("invitations_confirmed", Map.of("confirmed", done.confirmed().size(),
                    "notInvited", done.notInvited().size(), "alreadyParticipating", done.alreadyParticipating().size()));
            return Responses.json(200, Map.of("confirmed", done.confirmed(), "notInvited", done.notInvited(),
                    "alreadyParticipating", done.alreadyParticipating()));
        }
        Participant added = participants.add(ParticipantDraftBody.read(event, true));
        JsonLog.info("participant_added", Map.of("participantId", added.id()));
        return Responses.json(201, AdminParticipantView.of(added));
    }
}
