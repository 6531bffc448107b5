package lv.praise.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The fairness table of docs/scoring.md §9: the cases of issue 14 scored by the first formula (2027.1) and
 * by 2027.2, every figure as worked out there (campaign mean 4.4★, C = 5). Golden for formula 2027.2.
 */
class FairnessCasesTest {
    /** id, name, size class, counted online praise n, star sum S, evaluations. */
    private record Case(String id, String name, String sizeClass, int n, int stars, List<Integer> evaluations) {
    }

    private static final List<Case> CASES = List.of(
            new Case("q1", "Trīs zvaigznes", "SMALL", 3, 15, List.of(90, 90)),
            new Case("q2", "Tūkstotis", "LARGE", 3000, 13800, List.of(90, 90)),
            new Case("q3", "Klusētājs", "SMALL", 0, 0, List.of(90, 90)),
            new Case("q4", "Trīsdesmit", "SMALL", 30, 129, List.of(90, 90)),
            new Case("q5", "Viena vizīte", "SMALL", 12, 48, List.of(100)),
            new Case("q6", "Alksnis", "MEDIUM", 12, 54, List.of(85, 85)),
            new Case("q7", "Bērzs", "MEDIUM", 12, 54, List.of(85, 85)),
            // Many 4-star praises, so that the campaign mean is the 4.4 (20 064 / 4 560).
            new Case("q8", "Pelēkais", "LARGE", 1491, 5964, List.of(70)));

    /** id → online, mystery, total, reason ("" when eligible), overall place (null when not ranked). */
    private static final Map<String, List<String>> FIRST = Map.of(
            "q1", List.of("92.50", "90.00", "91.07", "", "2"),
            "q2", List.of("91.99", "90.00", "90.85", "", "3"),
            "q3", List.of("88.00", "90.00", "89.14", "", "4"),
            "q4", List.of("86.29", "90.00", "88.41", "", "5"),
            "q5", List.of("82.35", "100.00", "92.44", "", "1"),
            "q6", List.of("89.41", "85.00", "86.89", "", "6"),
            "q7", List.of("89.41", "85.00", "86.89", "", "7"),
            "q8", List.of("80.03", "70.00", "74.30", "below_threshold", ""));
    private static final Map<String, List<String>> SECOND = Map.of(
            "q1", List.of("78.62", "88.93", "84.51", "too_few_praise", ""),
            "q2", List.of("85.03", "88.93", "87.26", "", "1"),
            "q3", List.of("70.40", "88.93", "80.99", "too_few_praise", ""),
            "q4", List.of("84.03", "88.93", "86.83", "", "2"),
            "q5", List.of("76.79", "91.90", "85.43", "", "3"),
            "q6", List.of("81.53", "86.43", "84.33", "", "4"),
            "q7", List.of("81.53", "86.43", "84.33", "", "4"),
            "q8", List.of("72.00", "81.90", "77.66", "below_threshold", ""));

    private static Standings score(ScoringRules rules) {
        ComponentTally tally = new ComponentTally(rules);
        List<ParticipantProfile> profiles = new ArrayList<>();
        Map<String, List<BigDecimal>> evaluations = new HashMap<>();
        for (Case c : CASES) {
            profiles.add(new ParticipantProfile(c.id(), c.name(), "B2C", "TRADE", c.sizeClass(), false));
            int left = c.stars();
            for (int i = 0; i < c.n(); i++) {
                // Spread the star sum over the praises: as many 5s as it takes, the rest 4s (or what is left).
                int stars = Math.min(5, left - 4 * (c.n() - i - 1));
                stars = Math.max(1, Math.min(5, stars));
                tally.add(c.id(), "online", stars, true, false);
                left -= stars;
            }
            assertEquals(0, left, c.id() + " star sum");
            evaluations.put(c.id(), c.evaluations().stream().map(BigDecimal::valueOf).toList());
        }
        return ScoringEngine.score(profiles, tally, evaluations, rules);
    }

    @Test
    void theFirstFormulaStaysAsItWasPublished() {
        check(score(ScoringRules.legacy()), FIRST);
    }

    @Test
    void theSecondFormulaCountsNumberAndStarsAmongPeersAndSharesTiedPlaces() {
        Standings standings = score(ScoringRules.defaults());
        assertEquals("2027.2", standings.formulaVersion());
        check(standings, SECOND);
        assertEquals(new BigDecimal("4.4000"), standings.campaignMean(PublicComponent.ONLINE).mean());
        assertEquals(2, standings.counts().tooFewPraise());
        assertEquals(1, standings.counts().belowThreshold());
        assertEquals(5, standings.counts().eligible());
    }

    @Test
    void aTieAtTheBoundaryAwardsEveryTiedParticipant() {
        Standings second = score(ScoringRules.defaults());
        assertEquals(List.of("q2", "q4", "q5", "q6", "q7"), ids(second.top(4)), "both tied at place 4 are in the TOP-4");
        assertEquals(List.of("q2", "q4", "q5"), ids(second.top(3)));
        Standings first = score(ScoringRules.legacy());
        assertEquals(List.of("q5", "q1", "q2", "q3", "q4", "q6"), ids(first.top(6)), "2027.1: the name decided");
    }

    @Test
    void beingPraisedNeverCostsAgainstSilenceAndNumberCounts() {
        Standings second = score(ScoringRules.defaults());
        BigDecimal silent = second.find("q3").orElseThrow().online().score();
        BigDecimal praised = second.find("q4").orElseThrow().online().score();
        assertTrue(praised.compareTo(silent) > 0, "30 praises of 4.3★ above no praise");
        assertTrue(second.find("q2").orElseThrow().online().score()
                .compareTo(second.find("q1").orElseThrow().online().score()) > 0, "3 000 of 4.6★ above 3 of 5★");
        assertFalse(second.find("q3").orElseThrow().eligible(), "no awardee without praise");
    }

    @Test
    void rulesRefuseAnUnknownFormulaAndAMeaninglessMinimum() {
        assertThrows(IllegalArgumentException.class, () -> ScoringRules.defaults().withFormulaVersion("2099.1"));
        assertThrows(IllegalArgumentException.class, () -> ScoringRules.defaults().withMinimumPraise(-1));
    }

    private static void check(Standings standings, Map<String, List<String>> expected) {
        List<Executable> checks = new ArrayList<>();
        expected.forEach((id, want) -> {
            ParticipantScore row = standings.find(id).orElseThrow();
            checks.add(() -> assertEquals(new BigDecimal(want.get(0)), row.online().score(), id + " online"));
            checks.add(() -> assertEquals(new BigDecimal(want.get(1)), row.mysteryScore(), id + " mystery"));
            checks.add(() -> assertEquals(new BigDecimal(want.get(2)), row.total(), id + " total"));
            checks.add(() -> assertEquals(want.get(3), row.reason() == null ? "" : row.reason().code(), id + " reason"));
            checks.add(() -> assertEquals(want.get(4).isEmpty() ? null : Integer.valueOf(want.get(4)),
                    row.ranks().overall(), id + " place"));
        });
        assertAll(checks);
    }

    private static List<String> ids(List<ParticipantScore> rows) {
        return rows.stream().map(ParticipantScore::id).toList();
    }
}
