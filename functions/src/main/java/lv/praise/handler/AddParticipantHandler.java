package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Participant;
import lv.praise.domain.imports.ParticipantEditor;

/** POST /api/admin/participants – adds one participant by hand (201 with its id). */
public final class AddParticipantHandler extends AdminHandler {
    private final ParticipantEditor participants;

    public AddParticipantHandler() {
        this(Wiring.get().participantEditor());
    }

    AddParticipantHandler(ParticipantEditor participants) {
        this.participants = participants;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        Participant added = participants.add(ParticipantDraftBody.read(event, true));
        JsonLog.info("participant_added", Map.of("participantId", added.id()));
        return Responses.json(201, AdminParticipantView.of(added));
    }
}
