package lv.praise.domain.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
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

/** The reports' rules without PDFs: the month's words, the employee key, and one failed letter among sent ones. */
class ReportsTest {
    private static final KeyedHasher HASHER = new KeyedHasher("a-test-key-of-at-least-thirty-two-characters");

    @Test
    void aRunWhoseTimeIsUpClaimsNoMoreAndLeavesTheRestPendingForTheNextStart() {
        InMemoryStore store = new InMemoryStore();
        MutableClock clock = new MutableClock(Instant.parse("2027-04-20T08:00:00Z"));
        store.save(Campaign.defaults(Fixtures.YEAR).published(Instant.parse("2027-04-12T09:00:00Z"), null));
        store.save(new Participant(Fixtures.YEAR, "org-a", "A", "B2C", "RETAIL", "SMALL", List.of(), null, 0));
        InMemoryReports letters = new InMemoryReports();
        ReportDelivery delivery = new ReportDelivery(store, store, new ContactStore() {
            @Override
            public boolean isContact(int year, String participantId, String emailHash) {
                return false;
            }

            @Override
            public List<Contact> contacts(int year, String participantId) {
                throw new AssertionError("no letter is claimed once the time is up");
            }

            @Override
            public List<String> participantsOf(int year, String emailHash) {
                return List.of();
            }
        }, (y, id) -> Insights.published(id), null, letters, mail -> { }, clock, clock, pause -> { });
        Job job = new Job(Fixtures.YEAR, JobKind.REPORTS, "r", JobState.RUNNING, null, clock.instant(), clock.instant(), 1,
                "queued", 0, 0, null, Map.of());
        Map<String, String> result = delivery.work(lv.praise.domain.awards.Deadline.in(java.time.Duration.ZERO))
                .run(job, (s, d, t) -> { });
        assertEquals("1", result.get("left"));
        assertEquals("true", result.get("outOfTime"));
        assertEquals(DeliveryState.PENDING, letters.all(Fixtures.YEAR).get(0).state());
    }

    @Test
    void aCardHoldsTheTextsOfAnEmployeePraisedOnlyBeforeTheNewestPage() {
        InMemoryStore store = new InMemoryStore();
        store.save(Fixtures.campaign());
        lv.praise.testkit.InMemoryInsight insight = new lv.praise.testkit.InMemoryInsight();
        insight.add(new Participant(Fixtures.YEAR, "veikals", "Veikals", "B2C", "TRADE", "SMALL", List.of(), null, 0));
        Instant first = Instant.parse(Fixtures.YEAR + "-03-02T10:00:00Z");
        insight.approve(praise("old", "Vecā Anna", "Anna sagaidīja ar smaidu.", first));
        insight.approve(praise("merged", "veca anna", "Anna atrada īsto izmēru.", first.plusSeconds(60)));
        for (int i = 0; i < lv.praise.domain.insight.ParticipantInsight.TEXTS + 5; i++) {
            insight.approve(praise("new" + i, "Jānis", "Jānis palīdzēja nr. " + i, first.plusSeconds(3600L + i)));
        }
        List<PraiseCard> drawn = new ArrayList<>();
        Reports reports = new Reports(new lv.praise.domain.insight.ReadInsight(store, insight, Fixtures.clockAt(NOW)), store,
                report -> new byte[0], cards -> {
                    drawn.addAll(cards);
                    return new byte[0];
                }, Fixtures.clockAt(NOW));

        reports.cards(Fixtures.YEAR, "veikals", "Vecā Anna", Lang.LV);
        assertEquals(1, drawn.size());
        assertEquals(2, drawn.get(0).praises());
        assertEquals(List.of("Anna atrada īsto izmēru.", "Anna sagaidīja ar smaidu."), drawn.get(0).texts(),
                "her own approved praise, newest first, though none is on the page's newest "
                        + lv.praise.domain.insight.ParticipantInsight.TEXTS);

        drawn.clear();
        reports.cards(Fixtures.YEAR, "veikals", null, Lang.LV);
        assertEquals(lv.praise.domain.insight.ParticipantInsight.TEXTS + 5,
                drawn.stream().filter(c -> c.employeeName().equals("Jānis")).findFirst().orElseThrow().texts().size(),
                "every text of an employee named more often than the page holds");
    }

    private static final Instant NOW = Instant.parse(Fixtures.YEAR + "-03-20T10:00:00Z");

