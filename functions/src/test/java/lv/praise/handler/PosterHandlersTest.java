package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertFalse;

import lv.praise.domain.SiteUrl;

import lv.praise.domain.jobs.Jobs;

import lv.praise.testkit.MutableClock;

import lv.praise.testkit.InMemoryArchive;

import lv.praise.testkit.InMemoryJobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import lv.praise.adapter.PdfPosters;
import lv.praise.domain.Participant;
import lv.praise.domain.posters.Posters;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The posters' routes fed by the files in events/, over the use case with the real PDF renderer. */
class PosterHandlersTest {
    private static final PdfPosters RENDERER = new PdfPosters();
    private static final Participant LOGISTICS = new Participant(Fixtures.YEAR, "daugavas-logistikas-centrs",
            "Daugavas Loģistikas Centrs", "B2B", "TRANSPORT", "LARGE", List.of("Rīga", "Jelgava", "Daugavpils"),
            null, 0);

    private final InMemoryStore store = new InMemoryStore();
    private final Posters posters = new Posters(Fixtures.YEAR, store, RENDERER, Fixtures.SITE);
    private final MutableClock clock = new MutableClock(Fixtures.DURING_WINDOW);
    private final InMemoryJobs jobStore = new InMemoryJobs();
    private final Jobs jobs = jobStore.jobs(clock);
    private final InMemoryArchive archive = new InMemoryArchive(clock);

    PosterHandlersTest() {
        store.save(LOGISTICS);
        store.save(Fixtures.LIBRARY);
        store.save(Fixtures.BAKERY);
    }

    @Test
    void bothRoutesRefuseAnonymousCallersAndOutsiders() {
        Map<String, Supplier<AdminHandler>> routes = Map.of(
                "get-poster.json", () -> new GetPosterHandler(posters),
                "get-posters-zip.json", () -> new GetPostersZipHandler(posters, jobs, archive, clock),
                "build-posters.json", () -> new BuildPostersHandler(jobs, SiteUrl.of(Fixtures.SITE)));
        routes.forEach((file, handler) -> {
            APIGatewayV2HTTPEvent anonymous = Events.anonymous(file);
            APIGatewayV2HTTPResponse unauthorized = handler.get().handleRequest(anonymous, null);
            assertEquals(401, unauthorized.getStatusCode(), file);
            assertEquals("authorization", Events.body(unauthorized).path("error").path("field").asText());

            APIGatewayV2HTTPResponse forbidden = handler.get().handleRequest(Events.outsider(file), null);
            assertEquals(403, forbidden.getStatusCode(), file);
            assertEquals("authorization", Events.body(forbidden).path("error").path("field").asText());
        });
        assertTrue(jobStore.launches().isEmpty(), "no build was started");
    }

    @ParameterizedTest
    @Event(value = "../events/get-poster.json", type = APIGatewayV2HTTPEvent.class)
    void aBranchPosterIsAPdfAttachmentThatNamesTheBranch(APIGatewayV2HTTPEvent event) throws IOException {
        APIGatewayV2HTTPResponse response = new GetPosterHandler(posters).handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        assertTrue(response.getIsBase64Encoded());
        assertEquals("application/pdf", response.getHeaders().get("Content-Type"));
        assertEquals("attachment; filename=\"plakats-2027-daugavas-logistikas-centrs-jelgava.pdf\"",
                response.getHeaders().get("Content-Disposition"));
        assertEquals("private, no-store", response.getHeaders().get("Cache-Control"), "an organiser's file is never cached");
        try (PDDocument doc = Loader.loadPDF(Base64.getDecoder().decode(response.getBody()))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Daugavas Loģistikas Centrs"), text);
            assertTrue(text.contains("Jelgava"), text);
            assertTrue(text.contains(Fixtures.SITE + "/praise.html?p=daugavas-logistikas-centrs&b=Jelgava"), text);
        }
    }

