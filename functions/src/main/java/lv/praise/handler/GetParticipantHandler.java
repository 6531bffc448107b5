package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.domain.Participant;
import lv.praise.Wiring;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.ReadParticipant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.awards.ParticipantAwards;

/** GET /api/participants/{id} */
public final class GetParticipantHandler extends ApiHandler {

    private final ReadParticipant participants;
    private final ParticipantAwards awards;

    public GetParticipantHandler() {
        this(Wiring.get().readParticipant(), Wiring.get().participantAwards());
    }

    GetParticipantHandler(ReadParticipant participants) {
        this(participants, ParticipantAwards.NONE);
    }

    GetParticipantHandler(ReadParticipant participants, ParticipantAwards awards) {
        this.participants = participants;
        this.awards = awards;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        String id = call.path("id");
        if (!Participant.isId(id)) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "id", "no participant with this id");
        }
        Participant participant = participants.get(id);
        return Responses.json(200, ParticipantCard.of(participant, awards.of(participant).orElse(null),
                awards.earlier(participant)));
    }
}
