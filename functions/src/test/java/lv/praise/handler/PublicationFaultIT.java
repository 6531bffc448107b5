package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import lv.praise.domain.awards.Certificates;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.awards.Publication;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Faults;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exactly once, on the real adapters: DynamoDB Local, the real PDF renderer and the real outbox, with
 * the mailer failing and the award stores crashing at seeded random points, and publication retried
 * until every letter is sent. Afterwards each awardee has exactly one letter, whose PDF is the
 * certificate, and the table holds one results record and the campaign frozen.
 */
class PublicationFaultIT {
    private static final long SEED = 4242L;
    // The 120-run fault test over fakes (PublicationFaultTest) covers the seeds; this one proves the real adapters.
    private static final int RUNS = 30;
    private static final int PARTICIPANTS = 10;
    private static final int ELIGIBLE = 8;
    private static final PdfCertificates PDF = new PdfCertificates();

    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();

    @TempDir
    Path temp;

    @Test
    void publicationRetriedThroughRandomFaultsSendsEachLetterOnce() throws Exception {
        Random seeds = new Random(SEED);
        int tries = 0;
        int faults = 0;
        for (int run = 0; run < RUNS; run++) {
            long seed = seeds.nextLong();
            String table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
            List<Participant> participants = seed(table);
            Path outbox = Files.createDirectory(temp.resolve("run-" + run));
            MutableClock clock = new MutableClock(AwardsKit.AFTER_WINDOW);
            MutableClock leaseClock = new MutableClock(AwardsKit.AFTER_WINDOW);
            Faults injected = new Faults(seed, 0.06);
            PublishAwards awards = publishAwards(table, injected, outbox, clock, leaseClock);

            int attempt = 0;
            while (true) {
                if (++attempt > 300) {
                    fail("run " + run + " (seed " + seed + ") did not complete");
                }
                try {
                    if (awards.publish("schedule", Deadline.none()).certificates().complete()) {
                        break;
                    }
                } catch (Faults.Crash crashed) {
                    leaseClock.advance(CertificateDelivery.LEASE.plus(Duration.ofSeconds(1)));
                }
            }
            tries += attempt;
            faults += injected.mailFaults() + injected.storeFaults();

            String context = "run " + run + " (seed " + seed + ")";
            Publication p = new DynamoPublicationStore(dynamo, table).find(Fixtures.YEAR).orElseThrow();
            assertEquals(ELIGIBLE, p.top().size(), context);
            assertEquals(CampaignState.PUBLISHED, new DynamoCampaignStore(dynamo, table).find(Fixtures.YEAR)
                    .orElseThrow().stateAt(clock.instant()), context);
            assertTrue(new DynamoAwardStore(dynamo, table).all(Fixtures.YEAR).stream()
                    .allMatch(a -> a.state() == DeliveryState.SENT), context);
            Map<String, Integer> letters = lv.praise.domain.awards.PublicationFaultTestAccess.lettersByRecipient(outbox);
            for (Publication.Place place : p.top()) {
                String key = "certificate-" + Fixtures.YEAR + "-" + place.participantId();
                if (!injected.uncertain().contains(key)) {
                    assertEquals(1, injected.handedOver().getOrDefault(key, 0), context + ": " + key + " handed over");
                }
            }
            for (Participant participant : participants) {
                int expected = p.place(participant.id()).isPresent() ? 1 : 0;
                assertEquals(expected, letters.getOrDefault(participant.contactEmail(), 0), context + " " + participant.id());
            }
        }
        System.out.printf("publication fault IT: %d runs on DynamoDB Local, %d tries, %d injected faults%n",
                RUNS, tries, faults);
        assertTrue(faults > RUNS, "faults were injected: " + faults);
    }

    private List<Participant> seed(String table) {
        Campaign campaign = Campaign.defaults(Fixtures.YEAR);
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

    private PublishAwards publishAwards(String table, Faults faults, Path outbox, MutableClock clock, MutableClock leaseClock) {
        DynamoCampaignStore campaigns = new DynamoCampaignStore(dynamo, table);
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        RecalculateStandings scoring = new RecalculateStandings(Fixtures.YEAR, campaigns, participants,
                new DynamoEvaluationStore(dynamo, table), new DynamoScoringSource(dynamo, table, 2),
                new DynamoStandingsStore(dynamo, table), clock);
        var awardStore = faults.awards(new DynamoAwardStore(dynamo, table));
        CertificateDelivery delivery = new CertificateDelivery(awardStore, participants, PDF,
                faults.mailer(new OutboxMailer(outbox, "praise@example.lv")), new Certificates(Fixtures.SITE), clock,
                leaseClock, pause -> { });
        return new PublishAwards(Fixtures.YEAR, campaigns, participants, scoring,
                faults.publications(new DynamoPublicationStore(dynamo, table)), awardStore, delivery, clock,
                CertificateCode::generate);
    }
}
