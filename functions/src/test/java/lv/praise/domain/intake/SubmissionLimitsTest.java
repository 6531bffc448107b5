package lv.praise.domain.intake;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lv.praise.domain.Channel;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.InMemorySubmissionLimits;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmissionLimitsTest {
    /** 25 minutes into the 10:00–11:00 UTC window of an hour-long limit. */
    private static final Instant IN_WINDOW = Instant.parse("2027-03-05T10:25:00Z");
    private static final String ADDRESS = "192.0.2.10";

    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(IN_WINDOW);
    private final InMemorySubmissionLimits counters = new InMemorySubmissionLimits();
    private final KeyedHasher hasher = new KeyedHasher(EMAIL_KEY);

    @BeforeEach
    void participants() {
        store.save(LIBRARY);
        store.save(BAKERY);
    }

    private SubmitPraise submit(int perAddress, int perEmail) {
        return new SubmitPraise(YEAR, store, mailer, hasher, SITE, clock, LimitPolicy.of(perAddress, perEmail, 60), counters);
    }

    private static PraiseSubmission praise(Participant p, String email) {
        return new PraiseSubmission(p.id(), null, null, 5, List.of("speed"), "Paldies!", Channel.ONLINE, email, Lang.LV);
    }

    @Test
    void theAddressLimitRefusesTheNextPraiseNamingTheAddressUntilTheWindowEnds() {
        SubmitPraise submit = submit(3, 0);
        for (int i = 0; i < 3; i++) {
            submit.submit(praise(LIBRARY, "person" + i + "@example.lv"), ADDRESS);
        }
        LimitReachedException refused = assertThrows(LimitReachedException.class,
                () -> submit.submit(praise(LIBRARY, "person9@example.lv"), ADDRESS));
        assertEquals(ErrorCode.LIMIT_REACHED, refused.code());
        assertEquals("address", refused.field());
        assertEquals(35 * 60, refused.retryAfterSeconds(), "until 11:00, the window's end");
        assertTrue(refused.getMessage().contains("35 minutes"), refused.getMessage());
        assertEquals(3, store.praises().size(), "the refused praise is not stored");
        assertEquals(3, mailer.sent().size(), "and no e-mail goes out for it");

        // Another address is not affected.
        submit.submit(praise(LIBRARY, "person9@example.lv"), "198.51.100.7");
        assertEquals(4, store.praises().size());
    }

    @Test
    void anIpv6SenderIsCountedByItsSlash64AndAMappedIpv4AsThatIpv4() {
        SubmitPraise submit = submit(2, 0);
        submit.submit(praise(LIBRARY, "a1@example.lv"), "2001:db8:1:2::7");
        submit.submit(praise(LIBRARY, "a2@example.lv"), "2001:0db8:0001:0002:ffff:0:0:8");
        LimitReachedException refused = assertThrows(LimitReachedException.class,
                () -> submit.submit(praise(LIBRARY, "a3@example.lv"), "2001:db8:1:2:abcd::9"));
        assertEquals("address", refused.field(), "a fresh address in the same /64 is the same sender");
        submit.submit(praise(LIBRARY, "a4@example.lv"), "2001:db8:1:3::7");

        submit.submit(praise(LIBRARY, "b1@example.lv"), "192.0.2.44");
        submit.submit(praise(LIBRARY, "b2@example.lv"), "::ffff:192.0.2.44");
        assertThrows(LimitReachedException.class, () -> submit.submit(praise(LIBRARY, "b3@example.lv"), "192.0.2.44"));
        assertEquals(5, store.praises().size());
    }

    @Test
    void aSenderWhoseAddressIsNotAnAddressMeetsOnlyTheEmailLimit() {
        SubmitPraise submit = submit(1, 0);
        submit.submit(praise(LIBRARY, "c1@example.lv"), "not-an-address");
        submit.submit(praise(LIBRARY, "c2@example.lv"), "not-an-address");
        assertEquals(0, counters.calls().size());
    }

    @Test
    void theEmailLimitCountsOneAddressAcrossParticipantsAndSenders() {
        SubmitPraise submit = submit(0, 2);
        submit.submit(praise(LIBRARY, "anna@example.lv"), "192.0.2.1");
        submit.submit(praise(BAKERY, "Anna@Example.lv"), "192.0.2.2");
        store.save(new Participant(YEAR, "third", "Trešais", LIBRARY.category(), LIBRARY.industry(),
                LIBRARY.sizeClass(), List.of(), null, 0));
        LimitReachedException refused = assertThrows(LimitReachedException.class,
                () -> submit.submit(new PraiseSubmission("third", null, null, 4, List.of(), "Labi", Channel.ONLINE,
                        " anna@example.lv ", Lang.EN), "192.0.2.3"));
        assertEquals("email", refused.field());
        assertEquals(2, store.praises().size());
    }

    @Test
    void countersAreKeyedByKeyedHashesNeverByTheAddresses() {
        submit(5, 5).submit(praise(LIBRARY, "anna@example.lv"), ADDRESS);
        List<InMemorySubmissionLimits.Call> calls = counters.calls();
        assertEquals(2, calls.size());
        assertEquals(SubmissionLimits.Scope.ADDRESS, calls.get(0).scope(), "the address is counted first");
        assertEquals(hasher.hashIpAddress(ADDRESS), calls.get(0).keyHash());
        assertEquals(hasher.hash("anna@example.lv"), calls.get(1).keyHash());
        for (InMemorySubmissionLimits.Call call : calls) {
            assertFalse(call.keyHash().contains(ADDRESS) || call.keyHash().contains("anna"));
            assertEquals(Instant.parse("2027-03-05T10:00:00Z"), call.windowStart());
            assertEquals(Instant.parse("2027-03-05T11:00:00Z"), call.windowEnd());
            assertEquals(5, call.limit());
        }
        assertFalse(hasher.hashIpAddress("anna@example.lv").equals(hasher.hash("anna@example.lv")),
                "an address's hash is kept apart from an e-mail's");
    }

    @Test
    void onlyASubmissionThatPassedEveryCheckIsCounted() {
        SubmitPraise submit = submit(1, 1);
        assertThrows(RefusedException.class, () -> submit.submit(praise(
                new Participant(YEAR, "no-such-one", "x", null, null, null, List.of(), null, 0), "a@example.lv"), ADDRESS));
        assertThrows(RefusedException.class, () -> submit.submit(new PraiseSubmission(LIBRARY.id(), "Daugavpils",
                null, 5, List.of(), "Paldies", Channel.BRANCH, "a@example.lv", Lang.LV), ADDRESS));
        clock.set(Instant.parse("2027-04-05T10:00:00Z"));
        assertThrows(RefusedException.class, () -> submit.submit(praise(LIBRARY, "a@example.lv"), ADDRESS),
                "the window is closed");
        clock.set(IN_WINDOW);
        assertTrue(counters.calls().isEmpty(), "refused requests touch no counter: " + counters.calls());

        submit.submit(praise(LIBRARY, "a@example.lv"), ADDRESS);
        assertEquals(2, counters.calls().size());
    }

    @Test
    void aRepeatPraiseIsCountedAsAnyOtherSoTheLimitsTellNothing() {
        SubmitPraise submit = submit(10, 2);
        submit.submit(praise(LIBRARY, "anna@example.lv"), ADDRESS);
        new ConfirmPraise(store, store, clock).confirm(mailer.lastToken());
        int before = counters.calls().size();
        submit.submit(praise(LIBRARY, "anna@example.lv"), ADDRESS);
        assertEquals(before + 2, counters.calls().size(), "the repeat is counted: " + counters.calls());
        LimitReachedException third = assertThrows(LimitReachedException.class,
                () -> submit.submit(praise(LIBRARY, "anna@example.lv"), ADDRESS));
        assertEquals("email", third.field(), "a repeat uses up the e-mail limit as a first praise would");
    }

    @Test
    void aNewWindowStartsFromZero() {
        SubmitPraise submit = submit(2, 0);
        submit.submit(praise(LIBRARY, "a@example.lv"), ADDRESS);
        submit.submit(praise(LIBRARY, "b@example.lv"), ADDRESS);
        clock.set(Instant.parse("2027-03-05T10:59:59.400Z"));
        LimitReachedException last = assertThrows(LimitReachedException.class,
                () -> submit.submit(praise(LIBRARY, "c@example.lv"), ADDRESS));
        assertEquals(1, last.retryAfterSeconds(), "0.6 s left rounds up to a whole second");

        clock.set(Instant.parse("2027-03-05T11:00:00Z"));
        submit.submit(praise(LIBRARY, "c@example.lv"), ADDRESS);
        submit.submit(praise(LIBRARY, "d@example.lv"), ADDRESS);
        assertThrows(LimitReachedException.class, () -> submit.submit(praise(LIBRARY, "e@example.lv"), ADDRESS));
        assertEquals(4, store.praises().size());
        clock.advance(Duration.ofMinutes(45));
        assertEquals(15 * 60, assertThrows(LimitReachedException.class,
                () -> submit.submit(praise(LIBRARY, "e@example.lv"), ADDRESS)).retryAfterSeconds());
    }

    @Test
    void aZeroLimitCountsNothing() {
        SubmitPraise submit = submit(0, 0);
        for (int i = 0; i < 30; i++) {
            submit.submit(praise(LIBRARY, "p" + i + "@example.lv"), ADDRESS);
        }
        assertEquals(30, store.praises().size());
        assertTrue(counters.calls().isEmpty());
    }

    @Test
    void aFailingCounterStoreIsAFailureNotARefusalAndStoresNothing() {
        IllegalStateException down = new IllegalStateException("the table is unreachable");
        counters.failWith(down);
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> submit(5, 5).submit(praise(LIBRARY, "a@example.lv"), ADDRESS));
        assertSame(down, thrown);
        assertTrue(store.praises().isEmpty());
        assertTrue(mailer.sent().isEmpty());
    }

    @Test
    void limitsAreData() {
        assertThrows(IllegalArgumentException.class, () -> LimitPolicy.of(-1, 0, 60));
        assertThrows(IllegalArgumentException.class, () -> LimitPolicy.of(1, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SubmitPraise(YEAR, store, mailer, hasher, SITE, clock, LimitPolicy.of(1, 0, 60), null));
        LimitPolicy quarter = LimitPolicy.of(1, 1, 15);
        assertEquals(Instant.parse("2027-03-05T10:15:00Z"), quarter.windowStart(IN_WINDOW));
        assertEquals(Instant.parse("2027-03-05T10:30:00Z"), quarter.windowEnd(IN_WINDOW));
    }
}
