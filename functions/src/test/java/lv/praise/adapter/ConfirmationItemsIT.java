package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.intake.PraiseStore.ConfirmOutcome;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.moderation.ModerationCounts;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.RecordingMailer;
import lv.praise.testkit.SamTemplate;
import lv.praise.testkit.twin.DynamoTwin;
import lv.praise.testkit.twin.ItemKey;
import lv.praise.testkit.twin.TwinReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * No global hot item, shown on DynamoDB's semantics: a twin of this test's own in front of the shared
 * DynamoDB Local records the items of every committed transaction. Confirmations of many participants
 * at once all succeed, and no item is touched by the confirmations of two participants – each touches
 * its praise, its person's slot and its participant's item. And a freeze racing confirmations leaves
 * every one counted in the read after it or refused, never counted later.
 */
class ConfirmationItemsIT {
    private static final int PARTICIPANTS = 40;
    private static final int PER_PARTICIPANT = 6;

    private final LocalDynamoDb local = LocalDynamoDb.shared();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ExecutorService pool = Executors.newFixedThreadPool(40);
    private DynamoTwin twin;
    private DynamoDbClient dynamo;
    private String table;
    private DynamoParticipantStore participants;
    private DynamoPraiseStore praises;
    private final List<Participant> seeded = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    @BeforeEach
    void freshTableBehindATwin() {
        twin = DynamoTwin.start(local.upstreamEndpoint(), DynamoTwin.DEFAULT_HOLD);
        dynamo = LocalDynamoDb.clientFor(twin.endpoint(), o -> { });
        table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        new DynamoCampaignStore(dynamo, table).save(Campaign.defaults(YEAR));
        participants = new DynamoParticipantStore(dynamo, table);
        praises = new DynamoPraiseStore(dynamo, table);
        for (int i = 0; i < PARTICIPANTS; i++) {
            Participant p = new Participant(YEAR, String.format("dalibnieks-%02d", i), "Dalībnieks " + i, "B2C", "TRADE",
                    "SMALL", List.of(), null, 0);
            participants.save(p);
            seeded.add(p);
        }
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        dynamo.close();
        twin.close();
    }

