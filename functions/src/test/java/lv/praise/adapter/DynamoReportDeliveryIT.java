package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lv.praise.domain.Campaign;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Participant;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.JobState;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.reports.ReportDelivery;
import lv.praise.domain.reports.ReportLetter;
import lv.praise.domain.reports.Reports;
import lv.praise.testkit.DynamoFaults;
import lv.praise.testkit.Insights;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.SamTemplate;
import lv.praise.testkit.FixedContacts;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * "Send every participant its report" on DynamoDB Local, killed half-way at the SDK's wire (DynamoFaults: a call
 * dies before its request leaves or after DynamoDB answered, and every later call dies too, as a Lambda killed
 * half-way makes no more) at every few calls of its run, then retried as Lambda retries it: every participant with
 * a contact gets its report, each contact one letter – only the one letter handed over but not yet recorded when the
 * worker died may go again, under the same delivery key (the outbox delivers that once; docs/insight.md) – and the
 * participant without a contact ends NO_CONTACT. With three contacts, one whose send fails is sent to alone by the
 * next start, and an address refused for good is done.
 */
class DynamoReportDeliveryIT {
    private static final int YEAR = 2027;
    private static final int PARTICIPANTS = 12;
    private static final String NO_CONTACT = "org-011";
    private static final KeyedHasher HASHER = new KeyedHasher("a-test-key-of-at-least-thirty-two-characters");
    private static final PdfReports PDF = new PdfReports();
    private static final PdfPraiseCards CARDS = new PdfPraiseCards();
    private final LocalDynamoDb local = LocalDynamoDb.shared();
    private final DynamoDbClient dynamo = local.client();

    /** Every letter handed to the mailer, by delivery key. */
    private static final class CountingMailer implements Mailer {
        final Map<String, Integer> handedOver = new TreeMap<>();
        final Map<String, String> to = new HashMap<>();

        @Override
        public synchronized void send(OutgoingMail mail) {
            handedOver.merge(mail.deliveryKey(), 1, Integer::sum);
            to.put(mail.deliveryKey(), mail.to());
            assertEquals("application/pdf", mail.attachments().get(0).contentType());
        }
    }

    private static final ContactStore CONTACTS = FixedContacts.addresses(HASHER, DynamoReportDeliveryIT::emailsOf);

    private static List<String> emailsOf(String participantId) {
        return participantId.equals(NO_CONTACT) ? List.of()
                : List.of("vadiba@" + participantId + ".lv", "info@" + participantId + ".lv");
    }

    private String freshTable() {
        String table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        DynamoCampaignStore campaigns = new DynamoCampaignStore(dynamo, table);
        campaigns.save(Campaign.defaults(YEAR).published(Instant.parse("2027-04-12T09:00:00Z"), null));
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        for (int i = 0; i < PARTICIPANTS; i++) {
            assertTrue(participants.create(new Participant(YEAR, String.format("org-%03d", i), "Organizācija Ņ " + i,
                    "STATE", "EDUCATION", "SMALL", List.of("Rīga"), "info" + i + "@example.lv", 0, null)));
        }
        return table;
    }

    private static ReportDelivery delivery(DynamoDbClient client, String table, Mailer mailer, MutableClock clock) {
        return delivery(client, table, mailer, clock, CONTACTS);
    }

    private static ReportDelivery delivery(DynamoDbClient client, String table, Mailer mailer, MutableClock clock,
                                           ContactStore contacts) {
        DynamoCampaignStore campaigns = new DynamoCampaignStore(client, table);
        Reports reports = new Reports((year, id) -> Insights.published(id), campaigns, PDF, CARDS, clock);
        return new ReportDelivery(campaigns, new DynamoParticipantStore(client, table), contacts,
                (year, id) -> Insights.published(id), reports, new DynamoReportStore(client, table), mailer, clock, clock, pause -> { });
    }

