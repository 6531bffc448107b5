package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.domain.Participant;
import lv.praise.Wiring;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.ParticipantService;
import lv.praise.domain.PraiseException;

/** GET /api/participants/{id} */
public final class GetParticipantHandler extends ApiHandler {

    private final ParticipantService participants;

    public GetParticipantHandler() {
        this(Wiring.get().participantService());
    }

    GetParticipantHandler(ParticipantService participants) {
        this.participants = participants;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        String id = event.getPathParameters() == null ? null : event.getPathParameters().get("id");
        if (!Participant.isId(id)) {
            throw new PraiseException(ErrorCode.NOT_FOUND, "id", "no participant with this id");
        }
        return Responses.json(200, ParticipantCard.of(participants.get(id)));
    }
}
