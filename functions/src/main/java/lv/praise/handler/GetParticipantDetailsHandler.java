package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.EvaluationStore;
import lv.praise.domain.Participant;
import lv.praise.domain.imports.ParticipantEditor;

/** GET /api/admin/participants/{id} – one participant with its contact data, its contacts and its evaluations. */
public final class GetParticipantDetailsHandler extends AdminHandler {
    private final ParticipantEditor participants;
    private final EvaluationStore evaluations;
    private final lv.praise.domain.contacts.ContactStore contacts;

    public GetParticipantDetailsHandler() {
        this(Wiring.get().participantEditor(), Wiring.get().evaluations(), Wiring.get().contactStore());
    }

    GetParticipantDetailsHandler(ParticipantEditor participants, EvaluationStore evaluations,
                                 lv.praise.domain.contacts.ContactStore contacts) {
        this.participants = participants;
        this.evaluations = evaluations;
        this.contacts = contacts;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Participant p = participants.get(ParticipantDraftBody.id(event));
        var view = AdminParticipantView.withEvaluations(p, evaluations.of(p.campaignYear(), p.id()));
        // Issue 18: who may sign in for it (the first is its contactEmail).
        view.put("contacts", UpdateContactsHandler.view(contacts.contacts(p.campaignYear(), p.id())));
        return Responses.json(200, view);
    }
}
