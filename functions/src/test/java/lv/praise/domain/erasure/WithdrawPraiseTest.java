package lv.praise.domain.erasure;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.domain.Actor;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.moderation.ModeratePraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WithdrawPraiseTest {
    private static final Pattern WITHDRAW = Pattern.compile("/withdraw\\.html\\?token=([A-Za-z0-9_.-]+)");
    private static final Actor ORGANISER = new Actor("sub-1", "anna@praise.lv");

    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final SubmitPraise submit = new SubmitPraise(YEAR, store, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock);
    private final ConfirmPraise confirm = new ConfirmPraise(store, store, clock);
    private final WithdrawPraise withdraw = new WithdrawPraise(store, store, clock);

    @BeforeEach
    void participant() {
        store.save(LIBRARY);
    }

    private String praiseAndKeepTheWithdrawLink() {
        submit.submit(new PraiseSubmission(LIBRARY.id(), null, "Ilze Bērziņa", 5, List.of("speed"), "Ilze palīdzēja!",
                Channel.ONLINE, "anna@example.lv", Lang.LV));
        Matcher m = WITHDRAW.matcher(mailer.last().text());
        assertTrue(m.find(), "the e-mail carries a personal withdraw link: " + mailer.last().text());
        return m.group(1);
    }

    private long count() {
        return store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount();
    }

    @Test
    void aConfirmedAndApprovedPraiseWithdrawnByItsLinkLeavesNoTextAndNoCount() {
        String token = praiseAndKeepTheWithdrawLink();
        confirm.confirm(mailer.lastToken());
        ModeratePraise moderation = new ModeratePraise(YEAR, store, store, clock);
        String id = store.praises().get(0).id();
        moderation.decide(List.of(new ModeratePraise.DecisionRequest(id, "approve", null)), ORGANISER);
        assertEquals(1, count());
        assertEquals(1, store.counts(YEAR).approved());
        assertEquals(1, store.wall(YEAR, LIBRARY.id(), 10, null).items().size());

        WithdrawPraise.Withdrawal done = withdraw.withdraw(token);

        assertEquals(ErasureStore.EraseOutcome.ERASED, done.outcome());
        assertEquals(LIBRARY.name(), done.participantName());
        Praise erased = store.find(id).orElseThrow();
        assertEquals(PraiseStatus.ERASED, erased.status());
        assertNull(erased.text());
        assertNull(erased.employee());
        assertNull(erased.emailHash());
        assertEquals(0, count(), "out of the public count");
        assertEquals(0, store.counts(YEAR).approved(), "out of the review counters");
        assertTrue(store.wall(YEAR, LIBRARY.id(), 10, null).items().isEmpty(), "off the wall");
        assertTrue(store.queue(YEAR, ModerationStatus.APPROVED, null, 10, null).items().isEmpty(), "out of the queue");

        assertEquals(ErasureStore.EraseOutcome.ALREADY_ERASED, withdraw.withdraw(token).outcome(), "a second click");
        assertEquals(0, count());
    }

    @Test
    void aPendingPraiseWithdrawnCanNoLongerBeConfirmed() {
        String token = praiseAndKeepTheWithdrawLink();
        String confirmation = mailer.lastToken();
        assertEquals(token, confirmation, "the same secret: the person's own");

        assertEquals(ErasureStore.EraseOutcome.ERASED, withdraw.withdraw(token).outcome());

        RefusedException refused = assertThrows(RefusedException.class, () -> confirm.confirm(confirmation));
        assertEquals(ErrorCode.WITHDRAWN, refused.code());
        assertEquals(0, count());
        assertNull(store.praises().get(0).text());
    }

    @Test
    void afterTheFreezeForPublicationAConfirmedPraiseCanNotBeWithdrawn() {
        String token = praiseAndKeepTheWithdrawLink();
        confirm.confirm(mailer.lastToken());
        store.freezeCounts(YEAR, Instant.parse("2027-04-12T09:00:00Z"));

        RefusedException refused = assertThrows(RefusedException.class, () -> withdraw.withdraw(token));

        assertEquals(ErrorCode.CLOSED, refused.code());
        assertEquals(1, count());
        assertEquals("Ilze palīdzēja!", store.praises().get(0).text(), "nothing written");
    }

    @Test
    void aForgedOrAlteredLinkWithdrawsNothing() {
        String token = praiseAndKeepTheWithdrawLink();
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertEquals(ErrorCode.INVALID_TOKEN, assertThrows(RefusedException.class, () -> withdraw.withdraw(altered)).code());
        assertEquals(ErrorCode.INVALID_TOKEN, assertThrows(RefusedException.class, () -> withdraw.withdraw("x")).code());
        assertEquals(PraiseStatus.PENDING, store.praises().get(0).status());
    }
}
