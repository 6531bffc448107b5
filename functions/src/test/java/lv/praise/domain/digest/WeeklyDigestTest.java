package lv.praise.domain.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.RejectReason;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryDigestStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

class WeeklyDigestTest {
    private static final Campaign CAMPAIGN = Campaign.defaults(2027);
    /** Monday 8 March 2027, 09:00 in Riga: the run for 1–7 March. */
    private static final Instant MONDAY = Instant.parse("2027-03-08T07:00:00Z");
    private static final String LIBRARY = "preilu-galvena-biblioteka";
    private static final String BAKERY = "maiznica-rudzupuke";

    private final KeyedHasher hasher = new KeyedHasher(Fixtures.EMAIL_KEY);
    private final InMemoryDigestStore store = new InMemoryDigestStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(MONDAY);
    private final MutableClock leaseClock = new MutableClock(MONDAY);
    private final WeeklyDigest digest = new WeeklyDigest(() -> CAMPAIGN, store, mailer, hasher,
            SiteUrl.of(Fixtures.SITE), clock, leaseClock);

    static ModeratedPraise praise(String id, String participant, String day, int stars, String employee, String text,
                                  ModerationStatus status) {
        Instant at = Instant.parse(day);
        Praise p = Praise.of(id, 2027,
                LIBRARY.equals(participant) ? "Preiļu Galvenā bibliotēka" : "Maiznīca Rudzupuķe",
                new Praise.Content(participant, null, employee, stars, List.of(), text, Channel.ONLINE, Lang.LV),
                new Praise.State(PraiseStatus.CONFIRMED, null, null, at.minusSeconds(60), null, at));
        return new ModeratedPraise(p, status, status == ModerationStatus.REJECTED ? RejectReason.ABUSIVE : null,
                null, null, null);
    }

    private void contact(String participant, String email, Lang lang) {
        store.contact(participant, email, hasher.hash(email), lang);
    }

