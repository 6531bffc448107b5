package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.adapter.PdfPraiseCards;
import lv.praise.adapter.PdfReports;
import lv.praise.domain.Campaign;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.contacts.ParticipantAccess;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.reports.ReportLetter;
import lv.praise.domain.reports.ReportStore;
import lv.praise.domain.reports.Reports;
import lv.praise.domain.reports.SendReports;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryJobs;
import lv.praise.testkit.InMemoryReports;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.Insights;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.FixedContacts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report, praise-card and send-reports routes fed by the files in events/ (issue 18). */
class ReportHandlersTest {
    private static final String ID = "preilu-galvena-biblioteka";
    private static final String CONTACT = "vadiba@preilu-biblioteka.lv";
    private static final KeyedHasher HASHER = new KeyedHasher("a-test-key-of-at-least-thirty-two-characters");

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-04-20T08:00:00Z"));
    /** The contacts the reports job mails: the library has one, the bakery none. */
    private final Map<String, List<Contact>> contactsOf = new LinkedHashMap<>(Map.of(ID,
            List.of(new Contact(ID, CONTACT, HASHER.hash(CONTACT), false, Instant.EPOCH))));
    private final ContactStore contacts = new FixedContacts(id -> contactsOf.getOrDefault(id, List.of()));
    private final ParticipantAccess access = new ParticipantAccess(contacts, HASHER);
    private final Reports reports = new Reports((year, id) -> {
        if (!id.equals(ID)) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "id", "no such participant");
        }
        return Insights.published(id);
    }, store, new PdfReports(), new PdfPraiseCards(), clock);

    private static String pdfText(APIGatewayV2HTTPResponse response) throws IOException {
        assertTrue(response.getIsBase64Encoded());
        try (PDDocument doc = Loader.loadPDF(Base64.getDecoder().decode(response.getBody()))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static APIGatewayV2HTTPEvent withQuery(String file, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load(file);
        event.setQueryStringParameters(query);
        return event;
    }

    @Test
    void aContactDownloadsItsReportAsAnAttachmentThatNoCacheKeeps() throws IOException {
        APIGatewayV2HTTPResponse response = new GetReportHandler(access, () -> Fixtures.YEAR, reports)
                .handleRequest(Events.load("get-report.json"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("application/pdf", response.getHeaders().get("Content-Type"));
        assertEquals("attachment; filename=\"atskaite-2027-" + ID + "-en.pdf\"",
                response.getHeaders().get("Content-Disposition"));
        assertTrue(response.getHeaders().get("Cache-Control").contains("no-store"));
        String text = pdfText(response);
        assertTrue(text.contains(Insights.NAME) && text.contains("Report for the management meeting"), text);
    }

    @Test
    void anOrganiserOpensAnyParticipantsReportThroughTheTwinRoute() throws IOException {
        APIGatewayV2HTTPResponse response = new GetReportHandler(access, () -> Fixtures.YEAR, reports)
                .handleRequest(Events.load("get-report-admin.json"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(pdfText(response).contains("Pārskats vadības sanāksmei"));
    }

    @Test
    void anotherParticipantsContactGetsNotFoundByReportAndByCard() {
        contactsOf.put(ID, List.of());
        contactsOf.put("maiznica-rudzupuke", List.of(new Contact("maiznica-rudzupuke", CONTACT, HASHER.hash(CONTACT), false, Instant.EPOCH)));
        for (String file : List.of("get-report.json", "get-praise-cards.json")) {
            ParticipantHandler handler = file.contains("report")
                    ? new GetReportHandler(access, () -> Fixtures.YEAR, reports)
                    : new GetPraiseCardsHandler(access, () -> Fixtures.YEAR, reports);
            APIGatewayV2HTTPResponse response = handler.handleRequest(Events.load(file), null);
            assertEquals(404, response.getStatusCode(), file);
            assertEquals("id", Events.body(response).path("error").path("field").asText(), file);
        }
    }

    @Test
    void aBadLangOrAnUnknownParameterIsRefusedNamingTheField() {
        GetReportHandler handler = new GetReportHandler(access, () -> Fixtures.YEAR, reports);
        for (String lang : List.of("et", "de", "LV")) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(withQuery("get-report.json", Map.of("lang", lang)), null);
            assertEquals(400, response.getStatusCode(), lang);
            assertEquals("lang", Events.body(response).path("error").path("field").asText());
        }
        APIGatewayV2HTTPResponse unknown = handler.handleRequest(withQuery("get-report.json", Map.of("year", "2026")), null);
        assertEquals(400, unknown.getStatusCode());
        assertEquals("year", Events.body(unknown).path("error").path("field").asText());
    }

    @Test
    void oneEmployeesCardsMatchedLenientlyAndEveryonesWithoutEmployee() throws IOException {
        GetPraiseCardsHandler handler = new GetPraiseCardsHandler(access, () -> Fixtures.YEAR, reports);
        APIGatewayV2HTTPResponse one = handler.handleRequest(Events.load("get-praise-cards.json"), null);
        assertEquals(200, one.getStatusCode(), one.getBody());
        assertEquals("attachment; filename=\"uzslavas-2027-" + ID + "-anna-berzina-lv.pdf\"",
                one.getHeaders().get("Content-Disposition"));
        String text = pdfText(one);
        assertTrue(text.contains("Anna Bērziņa") && !text.contains("Ģirts"), text);
        assertTrue(text.contains("2027. gada marts"), text);

        APIGatewayV2HTTPResponse spelled = handler.handleRequest(withQuery("get-praise-cards.json",
                Map.of("employee", "ANNA  BĒRZIŅA")), null);
        assertEquals(200, spelled.getStatusCode(), "the key compares leniently");

        APIGatewayV2HTTPResponse all = handler.handleRequest(Events.load("get-praise-cards-admin.json"), null);
        assertEquals(200, all.getStatusCode(), all.getBody());
        String both = pdfText(all);
        assertTrue(both.contains("Anna Bērziņa") && both.contains("Ģirts Čakste") && both.contains("March 2027"), both);
    }

    @Test
    void anUnknownEmployeeIsNotFoundNamingEmployee() {
        APIGatewayV2HTTPResponse response = new GetPraiseCardsHandler(access, () -> Fixtures.YEAR, reports)
                .handleRequest(withQuery("get-praise-cards.json", Map.of("employee", "Jānis Ozols")), null);
        assertEquals(404, response.getStatusCode());
        assertEquals("employee", Events.body(response).path("error").path("field").asText());
    }

    /** The letters' store of the status route: a fixed list. */
    private static ReportStore letters(List<ReportLetter> letters) {
        return new ReportStore() {
            @Override
            public void ensure(int year, java.util.Collection<String> ids) {
            }

            @Override
            public List<ReportLetter> all(int year) {
                return letters;
            }

            @Override
            public java.util.Optional<Claim> claim(int year, String id, Instant now, Instant stale) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean record(int year, Claim claim, String emailHash, boolean refused) {
                return false;
            }

            @Override
            public boolean markSent(int year, Claim claim, Instant at) {
                return false;
            }

            @Override
            public boolean markNotSent(int year, Claim claim, DeliveryState state, String reason) {
                return false;
            }
        };
    }

    @Test
    void sendingReportsWaitsForPublicationThenADoubleClickJoinsTheRun() {
        InMemoryJobs jobStore = new InMemoryJobs();
        Jobs jobs = jobStore.jobs(clock);
        List<ReportLetter> list = new ArrayList<>(List.of(
                new ReportLetter(ID, DeliveryState.SENT, 1, null, clock.instant()),
                new ReportLetter("maiznica-rudzupuke", DeliveryState.NO_CONTACT, 1, "no_contact", null),
                new ReportLetter("org-3", DeliveryState.FAILED, 2, "rejected", null)));
        SendReportsHandler handler = new SendReportsHandler(new SendReports(() -> Fixtures.YEAR, store, letters(list), jobs));
        store.save(Campaign.defaults(Fixtures.YEAR));

        APIGatewayV2HTTPResponse early = handler.handleRequest(Events.load("send-reports.json"), null);
        assertEquals(409, early.getStatusCode());
        assertEquals("not_published", Events.body(early).path("error").path("code").asText());
        assertTrue(jobStore.launches().isEmpty());

        store.save(Campaign.defaults(Fixtures.YEAR).published(Instant.parse("2027-04-12T09:00:00Z"), null));
        APIGatewayV2HTTPResponse first = handler.handleRequest(Events.load("send-reports.json"), null);
        assertEquals(202, first.getStatusCode(), first.getBody());
        assertTrue(Events.body(first).path("startedNow").asBoolean());
        APIGatewayV2HTTPResponse second = handler.handleRequest(Events.load("send-reports.json"), null);
        assertEquals(202, second.getStatusCode());
        assertEquals(false, Events.body(second).path("startedNow").asBoolean(), "a double click joins the run");
        assertEquals(1, jobStore.launches().size());
        assertEquals(JobKind.REPORTS, jobStore.launches().get(0).kind());

        APIGatewayV2HTTPResponse status = handler.handleRequest(Events.load("reports-status.json"), null);
        assertEquals(200, status.getStatusCode(), status.getBody());
        var body = Events.body(status);
        assertEquals("queued", body.path("job").path("state").asText());
        assertEquals(3, body.path("counts").path("total").asInt());
        assertEquals(1, body.path("counts").path("sent").asInt());
        assertEquals(1, body.path("counts").path("noContact").asInt());
        assertEquals(1, body.path("counts").path("failed").asInt());
        assertEquals(2, body.path("failures").size());
        assertEquals("rejected", body.path("failures").get(1).path("reason").asText());
    }

    /** Lambda's side of the start: events/reports-job.json with this run's id, handed on by the posters worker. */
    @Test
    void theWorkerSendsEachParticipantItsReportOnceAndTheStatusShowsWhatDidNotGo() throws IOException {
        store.save(Campaign.defaults(Fixtures.YEAR).published(Instant.parse("2027-04-12T09:00:00Z"), null));
        store.save(Fixtures.LIBRARY);
        store.save(Fixtures.BAKERY);
        InMemoryJobs jobStore = new InMemoryJobs();
        Jobs jobs = jobStore.jobs(clock);
        InMemoryReports letters = new InMemoryReports();
        lv.praise.testkit.RecordingMailer mailer = new lv.praise.testkit.RecordingMailer();
        var delivery = new lv.praise.domain.reports.ReportDelivery(store, store, contacts,
                (year, id) -> Insights.published(id), reports, letters, mailer, clock, clock, pause -> { });
        SendReportsHandler route = new SendReportsHandler(new SendReports(() -> Fixtures.YEAR, store, letters, jobs));
        PostersWorkerHandler worker = new PostersWorkerHandler(null, null, jobs, () -> null,
                () -> new ReportsWorkerHandler(delivery, year -> jobs));

        assertEquals(202, route.handleRequest(Events.load("send-reports.json"), null).getStatusCode());
        @SuppressWarnings("unchecked")
        Map<String, Object> event = new java.util.HashMap<>(
                com.amazonaws.services.lambda.runtime.tests.EventLoader.loadEvent("../events/reports-job.json", Map.class));
        event.put("runId", jobStore.launches().get(0).runId());
        assertEquals("done", worker.handleRequest(event, null).get("outcome"));
        assertEquals("skipped", worker.handleRequest(event, null).get("outcome"), "a late retry of a finished run");

        assertEquals(1, mailer.sent().size(), "the library's one contact; the bakery has none");
        var letter = mailer.sent().get(0);
        assertEquals(CONTACT, letter.to());
        assertTrue(letter.subject().contains(Insights.NAME), letter.subject());
        assertEquals("atskaite-2027-" + ID + "-lv.pdf", letter.attachments().get(0).fileName());
        try (PDDocument doc = Loader.loadPDF(letter.attachments().get(0).content())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Pārskats vadības sanāksmei"));
        }

        var status = Events.body(route.handleRequest(Events.load("reports-status.json"), null));
        assertEquals("done", status.path("job").path("state").asText());
        assertEquals(1, status.path("counts").path("sent").asInt());
        assertEquals(1, status.path("counts").path("noContact").asInt());
        assertEquals("maiznica-rudzupuke", status.path("failures").get(0).path("participantId").asText());
        assertEquals("no_contact", status.path("failures").get(0).path("reason").asText());

        // Started again (say, after a contact was added): what was sent is not sent again.
        assertTrue(Events.body(route.handleRequest(Events.load("send-reports.json"), null)).path("startedNow").asBoolean());
        event.put("runId", jobStore.launches().get(1).runId());
        assertEquals("done", worker.handleRequest(event, null).get("outcome"));
        assertEquals(1, mailer.sent().size(), "the library's report went once");
    }

    @Test
    void theReportRoutesRefuseCallersWithoutAToken() {
        for (String file : List.of("get-report.json", "get-praise-cards-admin.json", "send-reports.json", "reports-status.json")) {
            var handler = switch (file) {
                case "get-report.json" -> new GetReportHandler(access, () -> Fixtures.YEAR, reports);
                case "get-praise-cards-admin.json" -> new GetPraiseCardsHandler(access, () -> Fixtures.YEAR, reports);
                default -> new SendReportsHandler(new SendReports(() -> Fixtures.YEAR, store, letters(List.of()),
                        new InMemoryJobs().jobs(clock)));
            };
            assertEquals(401, handler.handleRequest(Events.anonymous(file), null).getStatusCode(), file);
        }
        // A contact's token (no organisers' group) on the organisers' twin: 403.
        APIGatewayV2HTTPResponse outsider = new GetReportHandler(access, () -> Fixtures.YEAR, reports)
                .handleRequest(Events.outsider("get-report-admin.json"), null);
        assertEquals(403, outsider.getStatusCode());
    }
}
