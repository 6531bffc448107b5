package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.RecordingMailer;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The rules that matter under load, on DynamoDB Local, through the real adapters. */
class PraiseConcurrencyIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ExecutorService pool = Executors.newFixedThreadPool(20);
    private String table;
    private DynamoParticipantStore participants;
    private SubmitPraise submit;
    private ConfirmPraise confirm;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        participants = new DynamoParticipantStore(dynamo, table);
        participants.save(LIBRARY);
        DynamoPraiseStore praises = new DynamoPraiseStore(dynamo, table);
        submit = new SubmitPraise(YEAR, praises, mailer, new KeyedHasher(EMAIL_KEY), SITE, Fixtures.clockAt(DURING_WINDOW));
        confirm = new ConfirmPraise(new DynamoCampaignStore(dynamo, table), praises, Fixtures.clockAt(DURING_WINDOW));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void twentyThreadsConfirmingTheSamePraiseCountItOnce() throws Exception {
        submit.submit(praise("anna@example.lv"));
        String token = mailer.lastToken();
        List<String> outcomes = race(20, i -> confirm.confirm(token).outcome().name());
        Map<String, Long> byOutcome = outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertEquals(1L, byOutcome.get("CONFIRMED"), byOutcome.toString());
        assertEquals(19L, byOutcome.get("ALREADY_CONFIRMED"), byOutcome.toString());
        assertEquals(1, count());
        assertEquals(1, praisesWithStatus("CONFIRMED"));
    }

    @Test
    void twentyLinksOfOnePersonRacingCountOnce() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            submit.submit(praise("janis@example.lv"));
            tokens.add(mailer.lastToken());
        }
        List<String> outcomes = race(20, i -> {
            try {
                return confirm.confirm(tokens.get(i)).outcome().name();
            } catch (RefusedException e) {
                assertEquals(ErrorCode.ALREADY_PRAISED, e.code());
                return e.code().name();
            }
        });
        assertEquals(1, outcomes.stream().filter("CONFIRMED"::equals).count(), outcomes.toString());
        assertEquals(19, outcomes.stream().filter("ALREADY_PRAISED"::equals).count(), outcomes.toString());
        assertEquals(1, count());
        assertEquals(1, praisesWithStatus("CONFIRMED"));
    }

    /**
     * A thousand people praising at once, as at the national peak: spread over 50 participants, as praise
     * is. Each confirmation's transaction holds only its praise, its person's slot and its participant's
     * item, so on DynamoDB (and the twin) confirmations of different participants never conflict; those of
     * one participant take its item one at a time and retry. (A thousand confirmations of ONE participant
     * at the same instant would queue ~15 s on that item – beyond any participant's share of the peak and
     * beyond the retry budget, on DynamoDB as here.)
     */
    @Test
    void aThousandDistinctPraisesSubmittedConcurrentlyAreAllStoredAndCounted() throws Exception {
        int spread = 50;
        for (int p = 0; p < spread; p++) {
            participants.save(new Participant(YEAR, "participant-" + p, "Dalībnieks " + p, LIBRARY.category(),
                    LIBRARY.industry(), LIBRARY.sizeClass(), LIBRARY.branches(), null, 0));
        }
        race(1000, i -> {
            submit.submit(praise("participant-" + (i % spread), "person" + i + "@example.lv"));
            return "ok";
        });
        assertEquals(1000, praisesWithStatus("PENDING"));
        assertEquals(1000, mailer.sent().size());
        List<String> tokens = mailer.sent().stream().map(m -> m.text().replaceAll("(?s).*token=([A-Za-z0-9_.-]+).*", "$1"))
                .toList();
        race(1000, i -> confirm.confirm(tokens.get(i)).outcome().name());
        assertEquals(1000, praisesWithStatus("CONFIRMED"));
        for (int p = 0; p < spread; p++) {
            assertEquals(1000 / spread, participants.find(YEAR, "participant-" + p).orElseThrow().confirmedPraiseCount(),
                    "participant-" + p);
        }
    }

    private long count() {
        return participants.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount();
    }

    private static PraiseSubmission praise(String email) {
        return praise(LIBRARY.id(), email);
    }

    private static PraiseSubmission praise(String participantId, String email) {
        return new PraiseSubmission(participantId, "Preiļi", null, 5, List.of("quality"), "Ļoti laipni!",
                Channel.BRANCH, email, Lang.LV);
    }

    private List<String> race(int n, java.util.function.Function<Integer, String> task) throws Exception {
        return lv.praise.testkit.Race.run(pool, n, task);
    }

    private long praisesWithStatus(String status) {
        return dynamo.scanPaginator(r -> r.tableName(table)
                        .filterExpression("#type = :praise AND #status = :status")
                        .expressionAttributeNames(Map.of("#type", "type", "#status", "status"))
                        .expressionAttributeValues(Map.of(":praise", AttributeValue.fromS("PRAISE"),
                                ":status", AttributeValue.fromS(status))))
                .items().stream().count();
    }
}