    private static lv.praise.domain.Praise praise(String id, String employee, String text, Instant confirmedAt) {
        return lv.praise.domain.Praise.of(id, Fixtures.YEAR, "Veikals",
                new lv.praise.domain.Praise.Content("veikals", null, employee, 5, List.of("speed"), text,
                        lv.praise.domain.Channel.ONLINE, Lang.LV),
                new lv.praise.domain.Praise.State(lv.praise.domain.PraiseStatus.CONFIRMED, null, null, confirmedAt, null,
                        confirmedAt));
    }

    @Test
    void theMonthAsACardHeadsIt() {
        assertEquals("2027. gada marts", Reports.month(Lang.LV, YearMonth.of(2027, 3)));
        assertEquals("March 2027", Reports.month(Lang.EN, YearMonth.of(2027, 3)));
        assertEquals("2028. gada februāris", Reports.month(Lang.LV, YearMonth.of(2028, 2)));
    }

    @Test
    void theEmployeeKeyComparesLeniently() {
        assertEquals("anna berzina", Reports.employeeKey("Anna Bērziņa"));
        assertEquals("anna berzina", Reports.employeeKey("  ANNA  BĒRZIŅA "));
        assertEquals("girts cakste", Reports.employeeKey("Ģirts\tČakste"));
    }

    @Test
    void aLetterNotSentIsFailedWithItsReasonAndTheOthersGoOutAndNoReportBeforePublication() {
        InMemoryStore store = new InMemoryStore();
        MutableClock clock = new MutableClock(Instant.parse("2027-04-20T08:00:00Z"));
        store.save(Campaign.defaults(Fixtures.YEAR));
        List<String> ids = List.of("org-a", "org-b", "org-c");
        for (String id : ids) {
            store.save(new Participant(Fixtures.YEAR, id, "Organizācija " + id, "B2C", "RETAIL", "SMALL", List.of(), null, 0));
        }
        ContactStore contacts = FixedContacts.addresses(HASHER, id -> List.of("vadiba@" + id + ".lv"));
        List<OutgoingMail> sent = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger paused = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger throttled = new java.util.concurrent.atomic.AtomicInteger();
        Mailer mailer = mail -> {
            if (mail.to().contains("org-c") && throttled.getAndIncrement() < 2) {
                // The mail service asks to slow down twice: the letter waits and goes, it does not fail.
                throw new MailNotSentException(MailNotSentException.Reason.THROTTLED, "slow down", null);
            }
            if (mail.to().contains("org-b")) {
                throw new MailNotSentException(MailNotSentException.Reason.UNREACHABLE, "unreachable", null);
            }
            sent.add(mail);
        };
        ReportRenderer pdf = report -> new byte[] {'%', 'P', 'D', 'F'};
        Reports reports = new Reports((y, id) -> Insights.published(id), store, pdf, cards -> new byte[0], clock);
        InMemoryReports letters = new InMemoryReports();
        ReportDelivery delivery = new ReportDelivery(store, store, contacts, (y, id) -> Insights.published(id), reports,
                letters, mailer, clock, clock, pause -> paused.incrementAndGet());
        Job job = new Job(Fixtures.YEAR, JobKind.REPORTS, "r", JobState.RUNNING, null, clock.instant(), clock.instant(), 1,
                "queued", 0, 0, null, Map.of());

        assertThrows(RefusedException.class, () -> delivery.work().run(job, (s, d, t) -> { }), "not published yet");
        assertEquals(0, sent.size());

        store.save(Campaign.defaults(Fixtures.YEAR).published(Instant.parse("2027-04-12T09:00:00Z"), null));
        Map<String, String> result = delivery.work().run(job, (s, d, t) -> { });
        assertEquals("2", result.get("sentNow"));
        assertEquals("1", result.get("failed"));
        assertEquals(java.util.Set.of("vadiba@org-a.lv", "vadiba@org-c.lv"), sent.stream().map(OutgoingMail::to).collect(java.util.stream.Collectors.toSet()));
        ReportLetter failed = letters.all(Fixtures.YEAR).stream().filter(l -> l.participantId().equals("org-b")).findFirst().orElseThrow();
        assertEquals(DeliveryState.FAILED, failed.state());
        assertEquals("unreachable", failed.lastError());
        assertEquals(2, paused.get(), "two pauses for the two throttled tries");
        assertEquals("0", result.get("left"));

        // Run again: only the failed one is tried again.
        sent.clear();
        delivery.work().run(job, (s, d, t) -> { });
        assertEquals(List.of(), sent);
        assertEquals(2, letters.all(Fixtures.YEAR).stream().filter(l -> l.participantId().equals("org-b")).findFirst()
                .orElseThrow().attempts());
    }
}