    @Test
    void theContentCountsAndQuotesApprovedPraiseOnlyWithTheEmployeesNamedLeniently() {
        List<ModeratedPraise> week = List.of(
                praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 4, "Anna Bērziņa", "Laipna un zinoša.", ModerationStatus.APPROVED),
                praise("p2", LIBRARY, "2027-03-03T10:00:00Z", 5, "anna  berzina", "Palīdzēja atrast grāmatu.", ModerationStatus.APPROVED),
                praise("p3", LIBRARY, "2027-03-04T10:00:00Z", 5, "Jānis", "Noraidītais teksts.", ModerationStatus.REJECTED),
                praise("p4", LIBRARY, "2027-03-05T10:00:00Z", 5, "Pēteris", "Gaida moderāciju.", ModerationStatus.PENDING),
                praise("p5", LIBRARY, "2027-03-06T10:00:00Z", 3, null, "Labi.", ModerationStatus.APPROVED),
                praise("p6", BAKERY, "2027-03-06T11:00:00Z", 5, "Ilze", "Cita dalībnieka teksts.", ModerationStatus.APPROVED));
        DigestContent content = DigestContent.of(LIBRARY, week);
        assertEquals(3, content.praises(), "approved praise of this participant only");
        assertEquals(List.of(new DigestContent.Employee("anna  berzina", 2)), content.employees(),
                "one employee in two spellings, the newest spelling; the rejected and pending praise's names left out");
        assertEquals(List.of(new DigestContent.Quote(5, "Palīdzēja atrast grāmatu."),
                new DigestContent.Quote(4, "Laipna un zinoša.")), content.quotes(), "the two warmest approved texts");
        assertNull(DigestContent.of(LIBRARY, List.of(week.get(2), week.get(3))), "no approved praise: no digest");
    }

    @Test
    void eachContactNotOptedOutGetsOneDigestInItsLanguageWithTheLinks() {
        store.add(praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 5, "Anna", "Ļoti laipni apkalpoja.", ModerationStatus.APPROVED));
        store.add(praise("p2", LIBRARY, "2027-03-07T21:30:00Z", 4, null, "Sestdienas vakarā arī.", ModerationStatus.APPROVED));
        // Confirmed after Sunday midnight in Riga: next week's.
        store.add(praise("p3", LIBRARY, "2027-03-07T22:00:00Z", 5, null, "Nākamās nedēļas.", ModerationStatus.APPROVED));
        store.add(praise("p4", LIBRARY, "2027-03-03T10:00:00Z", 1, null, "Noraidīts.", ModerationStatus.REJECTED));
        contact(LIBRARY, "info@preili.example.lv", null);
        contact(LIBRARY, "director@preili.example.lv", Lang.EN);
        contact(LIBRARY, "gone@preili.example.lv", Lang.ET);
        store.optOut(2027, LIBRARY, hasher.hash("gone@preili.example.lv"), MONDAY.minusSeconds(3600));

        DigestRun run = digest.run(Deadline.none());

        assertEquals(new DigestRun(2027, "2027-W09", true, 1, 1, 0, 0, 0, 0, 2, true), run);
        List<OutgoingMail> mails = mailer.sent();
        assertEquals(Set.of("info@preili.example.lv", "director@preili.example.lv"),
                mails.stream().map(OutgoingMail::to).collect(Collectors.toSet()), "the opted-out contact gets none");
        OutgoingMail lv = mails.stream().filter(m -> m.to().startsWith("info")).findFirst().orElseThrow();
        assertEquals(Lang.LV, lv.lang());
        assertEquals("Preiļu Galvenā bibliotēka: 2 uzslavas pagājušajā nedēļā", lv.subject());
        assertTrue(lv.text().contains("(1. marts – 2027. gada 7. marts) saņēma 2 apstiprinātas uzslavas"), lv.text());
        assertTrue(lv.text().contains("Uzslavētie darbinieki: Anna (1)"), lv.text());
        assertTrue(lv.text().contains("★★★★★ „Ļoti laipni apkalpoja.”"), lv.text());
        assertFalse(lv.text().contains("Noraidīts") || lv.text().contains("Nākamās"), lv.text());
        assertTrue(lv.text().contains(Fixtures.SITE + "/my/?lang=lv"), lv.text());
        String token = lv.text().replaceAll("(?s).*/my/opt-out\\.html\\?lang=lv&token=([A-Za-z0-9_.-]+).*", "$1");
        assertEquals(new DigestOptOutToken(2027, LIBRARY, hasher.hash("info@preili.example.lv")),
                DigestOptOutToken.verify(token, hasher), "the link opts out this contact of this participant");
        OutgoingMail en = mails.stream().filter(m -> m.to().startsWith("director")).findFirst().orElseThrow();
        assertEquals(Lang.EN, en.lang());
        assertEquals("Preiļu Galvenā bibliotēka: 2 praises last week", en.subject());
        assertTrue(en.text().contains("Employees named: Anna (1)") && en.text().contains("/my/opt-out.html?lang=en&token="),
                en.text());
        assertTrue(lv.deliveryKey().startsWith("digest-2027-w09-") && !lv.deliveryKey().equals(en.deliveryKey()));
        assertEquals("SENT", store.digests().get(LIBRARY + "#2027-W09").state());
        assertEquals(2, store.digests().get(LIBRARY + "#2027-W09").recipients());
    }

    @Test
    void aRetriedRunSendsNothingNewAndAParticipantWithoutApprovedPraiseGetsNone() {
        store.add(praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 5, null, "Paldies.", ModerationStatus.APPROVED));
        store.add(praise("p2", BAKERY, "2027-03-02T10:00:00Z", 1, null, "Noraidīts.", ModerationStatus.REJECTED));
        contact(LIBRARY, "info@preili.example.lv", Lang.LV);
        contact(BAKERY, "maize@rudzupuke.example.lv", Lang.LV);
        assertEquals(1, digest.run(Deadline.none()).sent());
        assertEquals(1, mailer.sent().size());
        leaseClock.advance(Duration.ofHours(1));
        DigestRun again = digest.run(Deadline.none());
        assertEquals(0, again.sent());
        assertEquals(1, again.done());
        assertEquals(1, mailer.sent().size(), "a retry sends nothing new");
    }

    @Test
    void aRunOutOfTimeStopsCleanlyAndTheNextContinues() {
        for (String p : List.of(LIBRARY, BAKERY)) {
            store.add(praise("p-" + p, p, "2027-03-02T10:00:00Z", 5, null, "Paldies.", ModerationStatus.APPROVED));
            contact(p, "info@" + p + ".example.lv", Lang.LV);
        }
        DigestRun stopped = digest.run(Deadline.in(Duration.ZERO));
        assertFalse(stopped.finished());
        assertEquals(0, mailer.sent().size());
        assertTrue(store.digests().isEmpty(), "nothing claimed after the deadline");
        DigestRun next = digest.run(Deadline.none());
        assertTrue(next.finished());
        assertEquals(2, next.sent());
        assertEquals(2, mailer.sent().size());
    }

    @Test
    void aFailedSendLeavesTheClaimToExpireAndALaterRunTakesItOver() {
        store.add(praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 5, null, "Paldies.", ModerationStatus.APPROVED));
        contact(LIBRARY, "info@preili.example.lv", Lang.LV);
        mailer.failing(true);
        DigestRun failed = digest.run(Deadline.none());
        assertEquals(1, failed.failed());
        assertEquals("SENDING", store.digests().get(LIBRARY + "#2027-W09").state());
        mailer.failing(false);
        assertEquals(1, digest.run(Deadline.none()).done(), "held while the claim is fresh");
        assertEquals(0, mailer.sent().size());
        leaseClock.advance(WeeklyDigest.LEASE.plusSeconds(1));
        assertEquals(1, digest.run(Deadline.none()).sent(), "a stale claim is taken over");
        assertEquals(1, mailer.sent().size());
    }

    /** A mailer that fails given addresses (each by its own failure, while it is listed) and records the others. */
    private static final class ScriptedMailer implements lv.praise.domain.Mailer {
        final java.util.Map<String, RuntimeException> failing = new java.util.HashMap<>();
        final java.util.Map<String, Integer> got = new java.util.TreeMap<>();
        final java.util.Set<String> keys = new java.util.HashSet<>();

        @Override
        public void send(OutgoingMail mail) {
            RuntimeException failure = failing.get(mail.to());
            if (failure != null) {
                throw failure;
            }
            got.merge(mail.to(), 1, Integer::sum);
            keys.add(mail.deliveryKey());
        }
    }

    private WeeklyDigest digest(lv.praise.domain.Mailer mailer) {
        return new WeeklyDigest(() -> CAMPAIGN, store, mailer, hasher, SiteUrl.of(Fixtures.SITE), clock, leaseClock);
    }

    @Test
    void whenTheSecondContactsSendFailsTheRetrySendsToItAloneAndEachContactGetsOneDigest() {
        store.add(praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 5, null, "Paldies.", ModerationStatus.APPROVED));
        contact(LIBRARY, "first@preili.example.lv", Lang.LV);
        contact(LIBRARY, "second@preili.example.lv", Lang.EN);
        contact(LIBRARY, "third@preili.example.lv", Lang.ET);
        for (RuntimeException failure : List.of(
                new lv.praise.domain.MailNotSentException(lv.praise.domain.MailNotSentException.Reason.THROTTLED, "slow down", null),
                new lv.praise.domain.MailNotSentException(lv.praise.domain.MailNotSentException.Reason.SENDER_REFUSED, "paused", null),
                new IllegalStateException("the answer was lost"))) {
            store.clear();
            ScriptedMailer mailer = new ScriptedMailer();
            mailer.failing.put("second@preili.example.lv", failure);
            DigestRun first = digest(mailer).run(Deadline.none());
            assertEquals(1, first.failed(), failure.toString());
            assertEquals(2, first.mails());
            assertEquals(java.util.Map.of("first@preili.example.lv", 1, "third@preili.example.lv", 1), mailer.got);
            InMemoryDigestStore.Item held = store.digests().get(LIBRARY + "#2027-W09");
            assertEquals("SENDING", held.state());
            assertEquals(Set.of(hasher.hash("first@preili.example.lv"), hasher.hash("third@preili.example.lv")),
                    held.done().sent(), "each contact recorded by its keyed hash right after its send");
            boolean unknown = failure instanceof IllegalStateException;
            assertEquals(unknown, held.token() != null,
                    "an unknown outcome keeps the claim until it is stale; a certain one gives it up at once");

            mailer.failing.clear();
            // Lambda's retry (a minute on); a claim kept must first go stale.
            leaseClock.advance(unknown ? WeeklyDigest.LEASE.plusSeconds(1) : Duration.ofMinutes(1));
            DigestRun retry = digest(mailer).run(Deadline.none());
            assertEquals(1, retry.sent(), failure.toString());
            assertEquals(1, retry.mails(), "only the contact not done");
            assertEquals(java.util.Map.of("first@preili.example.lv", 1, "second@preili.example.lv", 1,
                    "third@preili.example.lv", 1), mailer.got, failure.toString());
            assertEquals("SENT", store.digests().get(LIBRARY + "#2027-W09").state());
            assertEquals(3, store.digests().get(LIBRARY + "#2027-W09").recipients());
            leaseClock.advance(Duration.ofHours(1));
            assertEquals(1, digest(mailer).run(Deadline.none()).done());
            assertEquals(3, mailer.got.values().stream().mapToInt(Integer::intValue).sum(), "nothing more, ever");
        }
    }

    @Test
    void aContactRefusedForGoodIsDoneNotTriedAgainAndTheParticipantEndsSent() {
        store.add(praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 5, null, "Paldies.", ModerationStatus.APPROVED));
        contact(LIBRARY, "first@preili.example.lv", Lang.LV);
        contact(LIBRARY, "bounced@preili.example.lv", Lang.LV);
        contact(LIBRARY, "third@preili.example.lv", Lang.LV);
        ScriptedMailer mailer = new ScriptedMailer();
        mailer.failing.put("bounced@preili.example.lv", new lv.praise.domain.MailNotSentException(
                lv.praise.domain.MailNotSentException.Reason.REJECTED, "address refused", null));
        DigestRun run = digest(mailer).run(Deadline.none());
        assertEquals(1, run.sent());
        assertEquals(0, run.failed());
        InMemoryDigestStore.Item item = store.digests().get(LIBRARY + "#2027-W09");
        assertEquals("SENT", item.state());
        assertEquals(2, item.recipients(), "two got it");
        assertEquals(Set.of(hasher.hash("bounced@preili.example.lv")), item.done().refused());
        leaseClock.advance(Duration.ofHours(1));
        assertEquals(1, digest(mailer).run(Deadline.none()).done());
        assertEquals(java.util.Map.of("first@preili.example.lv", 1, "third@preili.example.lv", 1), mailer.got);
    }

    @Test
    void aDigestWhoseEveryContactWasRefusedForGoodIsDoneButNotCountedAsSent() {
        store.add(praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 5, null, "Paldies.", ModerationStatus.APPROVED));
        contact(LIBRARY, "bounced@preili.example.lv", Lang.LV);
        contact(LIBRARY, "gone@preili.example.lv", Lang.LV);
        ScriptedMailer mailer = new ScriptedMailer();
        for (String e : List.of("bounced@preili.example.lv", "gone@preili.example.lv")) {
            mailer.failing.put(e, new lv.praise.domain.MailNotSentException(
                    lv.praise.domain.MailNotSentException.Reason.REJECTED, "address refused", null));
        }
        DigestRun run = digest(mailer).run(Deadline.none());
        assertEquals(0, run.sent(), "nobody got it");
        assertEquals(1, run.refused());
        assertEquals(0, run.failed());
        assertEquals(0, run.mails());
        assertEquals(0, store.digests().get(LIBRARY + "#2027-W09").recipients());
        leaseClock.advance(Duration.ofHours(1));
        mailer.failing.clear();
        assertEquals(1, digest(mailer).run(Deadline.none()).done(), "done: a refused address is not tried again");
        assertTrue(mailer.got.isEmpty(), mailer.got.toString());
    }

    @Test
    void aRunWhoseClaimWasTakenOverMidWayLeavesTheRestToTheRunHoldingIt() {
        store.add(praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 5, null, "Paldies.", ModerationStatus.APPROVED));
        contact(LIBRARY, "first@preili.example.lv", Lang.LV);
        contact(LIBRARY, "second@preili.example.lv", Lang.LV);
        ScriptedMailer later = new ScriptedMailer();
        // The first run's first send takes so long that its claim goes stale and a second run takes the participant
        // over and finishes it; the first run's late mail is recorded, and it writes to nobody else.
        lv.praise.domain.Mailer slow = new lv.praise.domain.Mailer() {
            boolean once;

            @Override
            public void send(OutgoingMail mail) {
                later.send(mail);
                if (!once) {
                    once = true;
                    leaseClock.advance(WeeklyDigest.LEASE.plusSeconds(1));
                    assertEquals(1, digest(later).run(Deadline.none()).sent(), "the second run finishes it");
                }
            }
        };
        DigestRun first = digest(slow).run(Deadline.none());
        assertEquals(1, first.done(), "left to the run that took it over");
        assertEquals(0, first.sent());
        assertEquals(java.util.Map.of("first@preili.example.lv", 2, "second@preili.example.lv", 1), later.got,
                "only the mail in flight at the take-over went twice (same delivery key)");
        assertEquals(2, later.keys.size());
        assertEquals("SENT", store.digests().get(LIBRARY + "#2027-W09").state());
    }

    @Test
    void aPraiseIsInTheDigestOfTheWeekItWasApprovedSoOneApprovedAfterAMondaysRunIsInTheNext() {
        // Confirmed on Sunday 7 March, approved on Tuesday 9 March: after the run of 8 March.
        ModeratedPraise weekend = praise("p1", LIBRARY, "2027-03-07T10:00:00Z", 5, null, "Svētdienas uzslava.",
                ModerationStatus.APPROVED);
        store.add(new ModeratedPraise(weekend.praise(), weekend.status(), null, null,
                Instant.parse("2027-03-09T08:00:00Z"), null));
        store.add(praise("p2", LIBRARY, "2027-03-02T10:00:00Z", 4, null, "Otrdienas uzslava.", ModerationStatus.APPROVED));
        contact(LIBRARY, "info@preili.example.lv", Lang.LV);
        digest.run(Deadline.none());
        assertEquals(1, mailer.sent().size());
        assertTrue(mailer.last().text().contains("Otrdienas uzslava.") && !mailer.last().text().contains("Svētdienas"),
                "not yet approved at the run of 8 March: " + mailer.last().text());

        clock.advance(Duration.ofDays(7));
        leaseClock.advance(Duration.ofDays(7));
        DigestRun next = digest.run(Deadline.none());
        assertEquals("2027-W10", next.week());
        assertEquals(1, next.sent());
        assertTrue(mailer.last().text().contains("Svētdienas uzslava.") && mailer.last().text().contains("saņēma 1 "),
                "in the digest of the week it was approved: " + mailer.last().text());
        assertFalse(mailer.last().text().contains("Otrdienas"), "and each praise in one digest only");
    }

    @Test
    void aPraiseConfirmedInTheLastWeekAndApprovedAfterTheMondayFollowingTheCloseIsInTheNextMondaysDigestOnce() {
        // The window closes on Wednesday 31 March; moderation carries on: approved on Monday 5 April, 08:00 in Riga.
        ModeratedPraise last = praise("p1", LIBRARY, "2027-03-31T15:00:00Z", 5, null, "Pēdējās dienas uzslava.",
                ModerationStatus.APPROVED);
        store.add(new ModeratedPraise(last.praise(), last.status(), null, null,
                LocalDate.of(2027, 4, 5).atTime(8, 0).atZone(Campaign.RIGA).toInstant(), null));
        contact(LIBRARY, "info@preili.example.lv", Lang.LV);
        int mails = 0;
        for (int day : List.of(5, 12, 19)) {
            Instant monday = LocalDate.of(2027, 4, day).atTime(9, 0).atZone(Campaign.RIGA).toInstant();
            clock.set(monday);
            leaseClock.set(monday);
            DigestRun run = digest.run(Deadline.none());
            assertTrue(run.active(), "the weeks after the close are read until the results are published: " + day);
            mails += run.mails();
            if (day == 12) {
                assertEquals(1, run.sent(), "the week it was approved in");
                assertTrue(mailer.last().text().contains("Pēdējās dienas uzslava."), mailer.last().text());
            }
        }
        assertEquals(1, mails, "in exactly one digest");
        assertEquals(1, mailer.sent().size());
    }

    @Test
    void aWeekAfterTheCloseTellsOnlyAboutPraiseConfirmedWithinTheWindow() {
        ModeratedPraise after = praise("p1", LIBRARY, "2027-04-06T10:00:00Z", 5, null, "Pēc loga.",
                ModerationStatus.APPROVED);
        store.add(after);
        contact(LIBRARY, "info@preili.example.lv", Lang.LV);
        Instant monday = LocalDate.of(2027, 4, 12).atTime(9, 0).atZone(Campaign.RIGA).toInstant();
        clock.set(monday);
        leaseClock.set(monday);
        DigestRun run = digest.run(Deadline.none());
        assertEquals(0, run.participants());
        assertTrue(mailer.sent().isEmpty());
    }

    @Test
    void aPraiseApprovedRejectedAndApprovedAgainLaterIsInTheDigestOfItsFirstApprovalOnly() {
        ModeratedPraise p = praise("p1", LIBRARY, "2027-03-02T10:00:00Z", 5, null, "Vēlreiz apstiprināta.",
                ModerationStatus.PENDING);
        lv.praise.domain.Actor anna = Fixtures.organiser("anna@example.lv");
        ModeratedPraise again = p.decided(ModerationStatus.APPROVED, null, anna, Instant.parse("2027-03-03T10:00:00Z"))
                .decided(ModerationStatus.REJECTED, RejectReason.ABUSIVE, anna, Instant.parse("2027-03-09T10:00:00Z"))
                .decided(ModerationStatus.APPROVED, null, anna, Instant.parse("2027-03-10T10:00:00Z"));
        assertEquals(Instant.parse("2027-03-03T10:00:00Z"), again.firstApprovedAt(), "kept through the decisions");
        store.add(again);
        contact(LIBRARY, "info@preili.example.lv", Lang.LV);
        assertEquals(1, digest.run(Deadline.none()).sent(), "week 9: its first approval's");
        clock.advance(Duration.ofDays(7));
        leaseClock.advance(Duration.ofDays(7));
        DigestRun next = digest.run(Deadline.none());
        assertEquals("2027-W10", next.week());
        assertEquals(0, next.participants(), "not again in the week it was approved again");
        assertEquals(1, mailer.sent().size());
    }

    @Test
    void outsideTheWindowsWeeksNothingIsReadOrSent() {
        store.add(praise("p1", LIBRARY, "2027-02-24T10:00:00Z", 5, null, "Paldies.", ModerationStatus.APPROVED));
        contact(LIBRARY, "info@preili.example.lv", Lang.LV);
        clock.advance(Duration.between(MONDAY, LocalDate.of(2027, 3, 1).atTime(9, 0).atZone(Campaign.RIGA).toInstant()));
        DigestRun run = digest.run(Deadline.none());
        assertFalse(run.active());
        assertEquals("2027-W08", run.week());
        assertTrue(mailer.sent().isEmpty());
    }
}
