package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Participant;
import lv.praise.domain.imports.ParticipantEditor;

/** PUT /api/admin/participants/{id} – replaces a participant's profile (its id and praise count stay). */
public final class UpdateParticipantHandler extends AdminHandler {
    private final ParticipantEditor participants;

    public UpdateParticipantHandler() {
        this(Wiring.get().participantEditor());
    }

    UpdateParticipantHandler(ParticipantEditor participants) {
        this.participants = participants;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        String id = ParticipantDraftBody.id(event);
        Participant edited = participants.edit(id, ParticipantDraftBody.read(event, false));
        JsonLog.info("participant_edited", Map.of("participantId", id));
        return Responses.json(200, AdminParticipantView.of(edited));
    }
}
