package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.ParticipantService;
import lv.praise.domain.PraiseException;

/** GET /api/participants?q=&limit= */
public final class SearchParticipantsHandler extends ApiHandler {
    static final int DEFAULT_LIMIT = 20;

    private final ParticipantService participants;

    public SearchParticipantsHandler() {
        this(Wiring.get().participantService());
    }

    SearchParticipantsHandler(ParticipantService participants) {
        this.participants = participants;
    }

    record Results(List<ParticipantView> participants) {
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("q", "limit");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        Map<String, String> query = event.getQueryStringParameters() == null
                ? Map.of() : event.getQueryStringParameters();
        int limit = DEFAULT_LIMIT;
        String limitText = query.get("limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.strip());
            } catch (NumberFormatException e) {
                throw PraiseException.invalid("limit", "limit must be a whole number");
            }
        }
        List<ParticipantView> found = participants.search(query.get("q"), limit).stream()
                .map(ParticipantView::of).toList();
        return Responses.json(200, new Results(found));
    }
}
