package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.dashboard.Dashboard;
import lv.praise.domain.dashboard.DashboardStore;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryAwards;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.params.ParameterizedTest;

/** GET /api/admin/dashboard fed by events/get-dashboard.json, over a fake of the counts' store. */
class GetDashboardHandlerTest {
    private final List<DashboardStore.DayCount> days = new ArrayList<>();
    private Optional<DashboardStore.Recalculation> recalculation = Optional.empty();
    private final InMemoryStore store = new InMemoryStore();
    private final DashboardStore counts = new DashboardStore() {
        @Override
        public List<DayCount> days(int campaignYear) {
            return days;
        }

        @Override
        public Optional<Recalculation> latestRecalculation(int campaignYear) {
            return recalculation;
        }
    };
    // 2027-03-08 in Riga: links of the 5th to the 8th may still be confirmed, those of the 4th not.
    private final GetDashboardHandler handler = new GetDashboardHandler(new Dashboard(Fixtures.YEAR, store, counts,
            new InMemoryAwards(), Fixtures.clockAt(Instant.parse("2027-03-08T10:00:00Z"))));

    @ParameterizedTest
    @Event(value = "../events/get-dashboard.json", type = APIGatewayV2HTTPEvent.class)
    void theFiguresTrendIndustriesAndRecalculationFromTheCounts(APIGatewayV2HTTPEvent event) {
        store.save(Fixtures.campaign());
        days.add(new DashboardStore.DayCount(LocalDate.parse("2027-03-02"), 10, 8, 5, 1, 0));
        days.add(new DashboardStore.DayCount(LocalDate.parse("2027-03-04"), 20, 15, 10, 0, 1));
        days.add(new DashboardStore.DayCount(LocalDate.parse("2027-03-07"), 30, 20, 2, 0, 2));
        recalculation = Optional.of(new DashboardStore.Recalculation(Instant.parse("2027-03-08T00:00:05Z"),
                LocalDate.parse("2027-03-08"), 72, 55, 5, 43, Map.of("TRADE", 20L, "EDUCATION", 30L, "", 3L, "MEDICINE", 0L)));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        JsonNode body = Events.body(response);
        JsonNode praise = body.path("praise");
        assertEquals(60, praise.path("submitted").asLong());
        assertEquals(43, praise.path("confirmed").asLong());
        assertEquals(8, praise.path("awaitingConfirmation").asLong(), "the 7th's 30 − 20 − 2");
        assertEquals(6, praise.path("neverConfirmed").asLong(), "the 2nd's 2 and the 4th's 4");
        assertEquals(25, praise.path("awaitingReview").asLong());
        assertEquals(3, praise.path("erased").asLong());
        JsonNode trend = body.path("trend");
        assertEquals("2027-03-01", trend.get(0).path("date").asText(), "from the window's first day");
        assertEquals("2027-03-08", trend.get(trend.size() - 1).path("date").asText(), "to today");
        assertEquals(8, trend.size());
        assertEquals(0, trend.get(2).path("submitted").asLong(), "a day without praise is a zero");
        assertEquals(20, trend.get(3).path("submitted").asLong());
        assertEquals("EDUCATION", body.path("topIndustries").get(0).path("industry").asText());
        assertEquals(3, body.path("topIndustries").size(), "industries without praise are left out");
        assertEquals(5, body.path("recalculation").path("notEvaluated").asInt());
        assertEquals(0, body.path("letters").path("total").asInt());
        assertTrue(Events.body(handler.handleRequest(Events.anonymous("get-dashboard.json"), null)).has("error"));
    }
}