    /** The DynamoDB calls of a whole run that nothing kills. */
    private int callsOfARun() {
        String table = freshTable();
        MutableClock clock = new MutableClock(Instant.parse("2027-04-20T08:00:00Z"));
        DynamoFaults counting = DynamoFaults.deathAt(Integer.MAX_VALUE, false);
        try (DynamoDbClient counted = counting.client(local)) {
            Jobs jobs = new Jobs(YEAR, new DynamoJobStore(dynamo, table), (k, y, r) -> { }, clock, () -> "run-0");
            jobs.start(JobKind.REPORTS, null);
            Jobs counted2 = new Jobs(YEAR, new DynamoJobStore(counted, table), (k, y, r) -> { }, clock, () -> "x");
            assertEquals(Jobs.Outcome.DONE, counted2.run(JobKind.REPORTS, "run-0",
                    delivery(counted, table, new CountingMailer(), clock).work()));
            return counting.calls();
        }
    }

    @Test
    void aWorkerKilledAtAnyPointAndRetriedSendsEachParticipantItsReportOnce() {
        int calls = callsOfARun();
        assertTrue(calls > 3 * PARTICIPANTS, "a run's calls: " + calls);
        int killed = 0;
        for (int call = 2; call <= calls; call += 4) {
            for (boolean afterTheCall : new boolean[] {false, true}) {
                String context = "killed at call " + call + (afterTheCall ? " (after it)" : " (before it)") + " of " + calls;
                String table = freshTable();
                MutableClock clock = new MutableClock(Instant.parse("2027-04-20T08:00:00Z"));
                CountingMailer mailer = new CountingMailer();
                Jobs healthy = new Jobs(YEAR, new DynamoJobStore(dynamo, table), (k, y, r) -> { }, clock, () -> "run-1");
                assertTrue(healthy.start(JobKind.REPORTS, null).startedNow());

                DynamoFaults death = DynamoFaults.deathAt(call, afterTheCall);
                boolean died = false;
                try (DynamoDbClient dying = death.client(local)) {
                    Jobs jobs = new Jobs(YEAR, new DynamoJobStore(dying, table), (k, y, r) -> { }, clock, () -> "x");
                    jobs.run(JobKind.REPORTS, "run-1", delivery(dying, table, mailer, clock).work());
                } catch (RuntimeException e) {
                    assertTrue(DynamoFaults.injected(e), context + ": died of the injected fault: " + e);
                    died = true;
                }
                assertTrue(died, context);
                killed++;
                Map<String, Integer> beforeRetry = new TreeMap<>(mailer.handedOver);

                // Lambda's retry, after a claim of the dead attempt went stale.
                clock.advance(ReportDelivery.LEASE.plus(Duration.ofSeconds(1)));
                Jobs.Outcome retried = healthy.run(JobKind.REPORTS, "run-1", delivery(dynamo, table, mailer, clock).work());
                // Killed after the job's last write (its finish went through, the answer was lost): the retry skips it.
                assertTrue(retried == Jobs.Outcome.DONE || retried == Jobs.Outcome.SKIPPED && call == calls && afterTheCall,
                        context + ": " + retried);
                assertEquals(JobState.DONE, healthy.find(JobKind.REPORTS).orElseThrow().state(), context);

                List<ReportLetter> letters = new DynamoReportStore(dynamo, table).all(YEAR);
                assertEquals(PARTICIPANTS, letters.size(), context + ": one letter item per participant");
                Set<String> twice = new java.util.TreeSet<>();
                Set<String> keysTwice = new java.util.TreeSet<>();
                for (ReportLetter letter : letters) {
                    DeliveryState expected = letter.participantId().equals(NO_CONTACT) ? DeliveryState.NO_CONTACT : DeliveryState.SENT;
                    assertEquals(expected, letter.state(), context + " " + letter.participantId());
                }
                for (int i = 0; i < PARTICIPANTS; i++) {
                    String id = String.format("org-%03d", i);
                    List<String> keys = mailer.handedOver.keySet().stream().filter(k -> k.startsWith("report-2027-" + id + "-")).toList();
                    if (id.equals(NO_CONTACT)) {
                        assertTrue(keys.isEmpty(), context);
                        continue;
                    }
                    assertEquals(2, keys.size(), context + ": a letter to each of " + id + "'s two contacts");
                    for (String key : keys) {
                        int n = mailer.handedOver.get(key);
                        if (n > 1) {
                            twice.add(id);
                            keysTwice.add(key);
                            // Again only what the dead attempt handed over and could not mark.
                            assertEquals(1, beforeRetry.getOrDefault(key, 0), context + " " + key);
                        }
                        assertTrue(n <= 2, context + " " + key + " handed over " + n + " times");
                    }
                }
                assertTrue(twice.size() <= 1, context + ": only the participant in flight may get its letters again: " + twice);
                // Each contact's letter is recorded right after its send: only the one handed over and not yet
                // recorded when the worker died may go again – never its participant's other contacts'.
                assertTrue(keysTwice.size() <= 1, context + ": only the letter in flight may go again: " + keysTwice);
            }
        }
        assertTrue(killed >= 2 * (calls / 4), "killed runs: " + killed);
    }

