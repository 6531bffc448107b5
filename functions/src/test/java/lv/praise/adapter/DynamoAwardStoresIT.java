package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.intake.PraiseStore.ConfirmOutcome;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.AwardStore;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.awards.Publication;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The awards' adapters on DynamoDB Local: the conditions that make a publication and a letter happen once. */
class DynamoAwardStoresIT {
    private static final Instant AT = Instant.parse("2027-04-12T09:00:00Z");

    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private DynamoCampaignStore campaigns;
    private DynamoPublicationStore publications;
    private DynamoAwardStore awards;
    private DynamoPraiseStore praises;
    private DynamoParticipantStore participants;
    private String table;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        campaigns = new DynamoCampaignStore(dynamo, table);
        publications = new DynamoPublicationStore(dynamo, table);
        awards = new DynamoAwardStore(dynamo, table);
        praises = new DynamoPraiseStore(dynamo, table);
        participants = new DynamoParticipantStore(dynamo, table);
        participants.save(LIBRARY);
    }

    @Test
    void theResultsRecordIsWrittenOnceAndReadsBackExactly() {
        Publication first = publication("A");
        assertTrue(publications.create(first));
        assertFalse(publications.create(publication("B")), "a second record is refused");
        Publication stored = publications.find(YEAR).orElseThrow();
        assertEquals(first, stored, "decimals keep their scale, nulls stay null");
        assertEquals("80.00", stored.top().get(1).total().toPlainString());
        assertTrue(publications.find(YEAR + 1).isEmpty());
    }

    @Test
    void awardsAreCreatedOnceWithTheirCodesAndFoundByATypedCode() {
        Publication p = publication("A");
        awards.ensure(p);
        awards.ensure(p);
        List<Award> all = awards.all(YEAR);
        assertEquals(2, all.size());
        assertEquals(List.of(1, 2), all.stream().map(Award::rank).toList());
        Award first = all.get(0);
        assertEquals(DeliveryState.PENDING, first.state());
        String typed = first.certificateCode().toLowerCase().replace("-", " ").replace('0', 'o');
        assertEquals(Optional.of(first), awards.findByCode(typed));
        assertTrue(awards.findByCode("0000-0000-0000-0000").isEmpty());
        assertTrue(awards.findByCode("not a code").isEmpty());
    }

    @Test
    void aParticipantsMarksOfEveryYearAreOneQueryOfItsHistory() {
        Publication first = publication(YEAR, "A");
        awards.ensure(first);
        awards.ensure(first);
        Publication next = publication(YEAR + 1, "B");
        awards.ensure(next);
        var marks = awards.marks(LIBRARY.id());
        assertEquals(List.of(YEAR, YEAR + 1), marks.stream().map(lv.praise.domain.awards.AwardMark::campaignYear).toList(),
                "one mark a year, oldest first, written once however often the publication runs");
        assertEquals(first.top().get(0).certificateCode(), marks.get(0).certificateCode());
        assertEquals(1, marks.get(0).rank());
        assertEquals(50, marks.get(0).topN());
        assertEquals("STATE", marks.get(0).category());
        assertEquals(next.top().get(0).certificateCode(), marks.get(1).certificateCode());
        assertEquals(List.of(YEAR, YEAR + 1), awards.marks("no-groups").stream()
                .map(lv.praise.domain.awards.AwardMark::campaignYear).toList(), "each participant its own history");
        assertTrue(awards.marks("nobody").isEmpty());
        assertTrue(awards.all(YEAR + 1).stream().allMatch(a -> a.campaignYear() == YEAR + 1),
                "the history items are not the campaign's awards");
    }

    @Test
    void aLetterIsClaimedByOneRunAndOnlyItsHolderRecordsTheOutcome() {
        awards.ensure(publication("A"));
        String id = LIBRARY.id();
        AwardStore.Claim claim = awards.claim(YEAR, id, AT, AT.minusSeconds(600)).orElseThrow();
        assertEquals(1, claim.attempt());
        assertTrue(awards.claim(YEAR, id, AT.plusSeconds(1), AT.minusSeconds(600)).isEmpty(), "a fresh claim holds");

        // The holder died: after the lease another run takes the letter over, and the first can't record.
        AwardStore.Claim takeover = awards.claim(YEAR, id, AT.plusSeconds(700), AT.plusSeconds(100)).orElseThrow();
        assertEquals(2, takeover.attempt());
        assertFalse(awards.markSent(YEAR, claim, AT.plusSeconds(701)), "the stale claim can't record");
        IllegalStateException cause = new IllegalStateException("font has no glyph for Ģ");
        cause.addSuppressed(new java.io.UncheckedIOException(new java.io.IOException("closing the stream")));
        assertTrue(awards.markNotSent(YEAR, takeover, DeliveryState.FAILED, "throttled", cause));
        Award failed = awards.all(YEAR).get(0);
        assertEquals(DeliveryState.FAILED, failed.state());
        assertEquals("throttled", failed.lastError());
        assertEquals("java.lang.IllegalStateException: font has no glyph for Ģ; suppressed java.io.UncheckedIOException:"
                        + " java.io.IOException: closing the stream",
                dynamo.getItem(r -> r.tableName(table).key(Keys.award(YEAR, id))).item().get("lastErrorDetail").s(),
                "the cause's class and message are kept beside the code, suppressed ones too");

        AwardStore.Claim retry = awards.claim(YEAR, id, AT.plusSeconds(800), AT.plusSeconds(200)).orElseThrow();
        assertTrue(awards.markSent(YEAR, retry, AT.plusSeconds(801)));
        Award sent = awards.all(YEAR).get(0);
        assertEquals(DeliveryState.SENT, sent.state());
        assertEquals(AT.plusSeconds(801), sent.sentAt());
        assertEquals(null, sent.lastError());
        assertFalse(dynamo.getItem(r -> r.tableName(table).key(Keys.award(YEAR, id))).item().containsKey("lastErrorDetail"));
        assertEquals(3, sent.attempts());
        assertTrue(awards.claim(YEAR, id, AT.plusSeconds(99_999), AT.plusSeconds(99_000)).isEmpty(), "sent is final");
    }

    /**
     * Changed with the global hot item gone: closing early no longer stops a confirmation inside the
     * adapter's transaction (the use case refuses one stamped at or after the close, docs/scoring.md);
     * freezing the participants' counts does, in the confirmation's own write on its participant's item.
     */
    @Test
    void closingEarlyAndFreezingHappenOnceAndFrozenCountsStopConfirmationsInTheSameTransaction() {
        Campaign campaign = Campaign.defaults(YEAR);
        Praise before = pending("anna");
        praises.savePending(before);
        assertEquals(ConfirmOutcome.CONFIRMED, praises.confirm(before, AT.minusSeconds(60)));

        assertTrue(campaigns.closeEarly(campaign, AT, lv.praise.testkit.Fixtures.organiser("anna@example.lv")), "a year without an item gets one");
        assertFalse(campaigns.closeEarly(campaign, AT.plusSeconds(5), lv.praise.testkit.Fixtures.organiser("janis@example.lv")));
        Campaign closed = campaigns.find(YEAR).orElseThrow();
        assertEquals(AT, closed.closedEarlyAt());
        assertEquals(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), closed.closedEarlyBy());
        assertFalse(campaigns.restampClose(YEAR, AT.minusSeconds(1), AT.plusMillis(20)), "only from the recorded instant");
        assertTrue(campaigns.restampClose(YEAR, AT, AT.plusMillis(20)));
        assertEquals(AT.plusMillis(20), campaigns.find(YEAR).orElseThrow().closedEarlyAt());

        assertTrue(campaigns.freeze(closed, AT.plusSeconds(60), lv.praise.domain.Actor.SCHEDULE));
        assertFalse(campaigns.freeze(closed, AT.plusSeconds(61), lv.praise.testkit.Fixtures.organiser("anna@example.lv")));
        Campaign frozen = campaigns.find(YEAR).orElseThrow();
        assertEquals(AT.plusSeconds(60), frozen.publishedAt());
        assertEquals(lv.praise.domain.Actor.SCHEDULE, frozen.publishedBy());
        assertEquals(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), frozen.closedEarlyBy(), "the closure record stays");
        assertFalse(campaigns.closeEarly(frozen, AT.plusSeconds(90), lv.praise.testkit.Fixtures.organiser("x@example.lv")));

        participants.freezeCounts(YEAR, frozen.publishedAt());
        participants.freezeCounts(YEAR, frozen.publishedAt().plusSeconds(1));
        Praise late = pending("janis");
        praises.savePending(late);
        assertEquals(ConfirmOutcome.CAMPAIGN_CLOSED, praises.confirm(late, AT.plusSeconds(10)));
        assertEquals(PraiseStatus.PENDING, praises.find(late.id()).orElseThrow().status(), "nothing was written");
        assertEquals(1, participants.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());
        assertEquals(AT.plusSeconds(60).toString(), dynamo.getItem(r -> r.tableName(table)
                .key(Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                        "SK", AttributeValue.fromS("PARTICIPANT#" + LIBRARY.id())))).item().get("frozenAt").s(),
                "frozen once, at the first instant");
    }

    @Test
    void aConfirmationForAParticipantThatIsNotStoredFailsLoudly() {
        Praise orphan = Praise.pending("orphan", YEAR, "Nobody",
                new Praise.Content("nobody", null, null, 5, List.of(), "Paldies!", Channel.ONLINE, Lang.LV),
                "hash-x", "token-x", AT, AT.plusSeconds(3600));
        praises.savePending(orphan);
        assertThrows(IllegalStateException.class, () -> praises.confirm(orphan, AT.plusSeconds(1)));
        assertEquals(PraiseStatus.PENDING, praises.find("orphan").orElseThrow().status());
    }

    private static Publication publication(String variant) {
        return publication(YEAR, variant);
    }

    private static Publication publication(int year, String variant) {
        return new Publication(year, AT, lv.praise.testkit.Fixtures.organiser("anna@example.lv"), LocalDate.of(YEAR, 4, 12), "Klienti mūs uzslavē 2027",
                "2027.1", 50, new BigDecimal("80.00"), variant.repeat(64), new Publication.InputCounts(2, 2, 10, 1, 0, 3),
                List.of(new Publication.Place(1, LIBRARY.id(), LIBRARY.name(), "STATE", "EDUCATION", "SMALL",
                                new BigDecimal("91.50"), 7, 1, 1, CertificateCode.generate()),
                        new Publication.Place(2, "no-groups", "Bez grupām", null, null, null, new BigDecimal("80.00"), 0,
                                null, null, CertificateCode.generate())),
                List.of(new Publication.CategoryWinner("STATE", 1, LIBRARY.id(), LIBRARY.name(), new BigDecimal("91.50"))),
                List.of(new Publication.ScoreBin(0, 60, 0), new Publication.ScoreBin(95, 100, 2)));
    }

    private static Praise pending(String who) {
        Instant at = Instant.parse("2027-03-05T10:00:00Z");
        return Praise.pending(java.util.UUID.randomUUID().toString(), YEAR, LIBRARY.name(),
                new Praise.Content(LIBRARY.id(), null, null, 5, List.of(), "Paldies!", Channel.ONLINE, Lang.LV),
                "hash-" + who, "token-" + who, at, at.plusSeconds(72 * 3600));
    }
}
