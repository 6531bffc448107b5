package lv.praise.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.Participant;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {
    private final ScoringRules rules = ScoringRules.legacy();

    private static ParticipantProfile profile(String id, boolean hasBranches) {
        return new ParticipantProfile(id, "Name " + id, "B2C", "TRADE", "SMALL", hasBranches);
    }

    private static List<BigDecimal> scores(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void withoutPraiseTheCampaignMeanIsTheDefaultFour() {
        Standings standings = ScoringEngine.score(List.of(profile("a", true)), new ComponentTally(rules),
                Map.of("a", scores("90")), rules);
        for (PublicComponent component : PublicComponent.values()) {
            assertEquals(new CampaignMean(0, 0, d("4.0000"), true), standings.campaignMean(component));
        }
        ParticipantScore a = standings.find("a").orElseThrow();
        assertEquals(new PublicScore(0, 0, d("80.00")), a.online());
        assertEquals(new PublicScore(0, 0, d("80.00")), a.branch());
        assertEquals(d("84.00"), a.total(), "(30·80 + 30·80 + 40·90) / 100");
    }

    @Test
    void eachChannelFallsBackOnItsOwn() {
        ComponentTally tally = new ComponentTally(rules);
        tally.add("a", "online", 5, true, false);
        tally.add("b", "online", 4, true, false);
        Standings standings = ScoringEngine.score(List.of(profile("a", true), profile("b", true)), tally, Map.of(),
                rules);
        assertEquals(new CampaignMean(2, 9, d("4.5000"), false), standings.campaignMean(PublicComponent.ONLINE));
        assertEquals(new CampaignMean(0, 0, d("4.0000"), true), standings.campaignMean(PublicComponent.BRANCH));
        // a: B = (5·4.5 + 5) / 6 = 27.5 / 6, component = 20·B = 91.666…
        assertEquals(d("91.67"), standings.find("a").orElseThrow().online().score());
    }

    @Test
    void theDefaultMeanIsConfigurable() {
        ScoringRules lower = new ScoringRules(rules.priorWeight(), d("3.5"), rules.onlineWeight(), rules.branchWeight(),
                rules.mysteryWeight(), rules.qualityThreshold(), rules.formulaVersion(), rules.channelComponents());
        Standings standings = ScoringEngine.score(List.of(profile("a", false)), new ComponentTally(lower), Map.of(), lower);
        assertEquals(d("70.00"), standings.find("a").orElseThrow().online().score());
    }

    @Test
    void withoutBranchesTheOtherWeightsAreRenormalised() {
        Map<String, List<BigDecimal>> evaluations = Map.of("shop", scores("94"), "chain", scores("94"));
        Standings standings = ScoringEngine.score(List.of(profile("shop", false), profile("chain", true)),
                new ComponentTally(rules), evaluations, rules);
        ParticipantScore shop = standings.find("shop").orElseThrow();
        assertNull(shop.branch());
        assertEquals(d("88.00"), shop.total(), "(30·80 + 40·94) / 70, not / 100");
        assertEquals(d("85.60"), standings.find("chain").orElseThrow().total(), "(30·80 + 30·80 + 40·94) / 100");

        ScoringRules other = rules.withWeights(d("1"), d("1"), d("2"));
        Standings reweighted = ScoringEngine.score(List.of(profile("shop", false)), new ComponentTally(other),
                evaluations, other);
        assertEquals(d("89.33"), reweighted.find("shop").orElseThrow().total(), "(80 + 2·94) / 3");
    }

    @Test
    void withoutEvaluationTheTotalIsPublicOnlyAndNotEligible() {
        ComponentTally tally = new ComponentTally(rules);
        for (int i = 0; i < 5; i++) {
            tally.add("a", "online", 5, true, false);
        }
        Standings standings = ScoringEngine.score(List.of(profile("a", true)), tally, Map.of("a", List.of()), rules);
        ParticipantScore a = standings.find("a").orElseThrow();
        // online: m = 5, so B = 5 and the component is 100; branch at the default 80. (30·100 + 30·80) / 60 = 90.
        assertEquals(d("90.00"), a.total());
        assertNull(a.mystery());
        assertFalse(a.eligible());
        assertEquals(Ineligibility.NOT_EVALUATED, a.reason());
        assertEquals("not evaluated", a.reason().label());
        assertEquals(ParticipantScore.Ranks.NONE, a.ranks());
        assertTrue(standings.top(50).isEmpty());
    }

    @Test
    void manyPraisesOutweighThePrior() {
        ComponentTally tally = new ComponentTally(rules);
        tally.add("few", "online", 5, true, false);
        for (int i = 0; i < 95; i++) {
            tally.add("many", "online", 5, true, false);
        }
        for (int i = 0; i < 4; i++) {
            tally.add("low", "online", 1, true, false);
        }
        Standings standings = ScoringEngine.score(List.of(profile("few", false), profile("many", false),
                profile("low", false)), tally, Map.of(), rules);
        // m = (5 + 475 + 4) / 100 = 4.84
        assertEquals(d("4.8400"), standings.campaignMean(PublicComponent.ONLINE).mean());
        assertEquals(d("97.33"), standings.find("few").orElseThrow().online().score(), "20·(24.2 + 5) / 6");
        assertEquals(d("99.84"), standings.find("many").orElseThrow().online().score(), "20·(24.2 + 475) / 100");
        assertEquals(d("62.67"), standings.find("low").orElseThrow().online().score(), "20·(24.2 + 4) / 9");
    }

    @Test
    void branchPraiseOfAParticipantWithoutBranchesCountsButScoresNothing() {
        ComponentTally tally = new ComponentTally(rules);
        tally.add("shop", "paper", 1, true, false);
        tally.add("chain", "branch", 5, true, false);
        Standings standings = ScoringEngine.score(List.of(profile("shop", false), profile("chain", true)), tally,
                Map.of("shop", scores("80"), "chain", scores("80")), rules);
        ParticipantScore shop = standings.find("shop").orElseThrow();
        assertNull(shop.branch());
        assertEquals(1, shop.confirmedPraiseCount());
        assertEquals(d("80.00"), shop.total(), "(30·80 + 40·80) / 70: the 1-star paper praise is not in it");
        assertEquals(new CampaignMean(2, 6, d("3.0000"), false), standings.campaignMean(PublicComponent.BRANCH));
    }

    @Test
    void theThresholdIsConfigurableAndComparedToTheRoundedTotal() {
        Map<String, List<BigDecimal>> evaluations = Map.of("a", scores("85"));
        // (30·80 + 30·80 + 40·85) / 100 = 82.00
        Standings at82 = ScoringEngine.score(List.of(profile("a", true)), new ComponentTally(rules), evaluations,
                rules.withQualityThreshold(d("82.00")));
        assertTrue(at82.find("a").orElseThrow().eligible());
        Standings at8201 = ScoringEngine.score(List.of(profile("a", true)), new ComponentTally(rules), evaluations,
                rules.withQualityThreshold(d("82.01")));
        assertEquals(Ineligibility.BELOW_THRESHOLD, at8201.find("a").orElseThrow().reason());

        Campaign campaign = Campaign.defaults(2027);
        assertEquals(0, ScoringRules.forCampaign(campaign).qualityThreshold().compareTo(d("80")));
    }

    @Test
    void aTotalOfExactlyHalfACentRoundsUp() {
        // Both public components at 80, mystery (79.975 + 80) / 2 = 79.9875:
        // total (30·80 + 30·80 + 40·79.9875) / 100 = exactly 79.995 → 80.00.
        Standings standings = ScoringEngine.score(List.of(profile("a", true)), new ComponentTally(rules),
                Map.of("a", scores("79.975", "80")), rules);
        ParticipantScore a = standings.find("a").orElseThrow();
        assertEquals(d("79.99"), a.mysteryScore());
        assertEquals(d("80.00"), a.total());
        assertTrue(a.eligible());

        // A hair below half a cent stays below: mystery 79.98725 gives a total of 79.9949 → 79.99.
        Standings below = ScoringEngine.score(List.of(profile("a", true)), new ComponentTally(rules),
                Map.of("a", scores("79.9745", "80")), rules);
        assertEquals(d("79.99"), below.find("a").orElseThrow().total());
        assertFalse(below.find("a").orElseThrow().eligible());
    }

    @Test
    void halvesRoundUpNotToEven() {
        // Mystery (80.005 + 80.02) / 2 = 80.0125; total (30·80 + 30·80 + 40·80.0125) / 100 = exactly 80.005.
        // Half-even would give 80.00 for both the total and a mystery of 80.005; half-up gives 80.01.
        Standings standings = ScoringEngine.score(List.of(profile("a", true), profile("b", true)),
                new ComponentTally(rules), Map.of("a", scores("80.005", "80.02"), "b", scores("80.00", "80.01")), rules);
        assertEquals(d("80.01"), standings.find("a").orElseThrow().total());
        assertEquals(d("80.01"), standings.find("b").orElseThrow().mysteryScore(), "(80.00 + 80.01) / 2 = 80.005");
    }

    @Test
    void ranksAreCountedWithinEachGroupAmongTheEligible() {
        List<ParticipantProfile> profiles = List.of(
                new ParticipantProfile("a", "A", "B2C", "TRADE", "SMALL", true),
                new ParticipantProfile("b", "B", "B2C", "FINANCE", "LARGE", true),
                new ParticipantProfile("c", "C", "B2B", "TRADE", "SMALL", true),
                new ParticipantProfile("d", "D", "B2C", "TRADE", "SMALL", true),
                new ParticipantProfile("e", "E", null, null, null, true));
        Map<String, List<BigDecimal>> evaluations = Map.of("a", scores("100"), "b", scores("99"), "c", scores("98"),
                "d", scores("97"), "e", scores("96"));
        Standings standings = ScoringEngine.score(profiles, new ComponentTally(rules), evaluations, rules);
        assertEquals(new ParticipantScore.Ranks(1, 1, 1, 1), standings.find("a").orElseThrow().ranks());
        assertEquals(new ParticipantScore.Ranks(2, 2, 1, 1), standings.find("b").orElseThrow().ranks());
        assertEquals(new ParticipantScore.Ranks(3, 1, 1, 2), standings.find("c").orElseThrow().ranks());
        assertEquals(new ParticipantScore.Ranks(4, 3, 2, 3), standings.find("d").orElseThrow().ranks());
        assertEquals(new ParticipantScore.Ranks(5, null, null, null), standings.find("e").orElseThrow().ranks());
    }

    @Test
    void praiseAndEvaluationsOfUnlistedParticipantsAreLeftOutAndReported() {
        ComponentTally tally = new ComponentTally(rules);
        tally.add("a", "online", 4, true, false);
        tally.add("gone", "online", 1, true, false);
        tally.add("gone", "online", 1, true, false);
        Standings standings = ScoringEngine.score(List.of(profile("a", false)), tally,
                Map.of("a", scores("90"), "gone", scores("10", "20")), rules);
        assertEquals(new CampaignMean(1, 4, d("4.0000"), false), standings.campaignMean(PublicComponent.ONLINE));
        assertEquals(2, standings.counts().unmatchedPraise());
        assertEquals(2, standings.counts().unmatchedEvaluations());
        assertEquals(1, standings.counts().countedPraise());
        assertEquals(1, standings.rows().size());
    }

    @Test
    void refusesInputThatCannotBeScored() {
        ComponentTally tally = new ComponentTally(rules);
        assertThrows(IllegalArgumentException.class, () -> ScoringEngine.score(
                List.of(profile("a", true), profile("a", false)), tally, Map.of(), rules), "duplicate id");
        assertThrows(IllegalArgumentException.class, () -> ScoringEngine.score(
                List.of(profile("a", true)), tally, Map.of("a", scores("100.01")), rules), "score above 100");
        assertThrows(IllegalArgumentException.class, () -> ScoringEngine.score(
                List.of(profile("a", true)), tally, Map.of("a", scores("-1")), rules), "negative score");
        ScoringRules other = new ScoringRules(rules.priorWeight(), rules.defaultMeanStars(), rules.onlineWeight(),
                rules.branchWeight(), rules.mysteryWeight(), rules.qualityThreshold(), rules.formulaVersion(),
                Map.of("online", PublicComponent.ONLINE));
        assertThrows(IllegalArgumentException.class, () -> ScoringEngine.score(
                List.of(profile("a", true)), tally, Map.of(), other), "tally filled under another mapping");
    }

    @Test
    void rulesRefuseParametersWithoutMeaning() {
        assertThrows(IllegalArgumentException.class, () -> rules.withPriorWeight(BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> rules.withWeights(d("30"), d("30"), BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> rules.withQualityThreshold(d("100.01")));
        assertEquals("2027.1", rules.formulaVersion());
        assertEquals(PublicComponent.ONLINE, rules.componentOf("phone").orElseThrow());
        assertEquals(PublicComponent.BRANCH, rules.componentOf("paper").orElseThrow());
    }

    @Test
    void aProfileIsBuiltFromAParticipant() {
        Participant withBranches = new Participant(2027, "acme", "Acme", "B2C", "TRADE", "SMALL", List.of("Rīga"),
                "info@acme.lv", 3);
        Participant without = new Participant(2027, "web", "Web", "E_SERVICE", "TRADE", "SMALL", List.of(),
                "info@web.lv", 0);
        assertEquals(new ParticipantProfile("acme", "Acme", "B2C", "TRADE", "SMALL", true),
                ParticipantProfile.of(withBranches));
        assertFalse(ParticipantProfile.of(without).hasBranches());
    }
}
