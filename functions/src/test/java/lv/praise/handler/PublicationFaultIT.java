package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import lv.praise.adapter.DynamoAwardStore;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPublicationStore;
import lv.praise.adapter.DynamoScoringSource;
import lv.praise.adapter.DynamoStandingsStore;
import lv.praise.adapter.OutboxMailer;
import lv.praise.adapter.PdfCertificates;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignState;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Participant;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.CertificateDelivery;
import lv.praise.domain.awards.CertificateLookup;
import lv.praise.domain.awards.Certificates;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.awards.Publication;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.DynamoFaults;
import lv.praise.testkit.Events;
import lv.praise.testkit.Faults;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Exactly once, on the real adapters: DynamoDB Local, the real PDF renderer and the real outbox, with
 * the mailer failing and every DynamoDB call of the adapters dying at seeded random points (before its
 * request left, or after DynamoDB answered), and publication retried until every letter is sent.
 * Between tries the public pages are read as a visitor would: the results are either not there or
 * whole, each certificate either unknown or whole – never a half-written state. Afterwards each
 * awardee has exactly one letter, whose PDF is the certificate, and the table holds one results
 * record and the campaign frozen.
 */
class PublicationFaultIT {
    private static final long SEED = 4242L;
    private static final int RUNS = 100;
    private static final double DYNAMO_FAULT_RATE = 0.04;
    private static final int PARTICIPANTS = 10;
    private static final int ELIGIBLE = 8;
    private static final PdfCertificates PDF = new PdfCertificates();

    private final LocalDynamoDb local = LocalDynamoDb.shared();
    private final DynamoDbClient dynamo = local.client();

    @TempDir
    Path temp;