    @Test
    void confirmationsOfDifferentParticipantsShareNoItemAndNoneFails() throws Exception {
        Map<String, String> participantOfPraise = submitAll();
        ConfirmPraise confirm = new ConfirmPraise(new DynamoCampaignStore(dynamo, table), praises,
                Fixtures.clockAt(DURING_WINDOW));
        twin.reset();

        List<String> outcomes = race(tokens.size(), i -> confirm.confirm(tokens.get(i)).outcome().name());

        assertEquals(Map.of("CONFIRMED", (long) tokens.size()),
                outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())), "zero failures");
        TwinReport report = twin.report();
        List<TwinReport.Transaction> confirmations = report.transactions().stream()
                .filter(t -> t.items().stream().anyMatch(k -> k.table().equals(table))).toList();
        assertEquals(tokens.size(), confirmations.size(), "one committed transaction per confirmation");
        Map<ItemKey, Set<String>> shared = report.sharedItems(t -> participantOf(t, participantOfPraise));
        assertEquals(Map.of(), shared, "items written by the confirmations of more than one participant");
        for (TwinReport.Transaction t : confirmations) {
            assertEquals(3, t.items().size(), "its praise, its person's slot, its participant: " + t.items());
        }
        System.out.printf("confirmation items IT: %d confirmations of %d participants at once, %d conflicts retried "
                + "(confirmations of one participant meet on its item), no item shared across participants%n",
                tokens.size(), PARTICIPANTS, report.row(TwinReport.NO_ROUTE, "TransactWriteItems").orElseThrow().conflicts());

        for (Participant p : seeded) {
            assertEquals(PER_PARTICIPANT, participants.find(YEAR, p.id()).orElseThrow().confirmedPraiseCount(), p.id());
        }
        assertEquals(new ModerationCounts(tokens.size(), 0, 0), new DynamoModerationStore(dynamo, table).counts(YEAR));
    }

    /**
     * The freeze of the counts runs while confirmations are in flight (sent to the store directly, as a
     * confirmation that passed the window check just before the close would be): each is counted before
     * the freeze returns or refused, so the read after the freeze, the public counts and the stored
     * states agree – and nothing confirms afterwards.
     */
    @Test
    void aFreezeRacingConfirmationsLeavesEachCountedInTheReadAfterItOrRefused() throws Exception {
        Map<String, String> participantOfPraise = submitAll();
        List<String> ids = new ArrayList<>(participantOfPraise.keySet());
        Map<String, ConfirmOutcome> outcomes = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (String id : ids) {
            running.add(pool.submit(() -> {
                start.await();
                outcomes.put(id, praises.confirm(praises.find(id).orElseThrow(), DURING_WINDOW.plusSeconds(1)));
                return null;
            }));
        }
        start.countDown();
        while (outcomes.size() < PARTICIPANTS / 2) {
            Thread.sleep(1);
        }
        participants.freezeCounts(YEAR, DURING_WINDOW.plusSeconds(2));
        ComponentTally read = new DynamoScoringSource(dynamo, table, 2).tally(YEAR, ScoringRules.defaults());
        for (Future<?> f : running) {
            f.get();
        }

        long confirmed = outcomes.values().stream().filter(o -> o == ConfirmOutcome.CONFIRMED).count();
        long refused = outcomes.values().stream().filter(o -> o == ConfirmOutcome.CAMPAIGN_CLOSED).count();
        assertEquals(ids.size(), confirmed + refused, "each confirmed or refused: " + outcomes.values());
        assertTrue(refused > 0 && confirmed > 0, "the freeze landed among them: " + confirmed + " confirmed");
        assertEquals(confirmed, read.countedPraise(), "the read after the freeze counts every one confirmed");
        long publicTotal = seeded.stream().mapToLong(p -> participants.find(YEAR, p.id()).orElseThrow()
                .confirmedPraiseCount()).sum();
        assertEquals(confirmed, publicTotal, "public counts");
        assertEquals(confirmed, new DynamoModerationStore(dynamo, table).counts(YEAR).pending(), "review counts");
        assertEquals(new DynamoScoringSource(dynamo, table, 2).tally(YEAR, ScoringRules.defaults()).countedPraise(),
                read.countedPraise(), "nothing counted after the read");
    }

    /**
     * Submits {@link #PER_PARTICIPANT} praises per participant, each by another person, one after another
     * (so each e-mail's token is known to belong to its praise); praise id → participant, tokens kept in order.
     */
    private Map<String, String> submitAll() {
        SubmitPraise submit = new SubmitPraise(YEAR, praises, mailer, new KeyedHasher(EMAIL_KEY), SITE,
                Fixtures.clockAt(DURING_WINDOW));
        Map<String, String> participantOfPraise = new HashMap<>();
        for (int i = 0; i < PARTICIPANTS * PER_PARTICIPANT; i++) {
            Participant p = seeded.get(i % PARTICIPANTS);
            submit.submit(new PraiseSubmission(p.id(), null, null, 5, List.of("quality"), "Paldies!", Channel.ONLINE,
                    "person" + i + "@example.lv", Lang.LV));
            String token = mailer.lastToken();
            tokens.add(token);
            participantOfPraise.put(token.substring(0, token.indexOf('.')), p.id());
        }
        return participantOfPraise;
    }

    /** Whose confirmation a transaction is, by the praise it confirms (null: not a confirmation of this test). */
    private String participantOf(TwinReport.Transaction t, Map<String, String> participantOfPraise) {
        return t.items().stream().filter(k -> k.table().equals(table) && k.partition().startsWith("PRAISE#"))
                .map(k -> participantOfPraise.get(k.partition().substring("PRAISE#".length())))
                .findFirst().orElse(null);
    }

    private List<String> race(int n, java.util.function.Function<Integer, String> task) throws Exception {
        return lv.praise.testkit.Race.run(pool, n, task);
    }
}
