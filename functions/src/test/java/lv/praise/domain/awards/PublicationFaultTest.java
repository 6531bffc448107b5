package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import lv.praise.adapter.OutboxMailer;
import lv.praise.domain.CampaignState;
import lv.praise.domain.Participant;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Faults;
import lv.praise.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exactly-once promise under faults: the mailer throttles, refuses, times out before sending or
 * loses its answer after sending, and the stores crash before or after their writes – at random
 * points, from a fixed seed – and publication is retried (as the scheduler or an organiser would) until
 * every letter is sent. Afterwards every awardee has exactly one letter in the outbox (real MIME files,
 * parsed back), there is one results record, and nobody else got mail.
 */
class PublicationFaultTest {
    private static final long SEED = 20270412L;
    private static final int RUNS = 120;
    private static final int MAX_TRIES = 400;
    private static final Session SESSION = Session.getInstance(new Properties());

    @TempDir
    Path temp;

    @Test
    void everyAwardeeGetsExactlyOneLetterWhateverFails() throws Exception {
        Random seeds = new Random(SEED);
        int totalTries = 0;
        int totalFaults = 0;
        for (int run = 0; run < RUNS; run++) {
            long seed = seeds.nextLong();
            AwardsKit kit = new AwardsKit(16, 12);
            Path outbox = Files.createDirectory(temp.resolve("run-" + run));
            Faults faults = new Faults(seed, 0.08);
            PublishAwards awards = kit.publishAwards(faults.mailer(new OutboxMailer(outbox, "praise@example.lv")),
                    AwardsKit.RENDERER, faults.awards(kit.awards), faults.publications(kit.awards),
                    faults.campaigns(kit.store), kit.scoring());

            int tries = 0;
            while (true) {
                tries++;
                if (tries > MAX_TRIES) {
                    fail("run " + run + " (seed " + seed + ") did not complete in " + MAX_TRIES + " tries");
                }
                try {
                    if (awards.publish(tries % 2 == 0 ? lv.praise.domain.Actor.SCHEDULE : lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none())
                            .certificates().complete()) {
                        break;
                    }
                } catch (Faults.Crash crashed) {
                    // The run died; the retry comes later, when a dead run's claims have gone stale.
                    kit.leaseClock.advance(CertificateDelivery.LEASE.plus(Duration.ofSeconds(1)));
                }
            }
            totalTries += tries;
            totalFaults += faults.mailFaults() + faults.storeFaults();

            String context = "run " + run + " (seed " + seed + ", " + tries + " tries)";
            assertEquals(CampaignState.PUBLISHED, kit.store.find(Fixtures.YEAR).orElseThrow().stateAt(kit.clock.instant()));
            Publication publication = kit.awards.find(Fixtures.YEAR).orElseThrow();
            assertEquals(12, publication.top().size(), context);
            Map<String, Integer> letters = lettersByRecipient(outbox);
            for (Publication.Place place : publication.top()) {
                String address = place.participantId() + "@example.lv";
                assertEquals(1, letters.getOrDefault(address, 0), context + ": letters to " + address);
            }
            assertEquals(12, letters.values().stream().mapToInt(Integer::intValue).sum(), context + ": " + letters);
            // Beyond the outbox's own dedupe: a letter reaches the mailer again only when a run could not
            // know it had gone (SES, which can't dedupe, would deliver exactly those twice).
            for (Publication.Place place : publication.top()) {
                String key = "certificate-" + Fixtures.YEAR + "-" + place.participantId();
                int handed = faults.handedOver().getOrDefault(key, 0);
                assertTrue(handed >= 1, context + ": " + key + " never reached the mailer");
                if (!faults.uncertain().contains(key)) {
                    assertEquals(1, handed, context + ": " + key + " was handed over again without a reason");
                }
            }
            List<Award> all = kit.awards.all(Fixtures.YEAR);
            assertTrue(all.stream().allMatch(a -> a.state() == DeliveryState.SENT), context);
            for (Participant p : kit.participants) {
                boolean awarded = publication.place(p.id()).isPresent();
                assertEquals(awarded ? 1 : 0, letters.getOrDefault(p.contactEmail(), 0), context + " " + p.id());
            }
        }
        System.out.printf("publication fault test: %d runs, %d tries, %d injected faults%n", RUNS, totalTries, totalFaults);
        assertTrue(totalFaults > RUNS, "the faults must actually happen: " + totalFaults);
        assertTrue(totalTries > RUNS * 2, "and force retries: " + totalTries);
    }

    /**
     * The run dies right after the freeze was written (its answer lost): the campaign is frozen – praise
     * refused – with no results. The retry, on data that can no longer move, publishes exactly what the
     * dead run would have: the preview's places and digest, under the freeze the dead run recorded.
     */
    @Test
    void aRunKilledRightAfterTheFreezeIsCompletedByItsRetryWithTheSameResults() throws Exception {
        AwardsKit kit = new AwardsKit(16, 12);
        Path outbox = Files.createDirectory(temp.resolve("killed-after-freeze"));
        OutboxMailer mailer = new OutboxMailer(outbox, "praise@example.lv");
        PublishAwards.Preview preview = kit.publishAwards(mailer).preview();
        Instant frozenAt = kit.clock.instant();
        PublishAwards killed = kit.publishAwards(mailer, AwardsKit.RENDERER, kit.awards, kit.awards,
                Faults.killedRightAfterTheFreeze(kit.store), kit.scoring());
        assertThrows(Faults.Crash.class, () -> killed.publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none()));
        var campaign = kit.store.find(Fixtures.YEAR).orElseThrow();
        assertEquals(CampaignState.PUBLISHED, campaign.stateAt(kit.clock.instant()), "frozen: praise is refused");
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty(), "and no results yet");
        assertTrue(kit.snapshots.latest(Fixtures.YEAR).isEmpty(), "nor final standings");

        kit.clock.advance(Duration.ofMinutes(3));
        PublishAwards.Outcome retried = kit.publishAwards(mailer).publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        assertTrue(retried.createdNow());
        assertTrue(retried.certificates().complete());
        Publication p = retried.publication();
        assertEquals(preview.publication().inputDigest(), p.inputDigest());
        assertEquals(preview.publication().top().stream().map(Publication.Place::participantId).toList(),
                p.top().stream().map(Publication.Place::participantId).toList());
        assertEquals(preview.publication().top().stream().map(Publication.Place::total).toList(),
                p.top().stream().map(Publication.Place::total).toList());
        assertEquals(frozenAt, p.publishedAt(), "published as of the freeze the dead run wrote");
        assertEquals(lv.praise.domain.Actor.SCHEDULE, p.publishedBy());
        assertEquals(null, retried.checkedDigest(), "the retry had nothing to check before a freeze");
        assertEquals(12, lettersByRecipient(outbox).values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Recipients of the .eml files in the outbox, as a mail client reads them. */
    static Map<String, Integer> lettersByRecipient(Path outbox) throws IOException, jakarta.mail.MessagingException {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".part")) {
                    fail("a half-written file is left in the outbox: " + name);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(SESSION, in);
                    String to = ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
                    counts.merge(to, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