    @Test
    void aContactWhoseSendFailedIsSentToAloneNextTimeAndARefusedAddressIsDone() {
        String table = freshTable();
        MutableClock clock = new MutableClock(Instant.parse("2027-04-20T08:00:00Z"));
        List<String> three = List.of("vadiba@org-000.lv", "info@org-000.lv", "gramatvediba@org-000.lv");
        ContactStore contacts = FixedContacts.addresses(HASHER, id -> id.equals("org-000") ? three : emailsOf(id));
        CountingMailer counting = new CountingMailer();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        Mailer mailer = mail -> {
            if (mail.to().equals(three.get(1)) && failures.getAndIncrement() == 0) {
                throw new lv.praise.domain.MailNotSentException(lv.praise.domain.MailNotSentException.Reason.UNREACHABLE,
                        "injected", null);
            }
            if (mail.to().equals("info@org-003.lv")) {
                throw new lv.praise.domain.MailNotSentException(lv.praise.domain.MailNotSentException.Reason.REJECTED,
                        "injected: address refused", null);
            }
            counting.send(mail);
        };
        lv.praise.domain.jobs.Job job = new lv.praise.domain.jobs.Job(YEAR, JobKind.REPORTS, "r", JobState.RUNNING, null,
                clock.instant(), clock.instant(), 1, "queued", 0, 0, null, Map.of());
        Map<String, String> first = delivery(dynamo, table, mailer, clock, contacts).work().run(job, (s, d, t) -> { });
        assertEquals("1", first.get("failed"), first.toString());
        var org0 = dynamo.getItem(r -> r.tableName(table).key(Keys.report(YEAR, "org-000")).consistentRead(true)).item();
        assertEquals("FAILED", org0.get(AwardItems.STATE).s());
        assertEquals("unreachable", org0.get("lastError").s());
        assertEquals(Set.of(HASHER.hash(three.get(0)), HASHER.hash(three.get(2))), Set.copyOf(org0.get("sentTo").ss()),
                "the contacts done, by keyed hash");
        var org3 = dynamo.getItem(r -> r.tableName(table).key(Keys.report(YEAR, "org-003")).consistentRead(true)).item();
        assertEquals("SENT", org3.get(AwardItems.STATE).s(), "a refused address is done");
        assertEquals(List.of(HASHER.hash("info@org-003.lv")), org3.get("refusedTo").ss());

        // The organiser's next start: only org-000's failed contact gets a letter.
        clock.advance(Duration.ofMinutes(10));
        Map<String, Integer> before = new TreeMap<>(counting.handedOver);
        Map<String, String> second = delivery(dynamo, table, mailer, clock, contacts).work().run(job, (s, d, t) -> { });
        assertEquals("1", second.get("sentNow"), second.toString());
        Map<String, Integer> now = new TreeMap<>(counting.handedOver);
        before.forEach((k, n) -> now.merge(k, -n, Integer::sum));
        now.values().removeIf(n -> n == 0);
        assertEquals(1, now.size(), "one new letter: " + now);
        assertEquals(three.get(1), counting.to.get(now.keySet().iterator().next()));
        counting.handedOver.forEach((k, n) -> assertEquals(1, n, k + " handed over " + n + " times"));
        assertEquals(3, counting.handedOver.keySet().stream().filter(k -> k.startsWith("report-2027-org-000-")).count());
        assertTrue(counting.handedOver.keySet().stream().noneMatch(k -> counting.to.get(k).equals("info@org-003.lv")));
        for (ReportLetter letter : new DynamoReportStore(dynamo, table).all(YEAR)) {
            assertEquals(letter.participantId().equals(NO_CONTACT) ? DeliveryState.NO_CONTACT : DeliveryState.SENT,
                    letter.state(), letter.participantId());
        }
    }
}
