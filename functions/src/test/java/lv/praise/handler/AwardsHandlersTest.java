package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.CertificateLookup;
import lv.praise.domain.awards.Certificates;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.moderation.ModerationCounts;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryJobs;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The awards routes fed by the files in events/, over the use cases on fakes of our own ports. */
class AwardsHandlersTest {
    /** What CloudFront (ApiPublicCachePolicy) and browsers may keep for a day: published answers only. */
    private static final String PUBLISHED = "public, max-age=86400";
    private final AwardsKit kit = new AwardsKit(60, 52);
    private final RecordingMailer mailer = new RecordingMailer();
    private final PublishAwards awards = kit.publishAwards(mailer);
    private final InMemoryJobs jobStore = new InMemoryJobs();
    private final Jobs jobs = jobStore.jobs(kit.clock);
    private final CertificateLookup lookup = new CertificateLookup(kit.awards, kit.store,
            new Certificates(Fixtures.SITE), AwardsKit.RENDERER);

    @Test
    void everyAdminRouteRefusesAnonymousCallersAndOutsidersAndChangesNothing() {
        Map<String, Supplier<AdminHandler>> routes = Map.of(
                "close-campaign.json", () -> new CloseCampaignHandler(new lv.praise.domain.awards.CloseCampaign(
                        Fixtures.YEAR, kit.store, kit.clock), kit.clock),
                "preview-awards.json", () -> new PreviewAwardsHandler(awards, () -> ModerationCounts.NONE),
                "publish-awards.json", () -> new PublishAwardsHandler(awards, jobs),
                "awards-status.json", () -> new AwardsStatusHandler(awards, jobs),
                "resend-certificates.json", () -> new ResendCertificatesHandler(awards));
        routes.forEach((file, handler) -> {
            APIGatewayV2HTTPEvent anonymous = Events.anonymous(file);
            assertEquals(401, handler.get().handleRequest(anonymous, null).getStatusCode(), file);

            APIGatewayV2HTTPResponse forbidden = handler.get().handleRequest(Events.outsider(file), null);
            assertEquals(403, forbidden.getStatusCode(), file);
            assertEquals("authorization", Events.body(forbidden).path("error").path("field").asText());
        });
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty(), "nothing was published");
        assertTrue(mailer.sent().isEmpty());
        assertEquals(null, kit.store.find(Fixtures.YEAR).orElseThrow().closedEarlyAt(), "nor closed");
    }

    @ParameterizedTest
    @Event(value = "../events/publish-awards.json", type = APIGatewayV2HTTPEvent.class)
    void publishingWhileTheWindowIsOpenIs409NamingTheCampaign(APIGatewayV2HTTPEvent event) {
        kit.clock.set(Fixtures.DURING_WINDOW);
        APIGatewayV2HTTPResponse refused = new PublishAwardsHandler(awards, jobs).handleRequest(event, null);
        assertEquals(409, refused.getStatusCode());
        JsonNode error = Events.body(refused).path("error");
        assertEquals("not_closed", error.path("code").asText());
        assertEquals("campaign", error.path("field").asText());
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty());
        assertTrue(jobStore.launches().isEmpty(), "no worker was started");
        assertTrue(jobs.find(lv.praise.domain.jobs.JobKind.PUBLICATION).isEmpty(), "no job was recorded");
    }

    @ParameterizedTest
    @Event(value = "../events/close-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void anOrganiserClosesTheWindowEarlyOnceAndForGood(APIGatewayV2HTTPEvent event) {
        kit.clock.set(Fixtures.DURING_WINDOW);
        CloseCampaignHandler close = new CloseCampaignHandler(
                new lv.praise.domain.awards.CloseCampaign(Fixtures.YEAR, kit.store, kit.clock), kit.clock);
        APIGatewayV2HTTPResponse closed = close.handleRequest(event, null);
        assertEquals(200, closed.getStatusCode());
        JsonNode body = Events.body(closed);
        assertEquals("closed", body.path("state").asText());
        assertEquals(Events.ORGANISER_SUB, body.path("closedEarlyBy").asText(), "the immutable sub is the record");
        assertEquals("organiser@example.lv", body.path("closedEarlyByEmail").asText(), "the e-mail beside it, for reading");
        assertEquals(Fixtures.DURING_WINDOW.toString(), body.path("closedEarlyAt").asText());
        assertEquals(200, close.handleRequest(Events.load("close-campaign.json"), null).getStatusCode(),
                "closing again answers the recorded closure");

        kit.clock.set(AwardsKit.AFTER_WINDOW);
        new PublishAwardsHandler(awards, jobs).handleRequest(Events.load("publish-awards.json"), null);
        runTheWorker();
        APIGatewayV2HTTPResponse afterPublication = close.handleRequest(Events.load("close-campaign.json"), null);
        assertEquals(409, afterPublication.getStatusCode());
    }

    @ParameterizedTest
    @Event(value = "../events/preview-awards.json", type = APIGatewayV2HTTPEvent.class)
    void thePreviewListsTheTopCategoryWinnersAndRecipients(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = new PreviewAwardsHandler(awards, () -> new ModerationCounts(3, 40, 2))
                .handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        JsonNode body = Events.body(response);
        assertEquals(3, body.path("reviewPending").asInt(), "the preview warns of praise still awaiting review");
        assertTrue(body.path("publishable").asBoolean());
        assertFalse(body.path("published").asBoolean());
        assertEquals(50, body.path("results").path("top").size());
        assertTrue(body.path("results").path("categoryWinners").size() > 0);
        assertEquals(50, body.path("certificates").asInt());
        assertEquals(0, body.path("withoutContact").asInt());
        JsonNode first = body.path("recipients").get(0);
        assertEquals(first.path("participantId").asText() + "@example.lv", first.path("contactEmail").asText());
        assertFalse(body.path("results").path("top").get(0).has("certificateCode"), "no codes before publication");
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty(), "a preview writes nothing");
        assertTrue(body.path("refusalCode").isNull(), "closed: nothing refuses");
    }

    @ParameterizedTest
    @Event(value = "../events/preview-awards.json", type = APIGatewayV2HTTPEvent.class)
    void whileTheWindowIsOpenThePreviewSaysWhyByCode(APIGatewayV2HTTPEvent event) {
        kit.clock.set(Fixtures.DURING_WINDOW);
        JsonNode body = Events.body(new PreviewAwardsHandler(awards, () -> ModerationCounts.NONE).handleRequest(event, null));
        assertFalse(body.path("publishable").asBoolean());
        assertEquals("not_closed", body.path("refusalCode").asText(), "the console translates the code, not the sentence");
        assertTrue(body.path("refusal").asText().startsWith("the praise window is open until"), "the sentence stays, for programs");
    }

    @ParameterizedTest
    @Event(value = "../events/publish-awards.json", type = APIGatewayV2HTTPEvent.class)
    void publishThenStatusThenResendThenTheResultsAndACertificate(APIGatewayV2HTTPEvent event) {
        // The route answers at once: the job recorded, the worker started, nothing published yet.
        APIGatewayV2HTTPResponse started = new PublishAwardsHandler(awards, jobs).handleRequest(event, null);
        assertEquals(202, started.getStatusCode());
        JsonNode body = Events.body(started);
        assertTrue(body.path("startedNow").asBoolean());
        assertEquals("queued", body.path("job").path("state").asText());
        assertEquals("publication", body.path("job").path("kind").asText());
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty(), "the worker publishes, not the route");
        JsonNode waiting = Events.body(new AwardsStatusHandler(awards, jobs).handleRequest(Events.load("awards-status.json"), null));
        assertEquals("queued", waiting.path("job").path("state").asText());
        assertFalse(waiting.path("published").asBoolean());

        // A double click joins the job: one worker, one run.
        JsonNode again = Events.body(new PublishAwardsHandler(awards, jobs).handleRequest(Events.load("publish-awards.json"), null));
        assertFalse(again.path("startedNow").asBoolean());
        assertEquals(1, jobStore.launches().size());

        Map<String, Object> done = runTheWorker();
        assertEquals("done", done.get("outcome"));
        assertEquals(new lv.praise.domain.Actor(Events.ORGANISER_SUB, "organiser@example.lv"),
                kit.awards.find(Fixtures.YEAR).orElseThrow().publishedBy(), "the organiser who started the job, by sub");
        assertEquals(50, mailer.sent().size());

        JsonNode status = Events.body(new AwardsStatusHandler(awards, jobs).handleRequest(Events.load("awards-status.json"), null));
        assertTrue(status.path("published").asBoolean());
        assertEquals("published", status.path("state").asText());
        assertEquals("done", status.path("job").path("state").asText());
        assertEquals("letters", status.path("job").path("step").asText());
        assertEquals(1, status.path("job").path("attempts").asInt());
        assertEquals(50, status.path("awards").size());
        assertEquals(50, status.path("certificates").path("sent").asInt());
        assertEquals("sent", status.path("awards").get(0).path("state").asText());
        assertEquals(50, status.path("certificates").path("total").asInt(), "the record's places");
        assertEquals("/api/certificates/" + status.path("awards").get(0).path("certificateCode").asText() + "/pdf",
                status.path("awards").get(0).path("pdf").asText(), "each award links its PDF");

        // Publishing again after success: a new run, which publishes nothing new and sends nothing.
        assertTrue(Events.body(new PublishAwardsHandler(awards, jobs).handleRequest(Events.load("publish-awards.json"), null))
                .path("startedNow").asBoolean());
        assertEquals("done", runTheWorker().get("outcome"));
        assertEquals("false", jobs.find(lv.praise.domain.jobs.JobKind.PUBLICATION).orElseThrow().result().get("createdNow"));
        assertEquals(50, mailer.sent().size());

        JsonNode resent = Events.body(new ResendCertificatesHandler(awards).handleRequest(
                Events.load("resend-certificates.json"), null));
        assertEquals(50, resent.path("certificates").path("sent").asInt());
        assertEquals(50, mailer.sent().size(), "nothing is sent twice");

        APIGatewayV2HTTPResponse results = new GetResultsHandler(kit.awards).handleRequest(Events.load("get-results.json"), null);
        assertEquals(200, results.getStatusCode());
        JsonNode r = Events.body(results);
        assertEquals(50, r.path("top").size());
        assertEquals(1, r.path("top").get(0).path("rank").asInt());
        assertEquals("organiser", r.path("trigger").asText());
        assertFalse(results.getBody().contains("@"), "no e-mail address in the public results");
        assertFalse(r.path("top").get(0).has("certificateCode"), "codes are not published in the results");
        assertEquals(60, sum(r.path("distribution")));
        assertEquals(PUBLISHED, results.getHeaders().get("Cache-Control"),
                "published results never change: CloudFront and browsers keep them a day");

        APIGatewayV2HTTPResponse file = new GetOpenDataHandler(new lv.praise.domain.awards.PublishedOpenData(kit.awards))
                .handleRequest(Events.load("get-open-data.json"), null);
        assertEquals(200, file.getStatusCode());
        assertTrue(file.getHeaders().get("Content-Type").startsWith("text/plain; charset=utf-8"));
        assertTrue(file.getHeaders().get("Cache-Control").contains("immutable"), "immutable once published");
        assertEquals(r.path("inputDigest").asText(), lv.praise.testkit.OpenDataCheck.digest(file.getBody()));
        assertFalse(file.getBody().contains("@"), "no e-mail address in the open data");
    }

    @Test
    void openDataBeforePublicationIsNotFoundAndNeverCached() {
        APIGatewayV2HTTPResponse none = new GetOpenDataHandler(new lv.praise.domain.awards.PublishedOpenData(kit.awards))
                .handleRequest(Events.load("get-open-data.json"), null);
        assertEquals(404, none.getStatusCode());
        assertEquals("year", Events.body(none).path("error").path("field").asText());
        assertEquals("no-store", none.getHeaders().get("Cache-Control"));
    }

    @Test
    void resultsBeforePublicationAndOfABadYear() {
        APIGatewayV2HTTPResponse none = new GetResultsHandler(kit.awards).handleRequest(Events.load("get-results.json"), null);
        assertEquals(404, none.getStatusCode());
        assertEquals("year", Events.body(none).path("error").path("field").asText());
        assertEquals("no-store", none.getHeaders().get("Cache-Control"),
                "not published yet is never kept: the results show as soon as they are published");
        for (String year : List.of("20x7", "1999", "../etc", "99999")) {
            APIGatewayV2HTTPEvent event = Events.load("get-results.json");
            event.setPathParameters(Map.of("year", year));
            APIGatewayV2HTTPResponse bad = new GetResultsHandler(kit.awards).handleRequest(event, null);
            assertEquals(400, bad.getStatusCode(), year);
            assertEquals("year", Events.body(bad).path("error").path("field").asText());
        }
    }

    @Test
    void aRealCodeVerifiesAndAForgedOneDoesNot() {
        awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), lv.praise.domain.awards.Deadline.none());
        Award award = kit.awards.all(Fixtures.YEAR).get(2);

        APIGatewayV2HTTPResponse ok = new VerifyCertificateHandler(lookup).handleRequest(event("verify-certificate.json",
                award.certificateCode().toLowerCase().replace("-", " ")), null);
        assertEquals(200, ok.getStatusCode());
        assertEquals(PUBLISHED, ok.getHeaders().get("Cache-Control"), "a certificate never changes once issued");
        JsonNode body = Events.body(ok);
        assertTrue(body.path("valid").asBoolean());
        assertEquals(award.participantName(), body.path("participantName").asText());
        assertEquals(3, body.path("rank").asInt());
        assertEquals(2027, body.path("campaignYear").asInt());
        assertEquals(Fixtures.SITE + "/verify.html?code=" + award.certificateCode(), body.path("verificationUrl").asText());
        assertTrue(body.path("badgeHtml").asText().contains(Fixtures.SITE + "/api/certificates/" + award.certificateCode()
                + "/badge.svg"), body.path("badgeHtml").asText());

        String code = award.certificateCode();
        char last = code.charAt(code.length() - 1);
        String forged = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        APIGatewayV2HTTPResponse unknown = new VerifyCertificateHandler(lookup).handleRequest(
                event("verify-certificate.json", forged), null);
        assertEquals(404, unknown.getStatusCode());
        assertEquals("not a valid certificate", Events.body(unknown).path("error").path("message").asText());
        assertEquals("no-store", unknown.getHeaders().get("Cache-Control"), "an unknown code may become valid on publication");

        for (String bad : List.of("", "short", "7KQ2-M9XD-4HTB-W3Z!", "<script>", "../../etc/passwd")) {
            APIGatewayV2HTTPResponse malformed = new VerifyCertificateHandler(lookup).handleRequest(
                    event("verify-certificate.json", bad), null);
            assertEquals(400, malformed.getStatusCode(), bad);
            assertEquals("code", Events.body(malformed).path("error").path("field").asText());
        }

        APIGatewayV2HTTPResponse pdf = new GetCertificatePdfHandler(lookup).handleRequest(
                event("get-certificate-pdf.json", code), null);
        assertEquals(200, pdf.getStatusCode());
        assertTrue(pdf.getIsBase64Encoded());
        assertEquals("application/pdf", pdf.getHeaders().get("Content-Type"));
        assertEquals(PUBLISHED, pdf.getHeaders().get("Cache-Control"));
        assertTrue(pdf.getHeaders().get("Content-Disposition").contains("sertifikats-2027-" + award.participantId() + ".pdf"));
        assertTrue(new String(Base64.getDecoder().decode(pdf.getBody()), StandardCharsets.UTF_8).startsWith("%PDF-"));

        APIGatewayV2HTTPResponse badge = new GetCertificateBadgeHandler(lookup).handleRequest(
                event("get-certificate-badge.json", code), null);
        assertEquals(200, badge.getStatusCode());
        assertTrue(badge.getHeaders().get("Content-Type").startsWith("image/svg+xml"));
        assertEquals(PUBLISHED, badge.getHeaders().get("Cache-Control"));
        String svg = new String(Base64.getDecoder().decode(badge.getBody()), StandardCharsets.UTF_8);
        assertTrue(svg.contains("Klienti mūs uzslavē 2027"), svg);
        APIGatewayV2HTTPResponse noPdf = new GetCertificatePdfHandler(lookup).handleRequest(
                event("get-certificate-pdf.json", forged), null);
        assertEquals(404, noPdf.getStatusCode());
        assertEquals("no-store", noPdf.getHeaders().get("Cache-Control"));
    }

    @Test
    void theScheduleRefusesAnOpenWindowWithoutThrowingAndPublishesOnceClosed() {
        @SuppressWarnings("unchecked")
        Map<String, Object> event = EventLoader.loadEvent("../events/scheduled-publication.json", Map.class);
        kit.clock.set(Fixtures.DURING_WINDOW);
        Map<String, Object> refused = new ScheduledPublicationHandler(awards, jobs).handleRequest(event, null);
        assertEquals(false, refused.get("published"));
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty());

        kit.clock.set(AwardsKit.AFTER_WINDOW);
        Map<String, Object> done = new ScheduledPublicationHandler(awards, jobs).handleRequest(event, null);
        assertEquals(true, done.get("published"));
        assertEquals(lv.praise.domain.Actor.SCHEDULE, kit.awards.find(Fixtures.YEAR).orElseThrow().publishedBy());
        assertEquals(50, mailer.sent().size());
    }

    @Test
    void aScheduleOfAnotherYearPublishesNothing() {
        @SuppressWarnings("unchecked")
        Map<String, Object> event = EventLoader.loadEvent("../events/scheduled-publication.json", Map.class);
        event.put("campaignYear", Fixtures.YEAR - 1);
        kit.clock.set(AwardsKit.AFTER_WINDOW);
        Map<String, Object> skipped = new ScheduledPublicationHandler(awards, jobs, () -> Fixtures.YEAR)
                .handleRequest(event, null);
        assertEquals(false, skipped.get("published"));
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty(), "the current campaign is not published by it");
        assertTrue(mailer.sent().isEmpty());
    }

    @Test
    void aJobsRetryRunsTheYearItsEventNamesEvenWhenTheCurrentCampaignMovedOn() {
        assertEquals(202, new PublishAwardsHandler(awards, jobs).handleRequest(Events.load("publish-awards.json"), null)
                .getStatusCode());
        // The current campaign is next year's by the time Lambda retries: the worker must not re-resolve it.
        List<Integer> yearsAsked = new java.util.ArrayList<>();
        ScheduledPublicationHandler worker = new ScheduledPublicationHandler(awards,
                year -> {
                    yearsAsked.add(year);
                    return awards;
                },
                year -> {
                    yearsAsked.add(year);
                    return new Jobs(year, jobStore, jobStore, kit.clock, () -> "unused");
                }, () -> Fixtures.YEAR + 1);
        Map<String, Object> done = worker.handleRequest(jobStore.launches().get(0).event(), null);
        assertEquals("done", done.get("outcome"));
        assertEquals(List.of(Fixtures.YEAR, Fixtures.YEAR), yearsAsked, "the publication and its job of the event's year");
        assertTrue(kit.awards.find(Fixtures.YEAR).isPresent());
        assertEquals(50, mailer.sent().size());
        Map<String, Object> withoutYear = new java.util.HashMap<>(jobStore.launches().get(0).event());
        withoutYear.remove("campaignYear");
        assertThrows(IllegalArgumentException.class, () -> worker.handleRequest(withoutYear, null),
                "a job's event without its year is refused, never run for the current year");
    }

    /** Lambda's side of the asynchronous start: the publication worker run with the last launch's event. */
    private Map<String, Object> runTheWorker() {
        List<InMemoryJobs.Launch> launches = jobStore.launches();
        @SuppressWarnings("unchecked")
        Map<String, Object> event = EventLoader.loadEvent("../events/publication-job.json", Map.class);
        Map<String, Object> launched = new java.util.HashMap<>(event);
        launched.put("runId", launches.get(launches.size() - 1).runId());
        return new ScheduledPublicationHandler(awards, jobs).handleRequest(launched, null);
    }

    private static APIGatewayV2HTTPEvent event(String file, String code) {
        APIGatewayV2HTTPEvent event = Events.load(file);
        event.setPathParameters(Map.of("code", code));
        return event;
    }

    private static int sum(JsonNode bins) {
        int n = 0;
        for (JsonNode bin : bins) {
            n += bin.path("count").asInt();
        }
        return n;
    }
}
