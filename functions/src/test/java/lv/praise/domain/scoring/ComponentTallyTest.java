package lv.praise.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import org.junit.jupiter.api.Test;

class ComponentTallyTest {
    private final ScoringRules rules = ScoringRules.legacy();

    @Test
    void mergingSegmentsEqualsAddingEveryPraiseInOneTally() {
        Random random = new Random(42);
        String[] channels = {"online", "branch", "phone", "paper"};
        List<ScoringFixtures.PraiseLine> praise = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            praise.add(new ScoringFixtures.PraiseLine("p" + random.nextInt(40), channels[random.nextInt(4)],
                    1 + random.nextInt(5), random.nextInt(10) > 0, random.nextInt(20) == 0));
        }
        ComponentTally sequential = new ComponentTally(rules);
        praise.forEach(p -> p.addTo(sequential));

        // Four "scan segments" of uneven size, merged in an arbitrary order.
        List<ComponentTally> segments = List.of(new ComponentTally(rules), new ComponentTally(rules), new ComponentTally(rules),
                new ComponentTally(rules));
        for (ScoringFixtures.PraiseLine p : praise) {
            p.addTo(segments.get(Math.min(3, random.nextInt(6))));
        }
        ComponentTally merged = new ComponentTally(rules).merge(segments.get(2)).merge(segments.get(0))
                .merge(segments.get(3)).merge(segments.get(1));

