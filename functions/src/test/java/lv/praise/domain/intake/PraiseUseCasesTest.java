package lv.praise.domain.intake;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Label;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.Term;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lv.praise.domain.EmailAddressTest;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PraiseUseCasesTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final SubmitPraise submit = new SubmitPraise(YEAR, store, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock);
    private final ConfirmPraise confirm = new ConfirmPraise(store, store, clock);

    @BeforeEach
    void participants() {
        store.save(LIBRARY);
        store.save(BAKERY);
    }

    private static PraiseSubmission praise(String participantId, String email, Lang lang) {
        return new PraiseSubmission(participantId, null, "Ilze", 5, List.of("speed"), "Ātri un laipni!",
                Channel.ONLINE, email, lang);
    }

    private long count(Participant p) {
        return store.find(YEAR, p.id()).orElseThrow().confirmedPraiseCount();
    }

    @Test
    void aSubmittedPraiseWaitsForItsLinkAndThenCountsOnce() {
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV));
        Praise pending = store.praises().get(0);
        assertEquals(PraiseStatus.PENDING, pending.status());
        assertEquals(0, count(LIBRARY), "unconfirmed praise does not count");
        assertFalse(pending.toString().contains("anna@example.lv"), "the address is never stored");

        OutgoingMail mail = mailer.last();
        assertEquals("anna@example.lv", mail.to());
        assertTrue(mail.text().contains(SITE + "/confirm.html?token="));
        assertTrue(mail.subject().contains("Preiļu Galvenā bibliotēka"));

        ConfirmPraise.Confirmation done = confirm.confirm(mailer.lastToken());
        assertEquals(PraiseStore.ConfirmOutcome.CONFIRMED, done.outcome());
        assertEquals("Preiļu Galvenā bibliotēka", done.participantName());
        assertEquals(1, count(LIBRARY));

        assertEquals(PraiseStore.ConfirmOutcome.ALREADY_CONFIRMED, confirm.confirm(mailer.lastToken()).outcome());
        assertEquals(1, count(LIBRARY), "opening the link twice counts once");
    }

    @Test
    void theEmailIsInThePagesLanguage() {
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.EN));
        assertTrue(mailer.last().subject().startsWith("Confirm your praise"));
        submit.submit(praise(BAKERY.id(), "anna@example.lv", Lang.LV));
        assertTrue(mailer.last().subject().startsWith("Apstiprini savu uzslavu"));
        assertTrue(mailer.last().text().contains("Maiznīca Rudzupuķe"));
    }

    @Test
    void onePersonPraisesAParticipantOncePerCampaign() {
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV));
        String first = mailer.lastToken();
        submit.submit(praise(LIBRARY.id(), "ANNA@example.lv", Lang.LV));
        String second = mailer.lastToken();
        confirm.confirm(second);

        RefusedException again = assertThrows(RefusedException.class, () -> confirm.confirm(first));
        assertEquals(ErrorCode.ALREADY_PRAISED, again.code());
        assertEquals(1, count(LIBRARY));

        // No oracle: the repeat is answered as any praise (no error), stores nothing, and its e-mail says so.
        int stored = store.praises().size();
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.EN));
        assertEquals(stored, store.praises().size(), "a repeat praise stores nothing");
        OutgoingMail repeat = mailer.last();
        assertEquals("anna@example.lv", repeat.to());
        assertTrue(repeat.text().contains("already praised this participant"), repeat.text());
        assertTrue(repeat.text().contains("nothing has changed"), repeat.text());
        assertFalse(repeat.text().contains("token="), "a repeat praise has nothing to confirm: " + repeat.text());
        assertEquals(1, count(LIBRARY));

        submit.submit(praise(BAKERY.id(), "anna@example.lv", Lang.LV));
        assertEquals(PraiseStore.ConfirmOutcome.CONFIRMED, confirm.confirm(mailer.lastToken()).outcome(),
                "the same person may praise another participant");
    }

    @Test
    void praiseOutsideTheWindowIsRefused() {
        clock.set(Instant.parse("2027-02-20T10:00:00Z"));
        RefusedException early = assertThrows(RefusedException.class,
                () -> submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV)));
        assertEquals(ErrorCode.NOT_OPEN_YET, early.code());
        clock.set(Instant.parse("2027-04-02T10:00:00Z"));
        RefusedException late = assertThrows(RefusedException.class,
                () -> submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV)));
        assertEquals(ErrorCode.CLOSED, late.code());
        assertTrue(store.praises().isEmpty());
        assertTrue(mailer.sent().isEmpty());
    }

    @Test
    void aStoredCampaignCalendarWins() {
        Campaign campaign = Campaign.defaults(YEAR);
        store.save(campaign.withCalendar(DURING_WINDOW.plus(Duration.ofDays(1)), DURING_WINDOW.plus(Duration.ofDays(9)),
                DURING_WINDOW.plus(Duration.ofDays(20))));
        RefusedException e = assertThrows(RefusedException.class,
                () -> submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV)));
        assertEquals(ErrorCode.NOT_OPEN_YET, e.code());
    }

    @Test
    void aLinkCannotConfirmAfterTheWindowClosed() {
        clock.set(Instant.parse("2027-03-31T12:00:00Z"));
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV));
        clock.set(Instant.parse("2027-04-01T08:00:00Z"));
        RefusedException e = assertThrows(RefusedException.class, () -> confirm.confirm(mailer.lastToken()));
        assertEquals(ErrorCode.CLOSED, e.code());
        assertEquals(0, count(LIBRARY));
    }

    @Test
    void aLinkExpiresAfter72Hours() {
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV));
        clock.advance(Duration.ofHours(72).plusSeconds(1));
        RefusedException e = assertThrows(RefusedException.class, () -> confirm.confirm(mailer.lastToken()));
        assertEquals(ErrorCode.TOKEN_EXPIRED, e.code());
        assertEquals(0, count(LIBRARY));
    }

    @Test
    void aLinkStillWorksJustBefore72Hours() {
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV));
        clock.advance(Duration.ofHours(72).minusSeconds(1));
        assertEquals(PraiseStore.ConfirmOutcome.CONFIRMED, confirm.confirm(mailer.lastToken()).outcome());
    }

    @Test
    void forgedAndUnknownTokensConfirmNothing() {
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV));
        ConfirmationToken real = ConfirmationToken.parse(mailer.lastToken()).orElseThrow();
        String forged = real.praiseId() + "." + ConfirmationToken.generate().secret();
        for (String token : List.of(forged, ConfirmationToken.generate().toString(), "garbage")) {
            RefusedException e = assertThrows(RefusedException.class, () -> confirm.confirm(token));
            assertEquals(ErrorCode.INVALID_TOKEN, e.code());
        }
        assertEquals(0, count(LIBRARY));
    }

    @Test
    void unknownParticipantsAndBranchesAreRefused() {
        RefusedException unknown = assertThrows(RefusedException.class,
                () -> submit.submit(praise("no-such-one", "anna@example.lv", Lang.LV)));
        assertEquals(ErrorCode.UNKNOWN_PARTICIPANT, unknown.code());
        assertEquals("participantId", unknown.field());
        RefusedException branch = assertThrows(RefusedException.class, () -> submit.submit(new PraiseSubmission(
                LIBRARY.id(), "Daugavpils", null, 5, List.of(), "Labi", Channel.BRANCH, "a@example.lv", Lang.LV)));
        assertEquals("branch", branch.field());
        assertTrue(store.praises().isEmpty());
    }

    @Test
    void everyWrittenFormOfOneMailboxCountsOnce() {
        for (String variant : EmailAddressTest.ONE_GMAIL_MAILBOX) {
            submit.submit(praise(LIBRARY.id(), variant, Lang.LV));
            assertEquals(EmailAddress.of(variant).address(), mailer.last().to(), "sent to the address as typed");
        }
        List<String> tokens = mailer.sent().stream()
                .map(m -> m.text().replaceAll("(?s).*confirm\\.html\\?token=([A-Za-z0-9_.-]+).*", "$1")).toList();
        int confirmed = 0;
        for (String token : tokens) {
            try {
                confirm.confirm(token);
                confirmed++;
            } catch (RefusedException e) {
                assertEquals(ErrorCode.ALREADY_PRAISED, e.code());
            }
        }
        assertEquals(1, confirmed);
        assertEquals(1, count(LIBRARY));
        int stored = store.praises().size();
        submit.submit(praise(LIBRARY.id(), "Stuffer.Sec+again@googlemail.com", Lang.LV));
        assertEquals(stored, store.praises().size(), "another spelling of the mailbox is a repeat: nothing stored");
        assertTrue(mailer.last().text().contains("nekas nav mainījies"), mailer.last().text());
    }

    @Test
    void theAspectsAreTheCampaignsOwn() {
        Campaign c = Campaign.defaults(YEAR);
        List<Term> own = List.of(new Term("cleanliness", new Label("Tīrība", "Cleanliness", "Puhtus")));
        store.save(new Campaign(c.year(), c.timeZone(), c.praiseOpensAt(), c.praiseClosesAt(), c.awardsAt(),
                c.categories(), c.industries(), own, c.sizeClasses(), c.topN(), c.qualityMarkThreshold(),
                c.qualityMarkTitleTemplate(), null, null, null, null));
        RefusedException speed = assertThrows(RefusedException.class, () -> submit.submit(praise(LIBRARY.id(),
                "anna@example.lv", Lang.LV)), "speed is a default aspect, not this campaign's");
        assertEquals("aspects", speed.field());
        assertEquals(ErrorCode.INVALID, speed.code());
        assertTrue(store.praises().isEmpty());
        submit.submit(new PraiseSubmission(LIBRARY.id(), null, null, 5, List.of("cleanliness"), "Tīri!", Channel.ONLINE,
                "anna@example.lv", Lang.LV));
        assertEquals(List.of("cleanliness"), store.praises().get(0).aspects());
    }

    @Test
    void aParticipantWithoutBranchesIsNotPraisedAtABranch() {
        RefusedException e = assertThrows(RefusedException.class, () -> submit.submit(new PraiseSubmission(
                BAKERY.id(), null, null, 5, List.of(), "Labi", Channel.BRANCH, "a@example.lv", Lang.LV)));
        assertEquals("channel", e.field());
        assertEquals(ErrorCode.INVALID, e.code());
        assertTrue(store.praises().isEmpty());
        submit.submit(new PraiseSubmission(LIBRARY.id(), null, null, 5, List.of(), "Labi", Channel.BRANCH,
                "a@example.lv", Lang.LV));
        assertEquals(1, store.praises().size(), "one with branches may be, even without naming the branch");
    }

    @Test
    void whenTheEmailCannotBeSentNothingIsLeftBehind() {
        mailer.failing(true);
        RefusedException e = assertThrows(RefusedException.class,
                () -> submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV)));
        assertEquals(ErrorCode.MAIL_FAILED, e.code());
        assertTrue(store.praises().isEmpty());
        mailer.failing(false);
        submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV));
        assertEquals(1, store.praises().size(), "trying again works");
        assertNull(store.praises().get(0).confirmedAt());
    }

    @Test
    void whenTheCleanUpFailsTooTheMailsFailureIsTheAnswerAndTheCleanUpsIsKeptBesideIt() {
        mailer.failing(true);
        store.failingDeletes(true);
        RefusedException e = assertThrows(RefusedException.class,
                () -> submit.submit(praise(LIBRARY.id(), "anna@example.lv", Lang.LV)));
        assertEquals(ErrorCode.MAIL_FAILED, e.code());
        assertEquals(1, e.getCause().getSuppressed().length, "the clean-up's failure is added, not lost");
        assertEquals("the store can't be reached", e.getCause().getSuppressed()[0].getMessage());
    }
}