    @Test
    void theQrCodeAloneAsPngOrSvg() throws IOException {
        APIGatewayV2HTTPResponse png = new GetPosterHandler(posters).handleRequest(
                event(Map.of("branch", "Rīga", "format", "png")), null);
        assertEquals(200, png.getStatusCode());
        assertEquals("image/png", png.getHeaders().get("Content-Type"));
        assertEquals("attachment; filename=\"qr-2027-daugavas-logistikas-centrs-riga.png\"",
                png.getHeaders().get("Content-Disposition"));
        assertEquals(Posters.PNG_PX, ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png.getBody())))
                .getWidth());

        APIGatewayV2HTTPResponse svg = new GetPosterHandler(posters).handleRequest(event(Map.of("format", "svg")), null);
        assertEquals(200, svg.getStatusCode());
        assertEquals("image/svg+xml", svg.getHeaders().get("Content-Type"));
        assertEquals("attachment; filename=\"qr-2027-daugavas-logistikas-centrs.svg\"",
                svg.getHeaders().get("Content-Disposition"));
        String text = new String(Base64.getDecoder().decode(svg.getBody()), StandardCharsets.UTF_8);
        assertTrue(text.contains("<title>" + Fixtures.SITE + "/praise.html?p=daugavas-logistikas-centrs</title>"), text);
    }

    @Test
    void anUnknownParticipantIs404AndABadBranchOrFormatIs400NamingTheField() {
        APIGatewayV2HTTPEvent unknown = event(Map.of());
        unknown.setPathParameters(Map.of("participantId", "nobody"));
        APIGatewayV2HTTPResponse notFound = new GetPosterHandler(posters).handleRequest(unknown, null);
        assertEquals(404, notFound.getStatusCode());
        assertEquals("not_found", error(notFound).path("code").asText());
        assertEquals("participantId", error(notFound).path("field").asText());

        APIGatewayV2HTTPResponse badBranch = new GetPosterHandler(posters).handleRequest(
                event(Map.of("branch", "Liepāja")), null);
        assertEquals(400, badBranch.getStatusCode());
        assertEquals("invalid", error(badBranch).path("code").asText());
        assertEquals("branch", error(badBranch).path("field").asText());

        APIGatewayV2HTTPResponse badFormat = new GetPosterHandler(posters).handleRequest(
                event(Map.of("format", "docx")), null);
        assertEquals(400, badFormat.getStatusCode());
        assertEquals("format", error(badFormat).path("field").asText());

        APIGatewayV2HTTPEvent noQuery = event(Map.of());
        noQuery.setQueryStringParameters(null);
        APIGatewayV2HTTPResponse own = new GetPosterHandler(posters).handleRequest(noQuery, null);
        assertEquals(200, own.getStatusCode(), "no query: the participant's own PDF");
        assertEquals("application/pdf", own.getHeaders().get("Content-Type"));
    }

    @ParameterizedTest
    @Event(value = "../events/build-posters.json", type = APIGatewayV2HTTPEvent.class)
    void theZipIsBuiltByTheWorkerAndListsEveryParticipantAndBranchAndEachPdfOpens(APIGatewayV2HTTPEvent event)
            throws IOException {
        // Before any build: no job, no link.
        JsonNode before = status();
        assertTrue(before.path("job").isNull());
        assertTrue(before.path("download").isNull());

        APIGatewayV2HTTPResponse started = new BuildPostersHandler(jobs, SiteUrl.of(Fixtures.SITE)).handleRequest(event, null);
        assertEquals(202, started.getStatusCode());
        assertTrue(Events.body(started).path("startedNow").asBoolean());
        assertEquals("queued", status().path("job").path("state").asText());
        assertTrue(status().path("download").isNull(), "no link while building");
        assertFalse(Events.body(new BuildPostersHandler(jobs, SiteUrl.of(Fixtures.SITE))
                .handleRequest(Events.load("build-posters.json"), null)).path("startedNow").asBoolean(), "a double click joins it");
        assertEquals(1, jobStore.launches().size());

        Map<String, Object> worked = new PostersWorkerHandler(posters, archive, jobs).handleRequest(workerEvent(), null);
        assertEquals("done", worked.get("outcome"));
        // A late retry of the same run (Lambda's, after a lost answer) finds it done and writes nothing.
        assertEquals("skipped", new PostersWorkerHandler(posters, archive, jobs).handleRequest(workerEvent(), null).get("outcome"));
        assertEquals(1, archive.puts());

        JsonNode built = status();
        assertEquals("done", built.path("job").path("state").asText());
        assertEquals(8, built.path("job").path("done").asInt());
        assertEquals(8, built.path("job").path("total").asInt());
        JsonNode download = built.path("download");
        assertEquals("plakati-2027.zip", download.path("fileName").asText());
        assertEquals(8, download.path("posters").asInt());
        assertEquals(clock.instant().plus(Posters.LINK_VALID).toString(), download.path("expiresAt").asText());

        Map<String, byte[]> entries = unzip(archive.open(download.path("url").asText()));
        List<String> expected = new ArrayList<>();
        for (String stem : List.of("daugavas-logistikas-centrs/daugavas-logistikas-centrs", "daugavas-logistikas-centrs/riga",
                "daugavas-logistikas-centrs/jelgava", "daugavas-logistikas-centrs/daugavpils",
                "preilu-galvena-biblioteka/preilu-galvena-biblioteka", "preilu-galvena-biblioteka/preili",
                "preilu-galvena-biblioteka/aizkalne", "maiznica-rudzupuke/maiznica-rudzupuke")) {
            for (String ext : List.of(".pdf", ".png", ".svg")) {
                expected.add(stem + ext);
            }
        }
        assertEquals(expected.stream().sorted().toList(), entries.keySet().stream().sorted().toList());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                    assertEquals(1, doc.getNumberOfPages(), e.getKey());
                }
            }
        }
        try (PDDocument doc = Loader.loadPDF(entries.get("preilu-galvena-biblioteka/preili.pdf"))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Preiļi"));
        }

        // A day later the ZIP is gone from the bucket: no link is offered for it.
        clock.advance(Posters.KEPT);
        assertTrue(status().path("download").isNull());
        assertEquals("done", status().path("job").path("state").asText());
    }

    private JsonNode status() {
        APIGatewayV2HTTPResponse response = new GetPostersZipHandler(posters, jobs, archive, clock)
                .handleRequest(Events.load("get-posters-zip.json"), null);
        assertEquals(200, response.getStatusCode());
        return Events.body(response);
    }

    /** Lambda's side of the start: the worker's event as launched (events/posters-job.json with this run's id). */
    @Test
    void theWorkerHandsACarryOverEventToTheCarryOverAndRefusesAMalformedOne() {
        store.save(lv.praise.domain.Campaign.defaults(Fixtures.YEAR - 1));
        store.save(lv.praise.domain.Campaign.defaults(Fixtures.YEAR));
        store.save(new lv.praise.domain.Participant(Fixtures.YEAR - 1, "veca-aptieka", "Vecā aptieka", "B2C", "HEALTH",
                "SMALL", java.util.List.of(), null, 3));
        java.util.Map<String, lv.praise.domain.Participant> invited = new java.util.HashMap<>();
        var invitationStore = new lv.praise.domain.campaigns.InvitationStore() {
            @Override
            public Written invite(int year, lv.praise.domain.Participant p) {
                return invited.putIfAbsent(p.id(), p) == null ? Written.WRITTEN : Written.ALREADY_THERE;
            }

            @Override
            public java.util.List<lv.praise.domain.Participant> invited(int year) {
                return java.util.List.copyOf(invited.values());
            }

            @Override
            public boolean confirm(int year, String id) {
                return invited.remove(id) != null;
            }
        };
        var invitations = new lv.praise.domain.campaigns.Invitations(() -> Fixtures.YEAR, store, store,
                new lv.praise.testkit.InMemoryVisits(), invitationStore);
        PostersWorkerHandler worker = new PostersWorkerHandler(posters, archive, jobs,
                () -> new CarryOverWorkerHandler(invitations, year -> jobs));
        var started = jobs.start(lv.praise.domain.jobs.JobKind.CARRY_OVER, null);
        Map<String, Object> event = Map.of("job", "carryOver", "campaignYear", Fixtures.YEAR, "runId", started.job().runId());
        assertEquals("done", worker.handleRequest(event, null).get("outcome"));
        assertEquals(java.util.Set.of("veca-aptieka"), invited.keySet());
        assertEquals(0, archive.puts(), "no posters were drawn");
        assertEquals("skipped", worker.handleRequest(event, null).get("outcome"), "a late retry of a finished run");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> worker.handleRequest(
                Map.of("job", "carryOver", "runId", started.job().runId()), null), "no year");
    }

    private Map<String, Object> workerEvent() {
        @SuppressWarnings("unchecked")
        Map<String, Object> event = new java.util.HashMap<>(
                com.amazonaws.services.lambda.runtime.tests.EventLoader.loadEvent("../events/posters-job.json", Map.class));
        event.put("runId", jobStore.launches().get(jobStore.launches().size() - 1).runId());
        return event;
    }

    private static APIGatewayV2HTTPEvent event(Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load("get-poster.json");
        event.setQueryStringParameters(new HashMap<>(query));
        return event;
    }

    private static JsonNode error(APIGatewayV2HTTPResponse response) {
        return Events.body(response).path("error");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
