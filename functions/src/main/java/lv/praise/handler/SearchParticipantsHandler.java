package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.SearchParticipants;

/** GET /api/participants?q=&limit= */
public final class SearchParticipantsHandler extends ApiHandler {

    private final SearchParticipants participants;

    public SearchParticipantsHandler() {
        this(Wiring.get().searchParticipants());
    }

    SearchParticipantsHandler(SearchParticipants participants) {
        this.participants = participants;
    }

    /**
     * A participant as search shows it; {@code sameName} only when another participant has the same name,
     * so the list shows what tells them apart (its branches: their number and names, the site's "town").
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record SearchHit(String id, String name, String category, String industry, String sizeClass,
                     List<String> branches, Boolean sameName) {
        static SearchHit of(lv.praise.domain.ParticipantDirectory.Hit hit) {
            ParticipantView p = ParticipantView.of(hit.participant());
            return new SearchHit(p.id(), p.name(), p.category(), p.industry(), p.sizeClass(), p.branches(),
                    hit.sharesItsName() ? Boolean.TRUE : null);
        }
    }

    record Results(List<SearchHit> participants) {
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("q", "limit");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Map<String, String> query = event.getQueryStringParameters() == null
                ? Map.of() : event.getQueryStringParameters();
        Integer limit = QueryParameters.of(event).wholeNumber("limit");
        List<SearchHit> found = participants.hits(query.get("q"), limit).stream()
                .map(SearchHit::of).toList();
        // The list it searched may be searchRefresh() old already; a kept answer is no older than that again.
        return Responses.json(200, new Results(found), Caching.refreshedEvery(participants.searchRefresh()));
    }
}
