package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import lv.praise.domain.Campaign;
import lv.praise.domain.CurrentCampaign;
import lv.praise.domain.campaigns.AwardsSchedule;
import lv.praise.domain.campaigns.CampaignYears;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/** The campaign routes fed by the files in events/, over the use case on fakes of our own ports. */
class CampaignHandlersTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-10T10:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final lv.praise.testkit.InMemoryJobs jobStore = new lv.praise.testkit.InMemoryJobs();
    private final Map<Integer, Instant> schedules = new HashMap<>();
    private final AwardsSchedule schedule = new AwardsSchedule() {
        @Override
        public void scheduleAwards(int year, Instant at, ZoneId timeZone) {
            schedules.put(year, at);
        }

        @Override
        public Optional<Scheduled> find(int year) {
            return Optional.ofNullable(schedules.get(year)).map(at -> new Scheduled(year, at, Campaign.RIGA));
        }
    };
    private final CampaignYears years = new CampaignYears(
            new CurrentCampaign(2027, store, clock, Duration.ZERO), store, schedule, clock);

    @Test
    void everyCampaignRouteRefusesAnonymousCallersAndOutsidersAndChangesNothing() {
        Map<String, Supplier<AdminHandler>> routes = Map.of(
                "get-campaign-settings.json", () -> new GetCampaignSettingsHandler(years, clock),
                "update-campaign.json", () -> new UpdateCampaignHandler(years, clock),
                "create-campaign.json", () -> new CreateCampaignHandler(years, clock, () -> jobStore.jobs(clock)));
        routes.forEach((file, handler) -> {
            assertEquals(401, handler.get().handleRequest(Events.anonymous(file), null).getStatusCode(), file);
            assertEquals(403, handler.get().handleRequest(Events.outsider(file), null).getStatusCode(), file);
        });
        assertTrue(store.find(2027).isEmpty() && store.find(2028).isEmpty(), "nothing stored");
        assertTrue(schedules.isEmpty(), "nothing scheduled");
    }

    @Test
    void settingAwardsAtMovesTheScheduleAndAnswersItReadBack() {
        APIGatewayV2HTTPResponse changed = new UpdateCampaignHandler(years, clock)
                .handleRequest(Events.load("update-campaign.json"), null);
        assertEquals(200, changed.getStatusCode(), changed.getBody());
        JsonNode body = Events.body(changed);
        assertEquals("2027-04-14T12:00:00+03:00", body.path("awardsAt").asText(), "wall-clock time in Riga");
        assertEquals("2027-04-14T12:00:00+03:00", body.path("awardsSchedule").path("at").asText());
        assertTrue(body.path("scheduleAgrees").asBoolean());
        assertEquals(Instant.parse("2027-04-14T09:00:00Z"), schedules.get(2027));

        APIGatewayV2HTTPResponse bad = new UpdateCampaignHandler(years, clock).handleRequest(
                Events.withBody("update-campaign.json", b -> b.put("awardsAt", "2027-03-15T12:00")), null);
        assertEquals(400, bad.getStatusCode());
        assertEquals("awardsAt", Events.body(bad).path("error").path("field").asText());
        assertEquals(Instant.parse("2027-04-14T09:00:00Z"), schedules.get(2027), "unchanged");
    }

    @Test
    void theParticipantsPageSettingsAreSetAloneAndABadOneWritesNothing() {
        APIGatewayV2HTTPResponse bad = new UpdateCampaignHandler(years, clock).handleRequest(Events.withBody(
                "update-campaign.json", b -> b.removeAll().put("insightShowsScore", false).put("insightSharesNotes", "yes")), null);
        assertEquals(400, bad.getStatusCode());
        assertEquals("insightSharesNotes", Events.body(bad).path("error").path("field").asText());
        assertTrue(store.find(2027).isEmpty(), "nothing stored");

        APIGatewayV2HTTPResponse changed = new UpdateCampaignHandler(years, clock).handleRequest(Events.withBody(
                "update-campaign.json", b -> b.removeAll().put("insightShowsScore", false).put("insightSharesNotes", true)), null);
        assertEquals(200, changed.getStatusCode(), changed.getBody());
        assertFalse(Events.body(changed).path("insightShowsScore").asBoolean());
        assertTrue(Events.body(changed).path("insightSharesNotes").asBoolean());
        assertFalse(store.find(2027).orElseThrow().insightShowsScore());
        assertTrue(store.find(2027).orElseThrow().insightSharesNotes());
        assertTrue(schedules.isEmpty(), "the calendar and its schedule untouched");
    }

    @Test
    void nextYearIsCreatedOnceTheResultsArePublished() {
        CreateCampaignHandler create = new CreateCampaignHandler(years, clock, () -> jobStore.jobs(clock));
        APIGatewayV2HTTPResponse early = create.handleRequest(Events.load("create-campaign.json"), null);
        assertEquals(409, early.getStatusCode());
        assertEquals("not_published", Events.body(early).path("error").path("code").asText());
        assertEquals("year", Events.body(early).path("error").path("field").asText());

        store.save(Campaign.defaults(2027).published(Instant.parse("2027-04-12T09:00:00Z"), Fixtures.organiser("a@b.lv")));
        clock.set(Instant.parse("2027-05-01T10:00:00Z"));
        APIGatewayV2HTTPResponse created = create.handleRequest(Events.load("create-campaign.json"), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        assertEquals(2028, Events.body(created).path("year").asInt());
        assertEquals("carryOver", Events.body(created).path("carryOver").path("kind").asText(), created.getBody());
        assertEquals("queued", Events.body(created).path("carryOver").path("state").asText());
        assertEquals(1, jobStore.launches().size(), "the carry-over worker is started once");
        assertEquals(lv.praise.domain.jobs.JobKind.CARRY_OVER, jobStore.launches().get(0).kind());
        // Again while it is queued: the same job, nothing started; a malformed request is refused naming carryOver.
        APIGatewayV2HTTPResponse rerun = create.handleRequest(Events.withBody("create-campaign.json", b -> {
            b.removeAll();
            b.put("carryOver", true);
        }), null);
        assertEquals(202, rerun.getStatusCode(), rerun.getBody());
        assertFalse(Events.body(rerun).path("startedNow").asBoolean());
        assertEquals(1, jobStore.launches().size());
        for (var bad : java.util.List.<java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode>>of(
                b -> b.put("carryOver", true), b -> b.removeAll().put("carryOver", false),
                b -> b.removeAll().put("carryOver", "yes"))) {
            APIGatewayV2HTTPResponse refused = create.handleRequest(Events.withBody("create-campaign.json", bad), null);
            assertEquals(400, refused.getStatusCode(), refused.getBody());
            assertEquals("carryOver", Events.body(refused).path("error").path("field").asText());
        }
        assertEquals(1, jobStore.launches().size(), "nothing started by a refused request");
        assertEquals("2028-04-12T12:00:00+03:00", Events.body(created).path("awardsSchedule").path("at").asText());

        JsonNode settings = Events.body(new GetCampaignSettingsHandler(years, clock)
                .handleRequest(Events.load("get-campaign-settings.json"), null));
        assertEquals(2028, settings.path("year").asInt(), "the new campaign is current");
        assertEquals(2029, settings.path("next").path("year").asInt());

        APIGatewayV2HTTPResponse again = create.handleRequest(Events.load("create-campaign.json"), null);
        assertEquals(409, again.getStatusCode());
        assertEquals("already_exists", Events.body(again).path("error").path("code").asText());
        APIGatewayV2HTTPResponse unknown = create.handleRequest(
                Events.withBody("create-campaign.json", b -> b.put("closedEarlyAt", "x")), null);
        assertEquals(400, unknown.getStatusCode());
        assertFalse(store.find(2029).isPresent());
    }
}
