package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.RefusedException;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.CertificateLookup;
import lv.praise.domain.awards.Certificates;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.posters.PosterRenderer;
import lv.praise.domain.posters.Posters;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryJobs;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

/**
 * A stack deployed without SiteUrl or a domain (its first deploy) has an empty SITE_URL. Its functions
 * start; what needs the site's address answers 503 not_configured, through the one error mapper, and
 * writes nothing; what does not need it works.
 */
class SiteNotConfiguredTest {
    /** What the template gives SITE_URL before the site's address is known. */
    private static final String NONE = "";

    @Test
    void thePraiseFormIsRefusedBeforeAnythingIsCountedStoredOrSent() {
        InMemoryStore store = new InMemoryStore();
        store.save(LIBRARY);
        store.save(BAKERY);
        RecordingMailer mailer = new RecordingMailer();
        SubmitPraiseHandler handler = new SubmitPraiseHandler(new SubmitPraise(YEAR, store, mailer,
                new KeyedHasher(EMAIL_KEY), NONE, Fixtures.clockAt(DURING_WINDOW)));

        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.load("submit-praise.json"), null);
        assertNotConfigured(response);
        assertTrue(store.praises().isEmpty(), "nothing stored");
        assertTrue(mailer.sent().isEmpty(), "nothing sent");

        // Bad input is still named as such: the missing address is no excuse for a vague answer.
        APIGatewayV2HTTPResponse bad = handler.handleRequest(Events.withBody("submit-praise.json", b -> b.put("stars", 9)), null);
        assertEquals(400, bad.getStatusCode());
    }

    @Test
    void publishingIsRefusedBeforeTheCampaignIsFrozen() {
        AwardsKit kit = new AwardsKit(12, 8);
        RecordingMailer mailer = new RecordingMailer();
        PublishAwards unconfigured = kit.publishAwards(mailer, NONE);

        InMemoryJobs jobs = new InMemoryJobs();
        assertNotConfigured(new PublishAwardsHandler(unconfigured, jobs.jobs(kit.clock))
                .handleRequest(Events.load("publish-awards.json"), null));
        assertTrue(jobs.launches().isEmpty(), "no worker started");
        assertTrue(kit.awards.find(YEAR).isEmpty(), "nothing published");
        assertNull(kit.store.find(YEAR).orElseThrow().publishedAt(), "the campaign is not frozen");
        assertTrue(mailer.sent().isEmpty());

        // The scheduled run fails, so Lambda retries it and then leaves it in the dead-letter queue.
        RefusedException e = assertThrows(RefusedException.class, () -> new ScheduledPublicationHandler(unconfigured, jobs.jobs(kit.clock))
                .handleRequest(Map.of("time", "2027-04-12T09:00:00Z"), null));
        assertEquals(ErrorCode.NOT_CONFIGURED, e.code());
        assertTrue(kit.awards.find(YEAR).isEmpty());

        // What needs no address still answers.
        assertEquals(200, new PreviewAwardsHandler(unconfigured, () -> lv.praise.domain.moderation.ModerationCounts.NONE).handleRequest(Events.load("preview-awards.json"), null)
                .getStatusCode());
        assertEquals(200, new AwardsStatusHandler(unconfigured, jobs.jobs(kit.clock)).handleRequest(Events.load("awards-status.json"), null)
                .getStatusCode());
    }

    @Test
    void certificatesAreRefusedOnlyOnceTheCodeIsReal() {
        AwardsKit kit = new AwardsKit(12, 8);
        RecordingMailer mailer = new RecordingMailer();
        kit.publishAwards(mailer).publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        Award award = kit.awards.all(YEAR).get(0);
        CertificateLookup lookup = new CertificateLookup(kit.awards, kit.store, new Certificates(NONE), AwardsKit.RENDERER);

        assertNotConfigured(new VerifyCertificateHandler(lookup).handleRequest(code("verify-certificate.json",
                award.certificateCode()), null));
        assertNotConfigured(new GetCertificatePdfHandler(lookup).handleRequest(code("get-certificate-pdf.json",
                award.certificateCode()), null));
        assertNotConfigured(new GetCertificateBadgeHandler(lookup).handleRequest(code("get-certificate-badge.json",
                award.certificateCode()), null));
        String code = award.certificateCode();
        String forged = code.substring(0, code.length() - 1) + (code.endsWith("0") ? '1' : '0');
        assertEquals(404, new VerifyCertificateHandler(lookup).handleRequest(code("verify-certificate.json", forged), null)
                .getStatusCode(), "an unknown code is still not a certificate");

        int sent = mailer.sent().size();
        assertNotConfigured(new ResendCertificatesHandler(kit.publishAwards(mailer, NONE))
                .handleRequest(Events.load("resend-certificates.json"), null));
        assertEquals(sent, mailer.sent().size());
    }

    @Test
    void postersAreRefused() {
        InMemoryStore store = new InMemoryStore();
        store.save(LIBRARY);
        PosterRenderer renderer = new PosterRenderer() {
            @Override
            public byte[] pdf(lv.praise.domain.posters.Poster poster) {
                throw new AssertionError("no poster is drawn without an address for its QR code");
            }

            @Override
            public byte[] qrPng(String url, int px) {
                throw new AssertionError("no QR code without an address");
            }

            @Override
            public String qrSvg(String url) {
                throw new AssertionError("no QR code without an address");
            }
        };
        Posters posters = new Posters(YEAR, store, renderer, NONE);
        APIGatewayV2HTTPEvent event = Events.load("get-poster.json");
        event.setPathParameters(Map.of("participantId", LIBRARY.id()));
        event.setQueryStringParameters(null);
        assertNotConfigured(new GetPosterHandler(posters).handleRequest(event, null));
        InMemoryJobs jobs = new InMemoryJobs();
        assertNotConfigured(new BuildPostersHandler(jobs.jobs(java.time.Clock.systemUTC()), SiteUrl.of(NONE))
                .handleRequest(Events.load("build-posters.json"), null));
        assertTrue(jobs.launches().isEmpty(), "no worker started");
    }

    @Test
    void theConsoleSaysSoInsteadOfSendingOrganisersToAHostedUiWithNoWayBack() {
        Map<String, String> cognito = Map.of(
                "COGNITO_DOMAIN", "https://praise-organisers-123456789012.auth.eu-north-1.amazoncognito.com",
                "COGNITO_CLIENT_ID", "3n4b5urk1ft4fl3mg5e62d9ado",
                "SITE_URL", NONE);
        ConsoleConfigHandler handler = new ConsoleConfigHandler(name -> Optional.ofNullable(cognito.get(name))
                .filter(v -> !v.isBlank()));
        assertNotConfigured(handler.handleRequest(Events.load("get-console-config.json"), null));
    }

    private static void assertNotConfigured(APIGatewayV2HTTPResponse response) {
        assertEquals(503, response.getStatusCode(), response.getBody());
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("Content-Type"));
        JsonNode error = Events.body(response).path("error");
        assertEquals("not_configured", error.path("code").asText());
        assertTrue(error.path("field").isNull(), error.toString());
        assertTrue(error.path("message").asText().contains("SiteUrl"), error.toString());
    }

    private static APIGatewayV2HTTPEvent code(String file, String code) {
        APIGatewayV2HTTPEvent event = Events.load(file);
        event.setPathParameters(Map.of("code", code));
        return event;
    }
}