        assertSameTally(sequential, merged);
        assertTrue(sequential.ignoredUnconfirmed() > 0 && sequential.ignoredRejected() > 0, "the data exercises both");
    }

    @Test
    void unconfirmedAndRejectedPraiseIsOnlyCountedAsIgnored() {
        ComponentTally tally = new ComponentTally(rules);
        assertFalse(tally.add("a", "online", 1, false, false));
        assertFalse(tally.add("a", "online", 1, true, true));
        assertFalse(tally.add("a", "online", 1, false, true), "unconfirmed and rejected counts once, as unconfirmed");
        assertTrue(tally.add("a", "online", 5, true, false));
        assertEquals(1, tally.count("a", PublicComponent.ONLINE));
        assertEquals(5, tally.starSum("a", PublicComponent.ONLINE));
        assertEquals(1, tally.countedPraise());
        assertEquals(2, tally.ignoredUnconfirmed());
        assertEquals(1, tally.ignoredRejected());
    }

    @Test
    void channelsMapOntoComponentsPhoneOnlinePaperBranch() {
        ComponentTally tally = new ComponentTally(rules);
        tally.add("a", "online", 5, true, false);
        tally.add("a", "phone", 3, true, false);
        tally.add("a", "branch", 4, true, false);
        tally.add("a", "paper", 2, true, false);
        tally.add("a", Channel.BRANCH, 1, true, false);
        assertEquals(2, tally.count("a", PublicComponent.ONLINE));
        assertEquals(8, tally.starSum("a", PublicComponent.ONLINE));
        assertEquals(3, tally.count("a", PublicComponent.BRANCH));
        assertEquals(7, tally.starSum("a", PublicComponent.BRANCH));
        assertEquals(5, tally.count("a"));
        assertEquals(3, tally.campaignCount(PublicComponent.BRANCH));
        assertEquals(7, tally.campaignStarSum(PublicComponent.BRANCH));
    }

    @Test
    void theMappingIsConfigurable() {
        ScoringRules allOnline = new ScoringRules(rules.priorWeight(), rules.defaultMeanStars(), rules.onlineWeight(),
                rules.branchWeight(), rules.mysteryWeight(), rules.qualityThreshold(), rules.formulaVersion(),
                Map.of("online", PublicComponent.ONLINE, "branch", PublicComponent.ONLINE));
        ComponentTally tally = new ComponentTally(allOnline);
        tally.add("a", "branch", 4, true, false);
        assertEquals(1, tally.count("a", PublicComponent.ONLINE));
        assertThrows(IllegalArgumentException.class, () -> tally.add("a", "paper", 4, true, false));
        assertThrows(IllegalArgumentException.class, () -> tally.merge(new ComponentTally(rules)),
                "tallies with different mappings don't merge");
    }

    @Test
    void aCountedPraiseMustBeWellFormedAnIgnoredOneNeedNot() {
        ComponentTally tally = new ComponentTally(rules);
        assertThrows(IllegalArgumentException.class, () -> tally.add("a", "fax", 4, true, false));
        assertThrows(IllegalArgumentException.class, () -> tally.add("a", (String) null, 4, true, false));
        assertThrows(IllegalArgumentException.class, () -> tally.add("a", "online", 0, true, false));
        assertThrows(IllegalArgumentException.class, () -> tally.add("a", "online", 6, true, false));
        assertFalse(tally.add("a", "fax", 0, false, false));
        assertEquals(0, tally.countedPraise());
    }

    @Test
    void aStoredPraiseCountsByItsStatus() {
        ComponentTally tally = new ComponentTally(rules);
        tally.add(praise(PraiseStatus.CONFIRMED, Channel.ONLINE, 4), false);
        tally.add(praise(PraiseStatus.PENDING, Channel.ONLINE, 4), false);
        tally.add(praise(PraiseStatus.CONFIRMED, Channel.BRANCH, 2), true);
        assertEquals(1, tally.countedPraise());
        assertEquals(4, tally.starSum("acme", PublicComponent.ONLINE));
        assertEquals(1, tally.ignoredUnconfirmed());
        assertEquals(1, tally.ignoredRejected());
    }

    private static Praise praise(PraiseStatus status, Channel channel, int stars) {
        Instant now = Instant.parse("2027-03-10T10:00:00Z");
        return Praise.of("id", 2027, "Acme",
                new Praise.Content("acme", null, null, stars, List.of(), "Thanks", channel, Lang.LV),
                new Praise.State(status, "hash", "token", now, now.plusSeconds(3600),
                        status == PraiseStatus.CONFIRMED ? now : null));
    }

    static void assertSameTally(ComponentTally expected, ComponentTally actual) {
        assertEquals(expected.participantIds(), actual.participantIds());
        Set<String> ids = new HashSet<>(expected.participantIds());
        for (String id : ids) {
            for (PublicComponent component : PublicComponent.values()) {
                assertEquals(expected.count(id, component), actual.count(id, component), id + " " + component);
                assertEquals(expected.starSum(id, component), actual.starSum(id, component), id + " " + component);
            }
        }
        for (PublicComponent component : PublicComponent.values()) {
            assertEquals(expected.campaignCount(component), actual.campaignCount(component));
            assertEquals(expected.campaignStarSum(component), actual.campaignStarSum(component));
        }
        assertEquals(expected.countedPraise(), actual.countedPraise());
        assertEquals(expected.ignoredUnconfirmed(), actual.ignoredUnconfirmed());
        assertEquals(expected.ignoredRejected(), actual.ignoredRejected());
    }

    @Test
    void aTallyAgreesWithCountersThatSayWhatItCountedAndNamesWhereNot() {
        ComponentTally tally = new ComponentTally(ScoringRules.defaults());
        tally.add("a", "online", 5, true, false);
        tally.add("a", "branch", 4, true, false);
        tally.add("b", "online", 3, true, true);
        tally.add("b", "online", 3, false, false);
        assertTrue(tally.disagreement(Map.of("a", 2L, "b", 0L), 1).isEmpty());
        assertTrue(tally.disagreement(Map.of("a", 2L), 1).isEmpty(), "a participant without counted praise expects none");

        assertEquals("a: read 2, counted 3", tally.disagreement(Map.of("a", 3L), 1).orElseThrow(), "a praise not read yet");
        assertEquals("c: read 0, counted 1; rejected praise: read 1, counted 2",
                tally.disagreement(Map.of("a", 2L, "c", 1L), 2).orElseThrow());
        assertEquals("a: read 2, counted 0", tally.disagreement(Map.of(), 1).orElseThrow(), "praise of no known participant");
    }
}
