package lv.praise.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The golden campaign of docs/scoring.md: every figure and every rank as worked out by hand there. */
class GoldenStandingsTest {
    private final ScoringRules rules = ScoringRules.legacy();

    private Standings score(List<ScoringFixtures.PraiseLine> praise) {
        ComponentTally tally = new ComponentTally(rules);
        praise.forEach(line -> line.addTo(tally));
        return ScoringEngine.score(ScoringFixtures.participants(), tally, ScoringFixtures.evaluations(), rules);
    }

    @Test
    void everyFigureAndRankIsAsWorkedOutByHand() {
        Standings standings = score(ScoringFixtures.praise());
        List<Map<String, String>> expected = ScoringFixtures.read("expected.csv");

        assertEquals(expected.stream().map(r -> r.get("id")).toList(),
                standings.rows().stream().map(ParticipantScore::id).toList(),
                "rows: eligible in rank order, then the others");
        List<Executable> checks = new ArrayList<>();
        for (Map<String, String> want : expected) {
            ParticipantScore row = standings.find(want.get("id")).orElseThrow();
            String id = row.id();
            checks.add(() -> assertEquals(decimal(want.get("online")), row.online().score(), id + " online"));
            checks.add(() -> assertEquals(decimal(want.get("branch")),
                    row.branch() == null ? null : row.branch().score(), id + " branch"));
            checks.add(() -> assertEquals(decimal(want.get("mystery")), row.mysteryScore(), id + " mystery"));
            checks.add(() -> assertEquals(decimal(want.get("total")), row.total(), id + " total"));
            checks.add(() -> assertEquals(Long.parseLong(want.get("confirmedPraise")), row.confirmedPraiseCount(),
                    id + " praise"));
            checks.add(() -> assertEquals(Boolean.parseBoolean(want.get("eligible")), row.eligible(), id + " eligible"));
            checks.add(() -> assertEquals(want.get("reason"), row.reason() == null ? "" : row.reason().code(),
                    id + " reason"));
            checks.add(() -> assertEquals(integer(want.get("overall")), row.ranks().overall(), id + " overall"));
            checks.add(() -> assertEquals(integer(want.get("inCategory")), row.ranks().inCategory(),
                    id + " in category"));
            checks.add(() -> assertEquals(integer(want.get("inCategoryAndSize")), row.ranks().inCategoryAndSize(),
                    id + " in category and size"));
            checks.add(() -> assertEquals(integer(want.get("inIndustry")), row.ranks().inIndustry(),
                    id + " in industry"));
        }
        assertAll(checks);
    }

    @Test
    void campaignMeansAndCountsAreAsWorkedOutByHand() {
        Standings standings = score(ScoringFixtures.praise());
        CampaignMean online = standings.campaignMean(PublicComponent.ONLINE);
        CampaignMean branch = standings.campaignMean(PublicComponent.BRANCH);
        assertEquals(new CampaignMean(70, 294, new BigDecimal("4.2000"), false), online);
        assertEquals(new CampaignMean(50, 218, new BigDecimal("4.3600"), false), branch);
        assertEquals(new Standings.Counts(13, 10, 1, 2, 120, 3, 2, 0, 0), standings.counts());
        assertEquals("2027.1", standings.formulaVersion());
        assertEquals(List.of("p01", "p07", "p08"), standings.top(3).stream().map(ParticipantScore::id).toList());
    }

    @Test
    void theBoundaryIsDecidedOnTheRoundedTotal() {
        Standings standings = score(ScoringFixtures.praise());
        // p04 is exactly 80, p05 exactly 79.995 (a double would make it 79.99499…), p06 exactly 79.99.
        assertTrue(standings.find("p04").orElseThrow().eligible());
        assertTrue(standings.find("p05").orElseThrow().eligible());
        assertFalse(standings.find("p06").orElseThrow().eligible());
        assertEquals(Ineligibility.BELOW_THRESHOLD, standings.find("p06").orElseThrow().reason());
    }

    @Test
    void theOrderOfThePraiseDoesNotMatter() {
        List<ScoringFixtures.PraiseLine> shuffled = new ArrayList<>(ScoringFixtures.praise());
        Collections.shuffle(shuffled, new Random(2027));
        assertEquals(score(ScoringFixtures.praise()), score(shuffled));
    }

    @Test
    void countingTheIgnoredPraiseWouldChangeTheResult() {
        // Guards the fixture itself: its pending and rejected praise are there to matter if counted.
        List<ScoringFixtures.PraiseLine> all = ScoringFixtures.praise().stream()
                .map(p -> new ScoringFixtures.PraiseLine(p.participantId(), p.channel(), p.stars(), true, false))
                .toList();
        Standings careless = score(all);
        Function<String, BigDecimal> total = id -> careless.find(id).orElseThrow().total();
        assertTrue(careless.find("p06").orElseThrow().eligible(), "p06 would pass with its pending 5 stars");
        assertTrue(total.apply("p04").compareTo(new BigDecimal("80.00")) < 0, "p04 would fail with its rejected 1 star");
    }

    private static BigDecimal decimal(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    private static Integer integer(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }
}
