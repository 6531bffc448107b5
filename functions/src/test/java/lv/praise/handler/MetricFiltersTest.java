package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static lv.praise.testkit.LogFilterPattern.countedBy;
import static lv.praise.testkit.LogFilterPattern.linesLoggedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.awards.Publication;
import lv.praise.domain.awards.OpenData;
import lv.praise.domain.awards.PublicationStore;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Events;
import lv.praise.testkit.FakeContext;
import lv.praise.testkit.LambdaContext;
import lv.praise.testkit.InMemoryJobs;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

/**
 * The metric filters of template.yaml (the dashboard's praise and confirmations per second, the alarms on
 * failed recalculations and publications) against the lines the handlers really write: each counts the
 * line it is for, once, with its dimension, and not the lines beside it. A renamed event or field fails here.
 */
class MetricFiltersTest {
    private static final List<String> PUBLICATION_FILTERS = List.of("ScheduledPublicationFailedFilter",
            "PublishAwardsFailedFilter", "ResendCertificatesFailedFilter");

    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final SubmitPraiseHandler submit = new SubmitPraiseHandler(
            new SubmitPraise(YEAR, store, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock));
    private final ConfirmPraiseHandler confirm = new ConfirmPraiseHandler(new ConfirmPraise(store, store, clock));
    private final AwardsKit kit = new AwardsKit(60, 52);
    private final InMemoryJobs jobStore = new InMemoryJobs();

    @Test
    void anAcceptedPraiseIsCountedAndARefusedOneIsNot() {
        store.save(LIBRARY);
        List<String> accepted = linesLoggedBy(() -> assertEquals(202,
                submit.handleRequest(Events.load("submit-praise.json"), context("SubmitPraise")).getStatusCode()));
        assertEquals(1, countedBy("PraiseSubmittedFilter", accepted));
        List<String> refused = linesLoggedBy(() -> assertEquals(400, submit.handleRequest(
                Events.withBody("submit-praise.json", b -> b.remove("consent")), context("SubmitPraise")).getStatusCode()));
        assertEquals(0, countedBy("PraiseSubmittedFilter", refused));
    }

    @Test
    void aConfirmationIsCountedOnceThoughTheLinkIsClickedTwice() {
        store.save(LIBRARY);
        submit.handleRequest(Events.load("submit-praise.json"), null);
        var event = Events.withBody("confirm-praise.json", b -> b.put("token", mailer.lastToken()));
        List<String> first = linesLoggedBy(() -> confirm.handleRequest(event, context("ConfirmPraise")));
        List<String> second = linesLoggedBy(() -> confirm.handleRequest(event, context("ConfirmPraise")));
        assertEquals(1, countedBy("PraiseConfirmedFilter", first));
        assertEquals(0, countedBy("PraiseConfirmedFilter", second), "already confirmed");
    }

    @Test
    void aFailedNightIsCountedAndTheRetryThatSucceedsIsNot() {
        @SuppressWarnings("unchecked")
        Map<String, Object> event = EventLoader.loadEvent("../events/nightly-recalculation.json", Map.class);
        NightlyRecalculationHandler nightly = new NightlyRecalculationHandler(kit.scoring());
        kit.snapshots.failNextSave(new IllegalStateException("DynamoDB unavailable"));
        List<String> failed = linesLoggedBy(() -> assertThrows(IllegalStateException.class,
                () -> nightly.handleRequest(event, context("NightlyRecalculation"))));
        assertEquals(1, countedBy("RecalculationFailedFilter", failed));
        List<String> retried = linesLoggedBy(() -> nightly.handleRequest(event, context("NightlyRecalculation")));
        assertEquals(0, countedBy("RecalculationFailedFilter", retried));
    }

    @Test
    void aPublicationWhoseLettersFailIsCountedByEachPublicationFilter() {
        mailer.failing(true);
        ScheduledPublicationHandler scheduled = new ScheduledPublicationHandler(kit.publishAwards(mailer), jobStore.jobs(kit.clock));
        List<String> lines = linesLoggedBy(() -> assertThrows(IllegalStateException.class,
                () -> scheduled.handleRequest(scheduledEvent(), context("ScheduledPublication"))));
        for (String filter : PUBLICATION_FILTERS) {
            assertEquals(1, countedBy(filter, lines), filter);
        }
    }

    @Test
    void aPublicationThatFailsOutrightIsCountedAndOneThatSentEveryLetterIsNot() {
        PublishAwards failing = publicationWithoutStore();
        List<String> failed = linesLoggedBy(() -> assertThrows(IllegalStateException.class,
                () -> new ScheduledPublicationHandler(failing, jobStore.jobs(kit.clock)).handleRequest(scheduledEvent(), context("ScheduledPublication"))));
        assertEquals(1, countedBy("ScheduledPublicationFailedFilter", failed));

        List<String> published = linesLoggedBy(() -> assertEquals(true, new ScheduledPublicationHandler(
                kit.publishAwards(mailer), jobStore.jobs(kit.clock)).handleRequest(scheduledEvent(), context("ScheduledPublication")).get("published")));
        for (String filter : PUBLICATION_FILTERS) {
            assertEquals(0, countedBy(filter, published), filter);
        }
    }

    @Test
    void anOrganisersPublicationJobWhoseAttemptFailsIsCountedAsTheScheduledOneIs() {
        PublishAwards failing = publicationWithoutStore();
        var jobs = jobStore.jobs(kit.clock);
        assertEquals(202, new PublishAwardsHandler(failing, jobs)
                .handleRequest(Events.load("publish-awards.json"), context("PublishAwards")).getStatusCode());
        @SuppressWarnings("unchecked")
        Map<String, Object> event = new java.util.HashMap<>(EventLoader.loadEvent("../events/publication-job.json", Map.class));
        event.put("runId", jobStore.launches().get(0).runId());
        List<String> failed = linesLoggedBy(() -> assertThrows(IllegalStateException.class,
                () -> new ScheduledPublicationHandler(failing, jobs).handleRequest(event, context("ScheduledPublication"))));
        assertEquals(1, countedBy("ScheduledPublicationFailedFilter", failed));
    }

    /** A publication whose results record can't be written (DynamoDB unavailable). */
    private PublishAwards publicationWithoutStore() {
        PublicationStore unavailable = new PublicationStore() {
            @Override
            public boolean create(Publication publication) {
                throw new IllegalStateException("DynamoDB unavailable");
            }

            @Override
            public Optional<Publication> find(int campaignYear) {
                return kit.awards.find(campaignYear);
            }

            @Override
            public void saveOpenData(OpenData data) {
                throw new IllegalStateException("DynamoDB unavailable");
            }

            @Override
            public Optional<OpenData> openData(int campaignYear) {
                return Optional.empty();
            }
        };
        return kit.publishAwards(mailer, AwardsKit.RENDERER, kit.awards, unavailable);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scheduledEvent() {
        return EventLoader.loadEvent("../events/scheduled-publication.json", Map.class);
    }

    private static LambdaContext context(String function) {
        return FakeContext.of("praise-" + function + "Function-0123", "request-" + function);
    }
}
