package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.imports.ParticipantEditor;

/** GET /api/admin/participants?q=&category=&industry=&sizeClass= – every matching participant, for the console. */
public final class ListParticipantsHandler extends AdminHandler {
    private final ParticipantEditor participants;

    public ListParticipantsHandler() {
        this(Wiring.get().participantEditor());
    }

    ListParticipantsHandler(ParticipantEditor participants) {
        this.participants = participants;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("q", "category", "industry", "sizeClass");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        var found = participants.list(new ParticipantEditor.Filter(query.get("q"), query.get("category"),
                query.get("industry"), query.get("sizeClass")));
        return Responses.json(200, Map.of("participants", found.stream().map(AdminParticipantView::of).toList()));
    }
}
