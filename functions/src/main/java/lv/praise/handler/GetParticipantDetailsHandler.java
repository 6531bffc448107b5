package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.EvaluationStore;
import lv.praise.domain.Participant;
import lv.praise.domain.imports.ParticipantEditor;

/** GET /api/admin/participants/{id} – one participant with its contact data and its evaluations. */
public final class GetParticipantDetailsHandler extends AdminHandler {
    private final ParticipantEditor participants;
    private final EvaluationStore evaluations;

    public GetParticipantDetailsHandler() {
        this(Wiring.get().participantEditor(), Wiring.get().evaluations());
    }

    GetParticipantDetailsHandler(ParticipantEditor participants, EvaluationStore evaluations) {
        this.participants = participants;
        this.evaluations = evaluations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        Participant p = participants.get(ParticipantDraftBody.id(event));
        return Responses.json(200, AdminParticipantView.withEvaluations(p, evaluations.of(p.campaignYear(), p.id())));
    }
}
