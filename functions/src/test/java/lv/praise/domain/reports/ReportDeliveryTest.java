package lv.praise.domain.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lv.praise.domain.Campaign;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Participant;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.JobState;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryReports;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.Insights;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.FixedContacts;
import org.junit.jupiter.api.Test;

/**
 * "Send every participant its report" to a participant with three contacts: exactly one letter per contact, however
 * often the job runs – a contact whose send failed is tried again alone, an address refused for good is done.
 */
class ReportDeliveryTest {
    private static final KeyedHasher HASHER = new KeyedHasher("a-test-key-of-at-least-thirty-two-characters");
    private static final String ORG = "org-a";
    private static final List<String> EMAILS = List.of("vadiba@org-a.lv", "info@org-a.lv", "gramatvediba@org-a.lv");

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-04-20T08:00:00Z"));
    private final InMemoryReports letters = new InMemoryReports();
    /** Per address: the failure its next sends meet (while listed). */
    private final Map<String, RuntimeException> failing = new HashMap<>();
    private final Map<String, Integer> got = new TreeMap<>();
    private final List<OutgoingMail> mails = new ArrayList<>();
    /** The contacts' languages (none: Latvian). */
    private final Map<String, lv.praise.domain.Lang> langs = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();
    private final Mailer mailer = mail -> {
        RuntimeException failure = failing.get(mail.to());
        if (failure != null) {
            throw failure;
        }
        got.merge(mail.to(), 1, Integer::sum);
        keys.add(mail.deliveryKey());
        mails.add(mail);
    };
    private final ContactStore contacts = new FixedContacts(id -> EMAILS.stream()
            .map(e -> new Contact(id, e, HASHER.hash(e), false, Instant.EPOCH, langs.get(e))).toList());
    private final Job job = new Job(Fixtures.YEAR, JobKind.REPORTS, "r", JobState.RUNNING, null, clock.instant(),
            clock.instant(), 1, "queued", 0, 0, null, Map.of());

    ReportDeliveryTest() {
        store.save(Campaign.defaults(Fixtures.YEAR).published(Instant.parse("2027-04-12T09:00:00Z"), null));
        store.save(new Participant(Fixtures.YEAR, ORG, "Organizācija A", "B2C", "RETAIL", "SMALL", List.of(), null, 0));
    }

    private Map<String, String> run() {
        Reports reports = new Reports((y, id) -> Insights.published(id), store, report -> {
                    drawn.incrementAndGet();
                    return new byte[] {'%', 'P', 'D', 'F'};
                },
                cards -> new byte[0], clock);
        ReportDelivery delivery = new ReportDelivery(store, store, contacts, (y, id) -> Insights.published(id), reports,
                letters, mailer, clock, clock, pause -> { });
        return delivery.work().run(job, (s, d, t) -> { });
    }

    private ReportLetter letter() {
        return letters.all(Fixtures.YEAR).get(0);
    }

    @Test
    void whenTheSecondContactsSendFailsTheNextStartSendsToItAloneAndEachContactGetsOneLetter() {
        for (RuntimeException failure : List.of(
                new MailNotSentException(MailNotSentException.Reason.UNREACHABLE, "unreachable", null),
                new MailNotSentException(MailNotSentException.Reason.SENDER_REFUSED, "sending paused", null),
                new MailNotSentException(MailNotSentException.Reason.THROTTLED, "slow down", null),
                new IllegalStateException("the answer was lost"))) {
            got.clear();
            keys.clear();
            letters.clear();
            failing.clear();
            failing.put(EMAILS.get(1), failure);
            Map<String, String> first = run();
            assertEquals("1", first.get("failed"), failure.toString());
            assertEquals(Map.of(EMAILS.get(0), 1, EMAILS.get(2), 1), got, "the third is not held up by the second");
            assertEquals(DeliveryState.FAILED, letter().state());
            assertEquals(Set.of(HASHER.hash(EMAILS.get(0)), HASHER.hash(EMAILS.get(2))),
                    letters.done(Fixtures.YEAR, ORG).sent(), "each contact recorded by its keyed hash");

            failing.clear();
            clock.advance(Duration.ofMinutes(5));
            Map<String, String> second = run();
            assertEquals("1", second.get("sentNow"), failure.toString());
            assertEquals(Map.of(EMAILS.get(0), 1, EMAILS.get(1), 1, EMAILS.get(2), 1), got, failure.toString());
            assertEquals(3, Set.copyOf(keys).size());
            assertEquals(DeliveryState.SENT, letter().state());
            run();
            assertEquals(3, keys.size(), "a sent letter is never sent again");
        }
    }