    @Test
    void publicationRetriedThroughRandomFaultsSendsEachLetterOnce() throws Exception {
        Random seeds = new Random(SEED);
        int tries = 0;
        int mailFaults = 0;
        int publicReads = 0;
        Map<String, Integer> dynamoFaults = new TreeMap<>();
        for (int run = 0; run < RUNS; run++) {
            long seed = seeds.nextLong();
            String context = "run " + run + " (seed " + seed + ")";
            String table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
            List<Participant> participants = seed(table);
            Path outbox = Files.createDirectory(temp.resolve("run-" + run));
            MutableClock clock = new MutableClock(AwardsKit.AFTER_WINDOW);
            MutableClock leaseClock = new MutableClock(AwardsKit.AFTER_WINDOW);
            Faults mail = new Faults(seed, 0);
            // A stream of its own: drawn from the mailer's seed, the two kinds of fault would move in step.
            DynamoFaults injected = new DynamoFaults(seeds.nextLong(), DYNAMO_FAULT_RATE);
            try (DynamoDbClient faulty = injected.client(local)) {
                PublishAwards awards = publishAwards(faulty, table, mail, outbox, clock, leaseClock);
                PublicPages pages = new PublicPages(table);
                Set<String> uncertain = new HashSet<>();
                int attempt = 0;
                while (true) {
                    if (++attempt > 300) {
                        fail(context + " did not complete");
                    }
                    boolean complete = false;
                    injected.arm(true);
                    try {
                        complete = awards.publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none()).certificates().complete();
                    } catch (RuntimeException crashed) {
                        if (!DynamoFaults.injected(crashed)) {
                            throw new AssertionError(context + ": a failure that was not injected", crashed);
                        }
                        leaseClock.advance(CertificateDelivery.LEASE.plus(Duration.ofSeconds(1)));
                    } finally {
                        injected.arm(false);
                    }
                    pages.look();
                    // A letter handed over whose award is not recorded as sent may go out again: its answer
                    // (or the run) was lost between SES and the table – the outbox dedupes it, SES would not.
                    Set<String> sent = new HashSet<>();
                    new DynamoAwardStore(dynamo, table).all(Fixtures.YEAR).stream()
                            .filter(a -> a.state() == DeliveryState.SENT)
                            .forEach(a -> sent.add(deliveryKey(a.participantId())));
                    mail.handedOver().keySet().stream().filter(k -> !sent.contains(k)).forEach(uncertain::add);
                    if (complete) {
                        break;
                    }
                }
                tries += attempt;
                mailFaults += mail.mailFaults();
                injected.faults().forEach((where, n) -> dynamoFaults.merge(where, n, Integer::sum));
                uncertain.addAll(mail.uncertain());

                Publication p = new DynamoPublicationStore(dynamo, table).find(Fixtures.YEAR).orElseThrow();
                assertEquals(ELIGIBLE, p.top().size(), context);
                assertEquals(1, resultsRecords(table), context + ": one results record");
                assertEquals(CampaignState.PUBLISHED, new DynamoCampaignStore(dynamo, table).find(Fixtures.YEAR)
                        .orElseThrow().stateAt(clock.instant()), context);
                assertTrue(new DynamoAwardStore(dynamo, table).all(Fixtures.YEAR).stream()
                        .allMatch(a -> a.state() == DeliveryState.SENT), context);
                publicReads += pages.assertNeverHalfWritten(p, context);

                Map<String, Integer> letters = lv.praise.domain.awards.PublicationFaultTestAccess.lettersByRecipient(outbox);
                for (Publication.Place place : p.top()) {
                    String key = deliveryKey(place.participantId());
                    if (!uncertain.contains(key)) {
                        assertEquals(1, mail.handedOver().getOrDefault(key, 0), context + ": " + key + " handed over");
                    }
                }
                for (Participant participant : participants) {
                    int expected = p.place(participant.id()).isPresent() ? 1 : 0;
                    assertEquals(expected, letters.getOrDefault(participant.contactEmail(), 0), context + " " + participant.id());
                }
            }
        }
        int injectedInDynamo = dynamoFaults.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("publication fault IT: %d runs on DynamoDB Local, %d tries, %d mailer faults, "
                        + "%d DynamoDB faults %s, %d public reads between tries (none half-written)%n",
                RUNS, tries, mailFaults, injectedInDynamo, dynamoFaults, publicReads);
        assertTrue(injectedInDynamo > RUNS, "DynamoDB faults were injected: " + dynamoFaults);
        assertTrue(dynamoFaults.keySet().stream().anyMatch(k -> k.startsWith("TransactWriteItems after")),
                "some transactions were written and their answer lost: " + dynamoFaults);
        assertTrue(mailFaults > RUNS, "mailer faults were injected: " + mailFaults);
    }

    /**
     * A publication killed at each of its DynamoDB calls in turn – before the request left, or after
     * DynamoDB did the work and the answer was lost – up to the one that writes the results record:
     * it leaves either a campaign not frozen (praise still counted, nothing of the publication written)
     * or a frozen one without results, and in both cases the retry publishes the same results as a run
     * that was never killed: the same places, totals and digest. Among the deaths is the one right
     * after the freeze (the campaign frozen, no participant's counts frozen yet).
     */
    @Test
    void aPublicationKilledAtAnyCallBeforeItsRecordLeavesNoFrozenCampaignWithoutAWayToItsResults() throws Exception {
        String first = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        seed(first);
        Publication expected = publishAwards(dynamo, first, new OutboxMailer(Files.createDirectory(temp.resolve("preview")),
                "praise@example.lv"), new MutableClock(AwardsKit.AFTER_WINDOW), new MutableClock(AwardsKit.AFTER_WINDOW))
                .preview().publication();
        int unfrozen = 0;
        int frozenWithoutResults = 0;
        int killedRightAfterTheFreeze = 0;
        boolean recordWritten = false;
        for (int call = 1; !recordWritten; call++) {
            for (boolean afterTheCall : new boolean[] {false, true}) {
                String context = "killed at call " + call + (afterTheCall ? " (after it)" : " (before it)");
                String table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
                List<Participant> participants = seed(table);
                Path outbox = Files.createDirectory(temp.resolve("call-" + call + "-" + afterTheCall));
                MutableClock clock = new MutableClock(AwardsKit.AFTER_WINDOW);
                MutableClock leaseClock = new MutableClock(AwardsKit.AFTER_WINDOW);
                OutboxMailer mail = new OutboxMailer(outbox, "praise@example.lv");
                DynamoFaults death = DynamoFaults.deathAt(call, afterTheCall);
                try (DynamoDbClient dying = death.client(local)) {
                    publishAwards(dying, table, mail, clock, leaseClock).publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none());
                } catch (RuntimeException e) {
                    assertTrue(DynamoFaults.injected(e), context + ": died of the injected fault: " + e);
                }
                boolean results = new DynamoPublicationStore(dynamo, table).find(Fixtures.YEAR).isPresent();
                Campaign campaign = new DynamoCampaignStore(dynamo, table).find(Fixtures.YEAR).orElseThrow();
                int frozenCounts = frozenParticipants(table);
                if (results) {
                    recordWritten = true;
                } else if (campaign.publishedAt() == null) {
                    unfrozen++;
                    assertEquals(0, frozenCounts, context + ": counts are frozen only after the campaign");
                    assertEquals(0, itemsWithSortKeyPrefix(table, "AWARD#"), context);
                } else {
                    frozenWithoutResults++;
                    killedRightAfterTheFreeze += frozenCounts == 0 ? 1 : 0;
                }

                clock.advance(Duration.ofMinutes(3));
                leaseClock.advance(CertificateDelivery.LEASE.plus(Duration.ofSeconds(1)));
                PublishAwards.Outcome retried = publishAwards(dynamo, table, mail, clock, leaseClock)
                        .publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
                assertTrue(retried.certificates().complete(), context);
                Publication p = retried.publication();
                assertEquals(expected.inputDigest(), p.inputDigest(), context);
                assertEquals(expected.top().stream().map(Publication.Place::participantId).toList(),
                        p.top().stream().map(Publication.Place::participantId).toList(), context);
                assertEquals(expected.top().stream().map(Publication.Place::total).toList(),
                        p.top().stream().map(Publication.Place::total).toList(), context);
                assertEquals(participants.size(), frozenParticipants(table), context + ": every participant's counts frozen");
                assertEquals(1, resultsRecords(table), context);
                if (campaign.publishedAt() != null && !results) {
                    assertEquals(campaign.publishedAt(), p.publishedAt(), context + ": as of the freeze the dead run wrote");
                }
                Map<String, Integer> letters = lv.praise.domain.awards.PublicationFaultTestAccess.lettersByRecipient(outbox);
                assertEquals(ELIGIBLE, letters.values().stream().mapToInt(Integer::intValue).sum(), context);
            }
        }
        System.out.printf("publication killed at each DynamoDB call up to its record: %d unfrozen, %d frozen without "
                + "results (%d right after the freeze), each completed by its retry%n", unfrozen, frozenWithoutResults,
                killedRightAfterTheFreeze);
        assertTrue(unfrozen > 5, "deaths before the freeze: " + unfrozen);
        assertTrue(killedRightAfterTheFreeze > 0, "a death right after the freeze: " + frozenWithoutResults);
    }

    /**
     * The asynchronous publication: the route records the job and starts the worker; the worker dies at
     * each of its DynamoDB calls in turn (every fifth call, before or after it – the job's own writes among
     * them), and Lambda's retry – the same event, a fresh container – completes it: the job done, one
     * results record, each awardee's letter once, the same places as a run never killed.
     */
    @Test
    void aPublicationWorkerKilledHalfWayIsCompletedExactlyOnceByLambdasRetry() throws Exception {
        String first = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        seed(first);
        Publication expected = publishAwards(dynamo, first, new OutboxMailer(Files.createDirectory(temp.resolve("job-preview")),
                "praise@example.lv"), new MutableClock(AwardsKit.AFTER_WINDOW), new MutableClock(AwardsKit.AFTER_WINDOW))
                .preview().publication();
        int killed = 0;
        boolean survived = false;
        for (int call = 1; !survived; call += 5) {
            for (boolean afterTheCall : new boolean[] {false, true}) {
                String context = "worker killed at call " + call + (afterTheCall ? " (after it)" : " (before it)");
                String table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
                List<Participant> participants = seed(table);
                Path outbox = Files.createDirectory(temp.resolve("job-" + call + "-" + afterTheCall));
                MutableClock clock = new MutableClock(AwardsKit.AFTER_WINDOW);
                MutableClock leaseClock = new MutableClock(AwardsKit.AFTER_WINDOW);
                OutboxMailer mail = new OutboxMailer(outbox, "praise@example.lv");
                lv.praise.testkit.InMemoryJobs launcher = new lv.praise.testkit.InMemoryJobs();

                APIGatewayV2HTTPResponse started = new PublishAwardsHandler(publishAwards(dynamo, table, mail, clock, leaseClock),
                        jobs(dynamo, table, launcher)).handleRequest(Events.load("publish-awards.json"), null);
                assertEquals(202, started.getStatusCode(), context + ": " + started.getBody());
                Map<String, Object> event = launcher.launches().get(0).event();

                DynamoFaults death = DynamoFaults.deathAt(call, afterTheCall);
                boolean died = false;
                try (DynamoDbClient dying = death.client(local)) {
                    new ScheduledPublicationHandler(publishAwards(dying, table, mail, clock, leaseClock),
                            jobs(dying, table, launcher)).handleRequest(event, null);
                } catch (RuntimeException e) {
                    assertTrue(DynamoFaults.injected(e), context + ": died of the injected fault: " + e);
                    died = true;
                }
                if (!died) {
                    survived = true;
                } else {
                    killed++;
                }
                // A death right after the job's last write leaves it done: the retry then has nothing to do.
                boolean doneBeforeTheRetry = new lv.praise.adapter.DynamoJobStore(dynamo, table)
                        .find(Fixtures.YEAR, lv.praise.domain.jobs.JobKind.PUBLICATION).orElseThrow().state()
                        == lv.praise.domain.jobs.JobState.DONE;
                assertTrue(died || doneBeforeTheRetry, context + ": a worker that lived finished its job");
                // Lambda's retry: the same event, after the letters' lease.
                leaseClock.advance(CertificateDelivery.LEASE.plus(Duration.ofSeconds(1)));
                Map<String, Object> retried = new ScheduledPublicationHandler(publishAwards(dynamo, table, mail, clock,
                        leaseClock), jobs(dynamo, table, launcher)).handleRequest(event, null);
                assertEquals(doneBeforeTheRetry ? "skipped" : "done", retried.get("outcome"), context);

                lv.praise.domain.jobs.Job job = new lv.praise.adapter.DynamoJobStore(dynamo, table)
                        .find(Fixtures.YEAR, lv.praise.domain.jobs.JobKind.PUBLICATION).orElseThrow();
                assertEquals(lv.praise.domain.jobs.JobState.DONE, job.state(), context);
                assertTrue(job.attempts() >= 1 && job.attempts() <= 2, context + ": attempts " + job.attempts());
                assertEquals(1, resultsRecords(table), context);
                Publication p = new DynamoPublicationStore(dynamo, table).find(Fixtures.YEAR).orElseThrow();
                assertEquals(expected.inputDigest(), p.inputDigest(), context);
                assertEquals(expected.top().stream().map(Publication.Place::participantId).toList(),
                        p.top().stream().map(Publication.Place::participantId).toList(), context);
                assertTrue(new DynamoAwardStore(dynamo, table).all(Fixtures.YEAR).stream()
                        .allMatch(a -> a.state() == DeliveryState.SENT), context);
                Map<String, Integer> letters = lv.praise.domain.awards.PublicationFaultTestAccess.lettersByRecipient(outbox);
                for (Participant participant : participants) {
                    int wanted = p.place(participant.id()).isPresent() ? 1 : 0;
                    assertEquals(wanted, letters.getOrDefault(participant.contactEmail(), 0), context + " " + participant.id());
                }
                assertEquals(1, launcher.launches().size(), context + ": one worker started");
            }
        }
        System.out.printf("publication worker killed at every fifth DynamoDB call: %d deaths, each completed once by "
                + "its retry%n", killed);
        assertTrue(killed > 10, "the worker died at many points: " + killed);
    }

    /** The jobs as Wiring assembles them, on the given client, starting workers through the given launcher. */
    private static lv.praise.domain.jobs.Jobs jobs(DynamoDbClient client, String table, lv.praise.testkit.InMemoryJobs launcher) {
        return new lv.praise.domain.jobs.Jobs(Fixtures.YEAR, new lv.praise.adapter.DynamoJobStore(client, table), launcher,
                java.time.Clock.systemUTC(), () -> java.util.UUID.randomUUID().toString());
    }

    private int frozenParticipants(String table) {
        return dynamo.query(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :participant)")
                .filterExpression("attribute_exists(frozenAt)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CAMPAIGN#" + Fixtures.YEAR),
                        ":participant", AttributeValue.fromS("PARTICIPANT#")))).count();
    }

    private int itemsWithSortKeyPrefix(String table, String prefix) {
        return dynamo.query(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CAMPAIGN#" + Fixtures.YEAR),
                        ":prefix", AttributeValue.fromS(prefix)))).count();
    }

    /**
     * What a visitor reads between tries: GET /api/results/{year} and GET /api/certificates/{code}, by
     * the real handlers on a client without faults. Every body seen is kept, to be compared with the
     * final one: a record that is written once and never changed reads the same at every moment.
     */
    private final class PublicPages {
        private final DynamoPublicationStore publications;
        private final GetResultsHandler results;
        private final VerifyCertificateHandler verify;
        private final List<APIGatewayV2HTTPResponse> resultsSeen = new ArrayList<>();
        private final Map<String, List<APIGatewayV2HTTPResponse>> certificatesSeen = new TreeMap<>();

        PublicPages(String table) {
            publications = new DynamoPublicationStore(dynamo, table);
            results = new GetResultsHandler(publications);
            verify = new VerifyCertificateHandler(new CertificateLookup(new DynamoAwardStore(dynamo, table),
                    new DynamoCampaignStore(dynamo, table), new Certificates(Fixtures.SITE), PDF));
        }

        void look() {
            APIGatewayV2HTTPResponse r = results.handleRequest(resultsEvent(), null);
            resultsSeen.add(r);
            if (r.getStatusCode() == 200) {
                // One certificate per look, in turn: every code is read at several moments of a run.
                Publication record = publications.find(Fixtures.YEAR).orElseThrow();
                // The open data is written before the record: whenever the results show, their file is whole.
                lv.praise.domain.awards.OpenData file = publications.openData(Fixtures.YEAR).orElseThrow(() ->
                        new AssertionError("results without their open-data file"));
                assertTrue(file.rebuildsDigest() && file.inputDigest().equals(record.inputDigest()), "open data");
                List<Publication.Place> top = record.top();
                Publication.Place place = top.get(resultsSeen.size() % top.size());
                certificatesSeen.computeIfAbsent(place.certificateCode(), c -> new ArrayList<>())
                        .add(verify.handleRequest(verifyEvent(place.certificateCode()), null));
            }
        }

        int assertNeverHalfWritten(Publication p, String context) {
            String finalResults = results.handleRequest(resultsEvent(), null).getBody();
            int reads = 0;
            for (APIGatewayV2HTTPResponse seen : resultsSeen) {
                reads++;
                if (seen.getStatusCode() == 404) {
                    continue;
                }
                assertEquals(200, seen.getStatusCode(), context + ": " + seen.getBody());
                assertEquals(finalResults, seen.getBody(), context + ": the results read between tries");
            }
            for (Publication.Place place : p.top()) {
                String finalCertificate = verify.handleRequest(verifyEvent(place.certificateCode()), null).getBody();
                for (APIGatewayV2HTTPResponse seen : certificatesSeen.getOrDefault(place.certificateCode(), List.of())) {
                    reads++;
                    if (seen.getStatusCode() == 404) {
                        continue;
                    }
                    assertEquals(200, seen.getStatusCode(), context + ": " + seen.getBody());
                    assertEquals(finalCertificate, seen.getBody(), context + ": certificate " + place.rank());
                }
            }
            return reads;
        }
    }

    private static APIGatewayV2HTTPEvent resultsEvent() {
        APIGatewayV2HTTPEvent event = Events.load("get-results.json");
        event.setPathParameters(Map.of("year", Integer.toString(Fixtures.YEAR)));
        return event;
    }

    private static APIGatewayV2HTTPEvent verifyEvent(String code) {
        APIGatewayV2HTTPEvent event = Events.load("verify-certificate.json");
        event.setPathParameters(Map.of("code", code));
        return event;
    }

    private static String deliveryKey(String participantId) {
        return "certificate-" + Fixtures.YEAR + "-" + participantId;
    }

    private int resultsRecords(String table) {
        return dynamo.scan(r -> r.tableName(table).consistentRead(true).select(Select.COUNT)
                .filterExpression("SK = :results").expressionAttributeValues(Map.of(":results", AttributeValue.fromS("RESULTS"))))
                .count();
    }

    private List<Participant> seed(String table) {
        // Formula 2027.1: the seeded participants have a few praises each, which 2027.2's minimum would leave out.
        Campaign campaign = Fixtures.firstFormulaCampaign();
        new DynamoCampaignStore(dynamo, table).save(campaign);
        DynamoParticipantStore store = new DynamoParticipantStore(dynamo, table);
        List<Participant> participants = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 1; i <= PARTICIPANTS; i++) {
            String id = "dalibnieks-" + i;
            Participant p = new Participant(Fixtures.YEAR, id, "Šķūņu Ēdnīca Nr. " + i, "B2C", "RESTAURANTS", "SMALL",
                    List.of(), id + "@example.lv", 0);
            store.save(p);
            participants.add(p);
            int score = i <= ELIGIBLE ? 100 - i : 60;
            evaluations.add(new Evaluation(Fixtures.YEAR, id, LocalDate.of(Fixtures.YEAR, 3, 10), "Anna", "visit", score));
        }
        new DynamoEvaluationStore(dynamo, table).saveAll(evaluations);
        return participants;
    }

    /** The awards day as Wiring assembles it, every adapter on the faulty client. */
    private static PublishAwards publishAwards(DynamoDbClient client, String table, Faults mail, Path outbox,
                                               MutableClock clock, MutableClock leaseClock) {
        return publishAwards(client, table, mail.mailer(new OutboxMailer(outbox, "praise@example.lv")), clock, leaseClock);
    }

    private static PublishAwards publishAwards(DynamoDbClient client, String table, lv.praise.domain.Mailer mailer,
                                               MutableClock clock, MutableClock leaseClock) {
        DynamoCampaignStore campaigns = new DynamoCampaignStore(client, table);
        DynamoParticipantStore participants = new DynamoParticipantStore(client, table);
        RecalculateStandings scoring = new RecalculateStandings(Fixtures.YEAR, campaigns, participants,
                new DynamoEvaluationStore(client, table), new DynamoScoringSource(client, table, 2),
                new DynamoStandingsStore(client, table, clock), clock);
        DynamoAwardStore awardStore = new DynamoAwardStore(client, table);
        CertificateDelivery delivery = new CertificateDelivery(awardStore, participants, PDF, mailer,
                new Certificates(Fixtures.SITE), clock, leaseClock, pause -> { });
        return new PublishAwards(Fixtures.YEAR, campaigns, participants, scoring,
                new DynamoPublicationStore(client, table), awardStore, delivery, clock, CertificateCode::generate);
    }
}
