package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lv.praise.domain.Actor;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.dashboard.Dashboard;
import lv.praise.domain.dashboard.DashboardStore;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.RejectReason;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.Race;
import lv.praise.testkit.RecordingMailer;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The dashboard's counters under concurrent praise, on DynamoDB Local through the real adapters: what the dashboard
 * reads (a Query per counter shard) equals what the praise items themselves say, after racing submissions,
 * confirmations (twenty clicks of one link among them), decisions and an erasure.
 */
class DashboardCountsIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ExecutorService pool = Executors.newFixedThreadPool(20);
    private String table;
    private SubmitPraise submit;
    private ConfirmPraise confirm;
    private DynamoModerationStore moderation;
    private Dashboard dashboard;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        for (int p = 0; p < 10; p++) {
            participants.save(new Participant(YEAR, "participant-" + p, "Dalībnieks " + p, LIBRARY.category(),
                    LIBRARY.industry(), LIBRARY.sizeClass(), LIBRARY.branches(), null, 0));
        }
        DynamoPraiseStore praises = new DynamoPraiseStore(dynamo, table);
        submit = new SubmitPraise(YEAR, praises, mailer, new KeyedHasher(EMAIL_KEY), SITE, Fixtures.clockAt(DURING_WINDOW));
        confirm = new ConfirmPraise(new DynamoCampaignStore(dynamo, table), praises, Fixtures.clockAt(DURING_WINDOW));
        moderation = new DynamoModerationStore(dynamo, table);
        dashboard = new Dashboard(YEAR, new DynamoCampaignStore(dynamo, table), new DynamoDashboardStore(dynamo, table),
                new DynamoAwardStore(dynamo, table), Fixtures.clockAt(DURING_WINDOW));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theCountsEqualThePraiseAfterConcurrentSubmissionsConfirmationsAndDecisions() throws Exception {
        int submitted = 300;
        Race.run(pool, submitted, i -> {
            submit.submit(new PraiseSubmission("participant-" + (i % 10), null, null, 5, List.of("quality"),
                    "Ļoti laipni!", Channel.ONLINE, "person" + i + "@example.lv", Lang.LV));
            return "ok";
        });
        List<String> tokens = mailer.sent().stream()
                .map(m -> m.text().replaceAll("(?s).*token=([A-Za-z0-9_.-]+).*", "$1")).toList();
        assertEquals(submitted, tokens.size());

        // 200 confirmed at once, and 20 more clicks of the first link racing them: counted once.
        int confirmed = 200;
        List<String> outcomes = Race.run(pool, confirmed + 20,
                i -> confirm.confirm(tokens.get(i < confirmed ? i : 0)).outcome().name());
        assertEquals(confirmed, outcomes.stream().filter("CONFIRMED"::equals).count(), outcomes.toString());

        // Decisions at once: 60 approved, 15 rejected; then 5 of the approved rejected after all.
        List<ModeratedPraise> queue = new ArrayList<>(moderation.queue(YEAR, ModerationStatus.PENDING, null, 100, null).items());
        assertEquals(100, queue.size());
        Actor organiser = new Actor("sub-1", "organiser@example.lv");
        Race.run(pool, 75, i -> {
            ModeratedPraise p = queue.get(i);
            boolean approve = i < 60;
            return moderation.decide(p, p.decided(approve ? ModerationStatus.APPROVED : ModerationStatus.REJECTED,
                    approve ? null : RejectReason.SPAM, organiser, DURING_WINDOW)).name();
        });
        Race.run(pool, 5, i -> {
            ModeratedPraise p = moderation.findConfirmed(queue.get(i).id()).orElseThrow();
            return moderation.decide(p, p.decided(ModerationStatus.REJECTED, RejectReason.SPAM, organiser, DURING_WINDOW))
                    .name();
        });
        // One approved praise erased (withdrawn by its writer): out of the confirmed and approved counts.
        new DynamoErasureStore(dynamo, table).erase(queue.get(10).id(), Actor.PERSON, DURING_WINDOW);

        Dashboard.View view = dashboard.view();
        Map<String, Long> truth = scanPraise();
        assertEquals(submitted, view.submitted());
        assertEquals(truth.get("CONFIRMED"), view.confirmed());
        assertEquals(confirmed - 1, view.confirmed());
        assertEquals(truth.get("PENDING"), view.awaitingConfirmation(), "links of today are still open");
        assertEquals(0, view.neverConfirmed());
        assertEquals(truth.get("review APPROVED"), view.approved());
        assertEquals(truth.get("review REJECTED"), view.rejected());
        assertEquals(truth.get("review PENDING"), view.awaitingReview());
        assertEquals(54, view.approved());
        assertEquals(20, view.rejected());
        assertEquals(1, view.erased());

        // The day's bar of the trend says the same (all of this praise was submitted on one day in Riga).
        LocalDate day = LocalDate.ofInstant(DURING_WINDOW, java.time.ZoneId.of("Europe/Riga"));
        DashboardStore.DayCount bar = view.trend().stream().filter(d -> d.day().equals(day)).findFirst().orElseThrow();
        assertEquals(submitted, bar.submitted());
        assertEquals(view.confirmed(), bar.confirmed());
        assertTrue(view.trend().stream().filter(d -> !d.day().equals(day)).allMatch(d -> d.submitted() == 0),
                view.trend().toString());
    }

    @Test
    void aFailingCounterIsLoggedAndCountedAndTheStoredPraiseIsAnsweredAsStored() {
        DynamoPraiseStore praises = new DynamoPraiseStore(countersFailing(dynamo), table);
        SubmitPraise submitting = new SubmitPraise(YEAR, praises, mailer, new KeyedHasher(EMAIL_KEY), SITE,
                Fixtures.clockAt(DURING_WINDOW));
        ConfirmPraise confirming = new ConfirmPraise(new DynamoCampaignStore(dynamo, table), praises,
                Fixtures.clockAt(DURING_WINDOW));
        List<String> log = new ArrayList<>();
        String outcome;
        try (JsonLog.Invocation ignored = JsonLog.record(log::add)) {
            submitting.submit(new PraiseSubmission("participant-1", null, null, 5, List.of("quality"), "Ļoti laipni!",
                    Channel.ONLINE, "anna.berzina@example.lv", Lang.LV));
            assertEquals(1, mailer.sent().size(), "the confirmation e-mail went out: the submission was answered");
            String token = mailer.sent().get(0).text().replaceAll("(?s).*token=([A-Za-z0-9_.-]+).*", "$1");
            outcome = confirming.confirm(token).outcome().name();
        }
        assertEquals("CONFIRMED", outcome);
        assertEquals(1L, scanPraise().get("CONFIRMED"), "the praise itself is stored and confirmed");
        List<String> failures = log.stream().filter(l -> l.contains("dashboard_counter_failed")).toList();
        assertEquals(2, failures.size(), String.join("\n", log));
        assertTrue(failures.stream().allMatch(l -> l.contains("DashboardCounterFailures")), "counted as a metric");
        assertTrue(failures.stream().noneMatch(l -> l.contains("anna") || l.contains("laipni")), "no personal data");
        // The drift the docs name: the counters missed both; the recalculation's counts are the truth.
        assertEquals(0, dashboard.view().submitted());
    }

    /** This table's client, except that every update of a dashboard counter item fails (DynamoDB refusing it). */
    private static DynamoDbClient countersFailing(DynamoDbClient real) {
        return (DynamoDbClient) java.lang.reflect.Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("updateItem") && args != null && args.length == 1) {
                        software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest request;
                        if (args[0] instanceof java.util.function.Consumer<?> consumer) {
                            var builder = software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder();
                            @SuppressWarnings("unchecked")
                            var c = (java.util.function.Consumer<software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.Builder>) consumer;
                            c.accept(builder);
                            request = builder.build();
                        } else {
                            request = (software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest) args[0];
                        }
                        if (request.key().get("PK").s().startsWith("STATS#")) {
                            throw software.amazon.awssdk.services.dynamodb.model.DynamoDbException.builder()
                                    .message("throughput exceeded (injected)").statusCode(400).build();
                        }
                        return real.updateItem(request);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The praise items counted by status and review state – the truth the counters must equal. */
    private Map<String, Long> scanPraise() {
        Map<String, Long> counts = new HashMap<>(Map.of("CONFIRMED", 0L, "PENDING", 0L, "review APPROVED", 0L,
                "review REJECTED", 0L, "review PENDING", 0L));
        dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items().forEach(item -> {
            AttributeValue pk = item.get("PK");
            if (pk == null || !pk.s().startsWith("PRAISE#")) {
                return;
            }
            String status = item.get("status").s();
            counts.merge(status, 1L, Long::sum);
            if ("CONFIRMED".equals(status)) {
                counts.merge("review " + item.get("moderation").s(), 1L, Long::sum);
            }
        });
        return counts;
    }
}
