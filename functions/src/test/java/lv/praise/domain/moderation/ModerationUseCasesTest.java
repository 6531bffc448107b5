package lv.praise.domain.moderation;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModerationUseCasesTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final SubmitPraise submit = new SubmitPraise(YEAR, store, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock);
    private final ConfirmPraise confirm = new ConfirmPraise(store, store, clock);
    private final ModeratePraise moderation = new ModeratePraise(YEAR, store, store, clock);
    private final PraiseWall wall = new PraiseWall(YEAR, store, store, store);
    private final EnterPraise enter = new EnterPraise(YEAR, store, store, store, clock);
    private int people;

    @BeforeEach
    void participants() {
        store.save(LIBRARY);
        store.save(BAKERY);
    }

    /** A praise submitted and confirmed a minute after the previous one; its id. */
    private String confirmed(String participantId, String employee, String text) {
        clock.advance(Duration.ofMinutes(1));
        submit.submit(new PraiseSubmission(participantId, null, employee, 4, List.of("speed"), text, Channel.ONLINE,
                "person" + (++people) + "@example.lv", Lang.LV));
        String token = mailer.lastToken();
        confirm.confirm(token);
        return token.substring(0, token.indexOf('.'));
    }

    private static ModeratePraise.DecisionRequest approve(String id) {
        return new ModeratePraise.DecisionRequest(id, "approve", null);
    }

    private static ModeratePraise.DecisionRequest reject(String id, String reason) {
        return new ModeratePraise.DecisionRequest(id, "reject", reason);
    }

    private void assertField(String field, ErrorCode code, List<ModeratePraise.DecisionRequest> decisions) {
        RefusedException e = assertThrows(RefusedException.class, () -> moderation.decide(decisions, lv.praise.testkit.Fixtures.organiser("anna@example.lv")));
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
    }

    private long count() {
        return store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount();
    }

    @Test
    void confirmedPraiseWaitsInThePendingQueueOldestFirstAndIsNotShown() {
        String first = confirmed(LIBRARY.id(), "Ilze", "Pirmā");
        String second = confirmed(LIBRARY.id(), null, "Otrā");
        ModeratePraise.Queue queue = moderation.queue(null, null, null, null);
        assertEquals(List.of(first, second), queue.items().stream().map(ModeratedPraise::id).toList());
        assertEquals(new ModerationCounts(2, 0, 0), queue.counts());
        assertNull(queue.nextCursor());
        assertEquals(2, count(), "pending review still counts");
        assertTrue(wall.page(LIBRARY.id(), null, null).items().isEmpty(), "nothing is shown before approval");
    }

    @Test
    void approvedPraiseIsShownNewestFirstWithTheEmployeesFirstNameOnly() {
        String older = confirmed(LIBRARY.id(), "Ilze Kalniņa", "Vecākā");
        String newer = confirmed(LIBRARY.id(), null, "Jaunākā");
        confirmed(LIBRARY.id(), null, "Vēl gaida");
        ModeratePraise.Outcome outcome = moderation.decide(List.of(approve(older), approve(newer)), lv.praise.testkit.Fixtures.organiser("anna@example.lv"));
        assertEquals(List.of(new ModeratePraise.Result(older, ModerationStatus.APPROVED, true),
                new ModeratePraise.Result(newer, ModerationStatus.APPROVED, true)), outcome.results());
        assertEquals(new ModerationCounts(1, 2, 0), outcome.counts());

        List<PraiseWall.Entry> shown = wall.page(LIBRARY.id(), null, null).items();
        assertEquals(List.of("Jaunākā", "Vecākā"), shown.stream().map(PraiseWall.Entry::text).toList());
        assertEquals("Ilze", shown.get(1).employee());
        assertNull(shown.get(0).employee());
        assertEquals("2027-03-05", shown.get(0).date().toString());

        ModeratedPraise decided = store.findConfirmed(older).orElseThrow();
        assertEquals(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), decided.by());
        assertEquals(clock.instant(), decided.at());
        assertEquals(3, count());
    }

    @Test
    void rejectingTakesItOutOfTheCountAndApprovingItLaterPutsItBack() {
        String id = confirmed(LIBRARY.id(), null, "Reklāma");
        assertEquals(1, count());
        ModeratePraise.Outcome rejected = moderation.decide(List.of(reject(id, "spam")), lv.praise.testkit.Fixtures.organiser("anna@example.lv"));
        assertEquals(ModerationStatus.REJECTED, rejected.results().get(0).status());
        assertEquals(new ModerationCounts(0, 0, 1), rejected.counts());
        assertEquals(0, count());
        assertEquals(RejectReason.SPAM, store.findConfirmed(id).orElseThrow().reason());

        // A double click: the same decision again changes nothing and counts nothing.
        ModeratePraise.Outcome again = moderation.decide(List.of(reject(id, "spam")), lv.praise.testkit.Fixtures.organiser("anna@example.lv"));
        assertFalse(again.results().get(0).changed());
        assertEquals(0, count());

        ModeratePraise.Outcome approved = moderation.decide(List.of(approve(id)), lv.praise.testkit.Fixtures.organiser("janis@example.lv"));
        assertTrue(approved.results().get(0).changed());
        assertEquals(new ModerationCounts(0, 1, 0), approved.counts());
        assertEquals(1, count());
        assertNull(store.findConfirmed(id).orElseThrow().reason());
        assertEquals(1, wall.page(LIBRARY.id(), null, null).items().size());

        moderation.decide(List.of(reject(id, "personal_data")), lv.praise.testkit.Fixtures.organiser("anna@example.lv"));
        assertEquals(0, count());
        assertTrue(wall.page(LIBRARY.id(), null, null).items().isEmpty(), "a rejected praise is no longer shown");
    }

    @Test
    void rejectingForPersonalDataErasesTheWordsAndThePraiseCanNoLongerBeApproved() {
        String id = confirmed(LIBRARY.id(), "Ilze Bērziņa", "Ilzes tālrunis ir 20000000");
        String other = confirmed(LIBRARY.id(), "Juris", "Laipni");
        moderation.decide(List.of(reject(id, "personal_data")), lv.praise.testkit.Fixtures.organiser("anna@example.lv"));

        ModeratedPraise rejected = store.findConfirmed(id).orElseThrow();
        assertEquals(RejectReason.PERSONAL_DATA, rejected.reason());
        assertNull(rejected.praise().text());
        assertNull(rejected.praise().employee());
        Praise stored = store.praises().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        assertNull(stored.text(), "the stored praise lost its text with the rejection");
        assertNull(stored.employee());
        assertEquals("Laipni", store.findConfirmed(other).orElseThrow().praise().text(), "another praise keeps its words");

        int writes = store.moderationWrites();
        assertField("decisions[1].decision", ErrorCode.INVALID, List.of(approve(other), approve(id)));
        assertEquals(writes, store.moderationWrites(), "nothing of the refused request was written");
        // Another rejection reason is no change, so the words stay erased and the praise rejected.
        assertFalse(moderation.decide(List.of(reject(id, "spam")), lv.praise.testkit.Fixtures.organiser("anna@example.lv"))
                .results().get(0).changed());
        assertEquals(ModerationStatus.REJECTED, store.findConfirmed(id).orElseThrow().status());
        assertTrue(wall.page(LIBRARY.id(), null, null).items().isEmpty());
    }

    @Test
    void everyDecisionIsCheckedBeforeAnyIsWrittenAndTheErrorNamesItsField() {
        String a = confirmed(LIBRARY.id(), null, "A");
        String b = confirmed(LIBRARY.id(), null, "B");
        assertField("decisions[1].reason", ErrorCode.INVALID, List.of(approve(a), reject(b, null)));
        assertField("decisions[1].reason", ErrorCode.INVALID, List.of(approve(a), reject(b, "rude")));
        assertField("decisions[0].reason", ErrorCode.INVALID, List.of(new ModeratePraise.DecisionRequest(a, "approve", "spam")));
        assertField("decisions[1].decision", ErrorCode.INVALID, List.of(approve(a), new ModeratePraise.DecisionRequest(b, "hide", null)));
        assertField("decisions[0].decision", ErrorCode.INVALID, List.of(new ModeratePraise.DecisionRequest(a, null, null)));
        assertField("decisions[0].praiseId", ErrorCode.INVALID, List.of(new ModeratePraise.DecisionRequest(null, "approve", null)));
        assertField("decisions[1].praiseId", ErrorCode.INVALID, List.of(approve(a), approve(a)));
        assertField("decisions[2].praiseId", ErrorCode.NOT_FOUND, List.of(approve(a), approve(b), approve("Tm9TdWNoUHJhaXNlSWQwMA")));
        assertField("decisions[0].praiseId", ErrorCode.NOT_FOUND, List.of(approve("../../etc")));
        assertField("decisions", ErrorCode.INVALID, List.<ModeratePraise.DecisionRequest>of());
        List<ModeratePraise.DecisionRequest> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(approve("id" + i));
        }
        assertField("decisions", ErrorCode.INVALID, tooMany);
        assertEquals(0, store.moderationWrites(), "nothing was written");
        assertEquals(new ModerationCounts(2, 0, 0), store.counts(YEAR));
    }

    @Test
    void aPraiseStillWaitingForItsEmailLinkIsNotInReview() {
        submit.submit(new PraiseSubmission(LIBRARY.id(), null, null, 5, List.of(), "Vēl neapstiprināta",
                Channel.ONLINE, "later@example.lv", Lang.LV));
        String token = mailer.lastToken();
        assertField("decisions[0].praiseId", ErrorCode.NOT_FOUND, List.of(approve(token.substring(0, token.indexOf('.')))));
    }

    @Test
    void moderationStopsOnceTheCampaignIsPublished() {
        String id = confirmed(LIBRARY.id(), null, "A");
        store.save(Campaign.defaults(YEAR).published(clock.instant(), lv.praise.domain.Actor.SCHEDULE));
        RefusedException e = assertThrows(RefusedException.class,
                () -> moderation.decide(List.of(reject(id, "spam")), lv.praise.testkit.Fixtures.organiser("anna@example.lv")));
        assertEquals(ErrorCode.CLOSED, e.code());
        assertEquals(1, count());
    }

    @Test
    void theQueueIsPagedByAnOpaqueCursorThatIsCheckedWhole() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(confirmed(i % 2 == 0 ? LIBRARY.id() : BAKERY.id(), null, "Nr. " + i));
        }
        ModeratePraise.Queue first = moderation.queue("pending", null, 2, null);
        assertEquals(ids.subList(0, 2), first.items().stream().map(ModeratedPraise::id).toList());
        assertNotNull(first.nextCursor());
        ModeratePraise.Queue second = moderation.queue("pending", null, 2, first.nextCursor());
        assertEquals(ids.subList(2, 4), second.items().stream().map(ModeratedPraise::id).toList());
        ModeratePraise.Queue last = moderation.queue("pending", null, 2, second.nextCursor());
        assertEquals(ids.subList(4, 5), last.items().stream().map(ModeratedPraise::id).toList());
        assertNull(last.nextCursor());

        ModeratePraise.Queue library = moderation.queue("pending", LIBRARY.id(), 10, null);
        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(4)), library.items().stream().map(ModeratedPraise::id).toList());

        for (String forged : List.of("garbage!", "bm90IGEgY3Vyc29y", first.nextCursor() + "x", "A".repeat(500))) {
            RefusedException e = assertThrows(RefusedException.class, () -> moderation.queue("pending", null, 2, forged));
            assertEquals("cursor", e.field(), forged);
        }
        RefusedException otherList = assertThrows(RefusedException.class,
                () -> moderation.queue("approved", null, 2, first.nextCursor()));
        assertEquals("cursor", otherList.field());
        assertEquals("status", assertThrows(RefusedException.class, () -> moderation.queue("all", null, 2, null)).field());
        assertEquals("limit", assertThrows(RefusedException.class, () -> moderation.queue(null, null, 0, null)).field());
        assertEquals("limit", assertThrows(RefusedException.class, () -> moderation.queue(null, null, 101, null)).field());
        assertEquals("participant", assertThrows(RefusedException.class, () -> moderation.queue(null, "Not An Id", 1, null)).field());
    }

    @Test
    void theWallIsPagedAndKnowsOnlyParticipantsOfTheCampaign() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(confirmed(LIBRARY.id(), null, "Nr. " + i));
        }
        moderation.decide(ids.stream().map(ModerationUseCasesTest::approve).toList(), lv.praise.testkit.Fixtures.organiser("anna@example.lv"));
        PraiseWall.Page first = wall.page(LIBRARY.id(), 2, null);
        assertEquals(List.of("Nr. 2", "Nr. 1"), first.items().stream().map(PraiseWall.Entry::text).toList());
        PraiseWall.Page second = wall.page(LIBRARY.id(), 2, first.nextCursor());
        assertEquals(List.of("Nr. 0"), second.items().stream().map(PraiseWall.Entry::text).toList());
        assertNull(second.nextCursor());
        assertEquals("cursor", assertThrows(RefusedException.class, () -> wall.page(BAKERY.id(), 2, first.nextCursor())).field());
        assertEquals("limit", assertThrows(RefusedException.class, () -> wall.page(LIBRARY.id(), 51, null)).field());
        RefusedException unknown = assertThrows(RefusedException.class, () -> wall.page("nobody", null, null));
        assertEquals(ErrorCode.NOT_FOUND, unknown.code());
        assertEquals("id", unknown.field());
    }

    @Test
    void firstNameIsTheFirstWord() {
        assertEquals("Ilze", PraiseWall.firstName("  Ilze   Kalniņa "));
        assertEquals("Jānis", PraiseWall.firstName("Jānis, kasieris"));
        assertNull(PraiseWall.firstName(" "));
        assertNull(PraiseWall.firstName(null));
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"PHONE", "PAPER"})
    void anOrganiserEntersPhoneOrPaperPraiseApprovedAndCountedAtOnce(Channel channel) {
        EnterPraise.Entered entered = enter.enter(new EnteredPraise(LIBRARY.id(), "Aizkalne", "Ilze Kalniņa", 5,
                List.of("competence"), "Paldies par palīdzību!", channel, null), lv.praise.testkit.Fixtures.organiser("anna@example.lv"));
        assertEquals(ModerationStatus.APPROVED, entered.stored().status());
        assertEquals(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), entered.stored().enteredBy());
        assertNull(entered.stored().praise().emailHash(), "no e-mail: no one-per-person slot");
        assertEquals(1, count());
        assertEquals(new ModerationCounts(0, 1, 0), store.counts(YEAR));
        PraiseWall.Entry shown = wall.page(LIBRARY.id(), null, null).items().get(0);
        assertEquals(shown, entered.shown());
        assertEquals(channel, shown.channel());
        assertEquals("Ilze", shown.employee());
        assertEquals("Aizkalne", shown.branch());
    }

    @Test
    void enteredPraiseIsCheckedLikeTheForm() {
        assertEquals("channel", assertThrows(RefusedException.class, () -> new EnteredPraise(LIBRARY.id(), null, null, 5,
                List.of(), "Teksts", Channel.ONLINE, null)).field());
        assertEquals("stars", assertThrows(RefusedException.class, () -> new EnteredPraise(LIBRARY.id(), null, null, 6,
                List.of(), "Teksts", Channel.PHONE, null)).field());
        assertEquals("text", assertThrows(RefusedException.class, () -> new EnteredPraise(LIBRARY.id(), null, null, 5,
                List.of(), " ", Channel.PHONE, null)).field());
        assertEquals("aspects", assertThrows(RefusedException.class, () -> new EnteredPraise(LIBRARY.id(), null, null, 5,
                List.of("speed", "speed"), "Teksts", Channel.PHONE, null)).field());
        RefusedException branch = assertThrows(RefusedException.class, () -> enter.enter(new EnteredPraise(LIBRARY.id(),
                "Rīga", null, 5, List.of(), "Teksts", Channel.PAPER, null), lv.praise.testkit.Fixtures.organiser("anna@example.lv")));
        assertEquals("branch", branch.field());
        RefusedException unknown = assertThrows(RefusedException.class, () -> enter.enter(new EnteredPraise("nobody",
                null, null, 5, List.of(), "Teksts", Channel.PAPER, null), lv.praise.testkit.Fixtures.organiser("anna@example.lv")));
        assertEquals(ErrorCode.UNKNOWN_PARTICIPANT, unknown.code());
        assertEquals(0, store.moderationWrites());
    }

    @Test
    void enteringIsRefusedOutsideTheWindowAndAfterPublication() {
        EnteredPraise paper = new EnteredPraise(LIBRARY.id(), null, null, 5, List.of(), "Teksts", Channel.PAPER, null);
        clock.set(Instant.parse("2027-04-02T10:00:00Z"));
        assertEquals(ErrorCode.CLOSED, assertThrows(RefusedException.class, () -> enter.enter(paper, lv.praise.testkit.Fixtures.organiser("a@example.lv"))).code());
        clock.set(Instant.parse("2027-02-02T10:00:00Z"));
        assertEquals(ErrorCode.NOT_OPEN_YET, assertThrows(RefusedException.class, () -> enter.enter(paper, lv.praise.testkit.Fixtures.organiser("a@example.lv"))).code());
        clock.set(DURING_WINDOW);
        store.save(Campaign.defaults(YEAR).published(DURING_WINDOW, lv.praise.testkit.Fixtures.organiser("anna@example.lv")));
        assertEquals(ErrorCode.CLOSED, assertThrows(RefusedException.class, () -> enter.enter(paper, lv.praise.testkit.Fixtures.organiser("a@example.lv"))).code());
        assertEquals(0, count());
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"PHONE", "PAPER"})
    void thePublicFormRefusesPhoneAndPaper(Channel channel) {
        RefusedException e = assertThrows(RefusedException.class, () -> new PraiseSubmission(LIBRARY.id(), null, null, 5,
                List.of(), "Teksts", channel, "anna@example.lv", Lang.LV));
        assertEquals("channel", e.field());
    }
}