    @Test
    void anAddressRefusedForGoodIsDoneAndTheLetterEndsSent() {
        failing.put(EMAILS.get(1), new MailNotSentException(MailNotSentException.Reason.REJECTED, "address refused", null));
        Map<String, String> first = run();
        assertEquals("1", first.get("sentNow"));
        assertEquals("0", first.get("failed"));
        assertEquals(DeliveryState.SENT, letter().state());
        assertEquals(Set.of(HASHER.hash(EMAILS.get(1))), letters.done(Fixtures.YEAR, ORG).refused());
        assertEquals(Map.of(EMAILS.get(0), 1, EMAILS.get(2), 1), got);
        run();
        assertEquals(2, keys.size());
    }

    @Test
    void aLetterWhoseEveryContactWasRefusedForGoodIsFailedRefusedNotSentAndNotTriedAgain() {
        for (String e : EMAILS) {
            failing.put(e, new MailNotSentException(MailNotSentException.Reason.REJECTED, "address refused", null));
        }
        Map<String, String> first = run();
        assertEquals("0", first.get("sentNow"));
        assertEquals("0", first.get("sent"), "nobody got it: not counted as sent");
        assertEquals("1", first.get("failed"));
        assertEquals(DeliveryState.FAILED, letter().state());
        assertEquals(ReportDelivery.REFUSED, letter().lastError());
        assertEquals(3, letters.done(Fixtures.YEAR, ORG).refused().size());

        failing.clear();
        clock.advance(Duration.ofMinutes(5));
        Map<String, String> again = run();
        assertTrue(got.isEmpty(), "a refused address is never written to again: " + got);
        assertEquals(DeliveryState.FAILED, letter().state());
        assertEquals(ReportDelivery.REFUSED, letter().lastError());
        assertEquals("1", again.get("failed"));
    }

    @Test
    void aStartFindingEveryContactDoneMarksTheLetterSentWithoutSendingOrDrawingIt() {
        // The run before handed every letter over and recorded them, and died before the mark; its claim went stale.
        failing.put(EMAILS.get(2), new IllegalStateException("the answer was lost"));
        run();
        failing.clear();
        assertTrue(letters.recordDone(Fixtures.YEAR, ORG, HASHER.hash(EMAILS.get(2))));
        clock.advance(Duration.ofMinutes(5));
        int drawnBefore = drawn.get();
        Map<String, String> again = run();
        assertEquals(drawnBefore, drawn.get(), "no report drawn for nobody");
        assertEquals("1", again.get("sentNow"));
        assertEquals(DeliveryState.SENT, letter().state());
        assertEquals(Map.of(EMAILS.get(0), 1, EMAILS.get(1), 1), got);
    }

    @Test
    void eachContactGetsTheLetterAndReportInItsLanguageAnEstonianContactTheEnglishOnes() {
        langs.put(EMAILS.get(1), lv.praise.domain.Lang.EN);
        langs.put(EMAILS.get(2), lv.praise.domain.Lang.ET);
        run();
        Map<String, OutgoingMail> by = new HashMap<>();
        mails.forEach(m -> by.put(m.to(), m));
        assertEquals(lv.praise.domain.Lang.LV, by.get(EMAILS.get(0)).lang());
        assertTrue(by.get(EMAILS.get(0)).attachments().get(0).fileName().endsWith("-lv.pdf"));
        assertTrue(by.get(EMAILS.get(0)).text().startsWith("Labdien!"));
        for (String e : List.of(EMAILS.get(1), EMAILS.get(2))) {
            OutgoingMail m = by.get(e);
            assertEquals(lv.praise.domain.Lang.EN, m.lang(), e);
            assertTrue(m.attachments().get(0).fileName().endsWith("-en.pdf"), m.attachments().get(0).fileName());
            assertTrue(m.text().startsWith("Hello,") && !m.text().contains("Labdien"), m.text());
        }
        assertEquals(2, drawn.get(), "each language's report drawn once");
    }
}
