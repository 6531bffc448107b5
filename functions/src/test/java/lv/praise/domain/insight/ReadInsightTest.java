package lv.praise.domain.insight;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.visits.CriterionResults;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryInsight;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.api.Test;

/** The insight's rules (issue 18): employee keys and merges, counting, benchmarks' minimum group, the score rule. */
class ReadInsightTest {
    private static final Instant NOW = Instant.parse("2027-03-10T10:00:00Z");
    private final InMemoryStore campaigns = new InMemoryStore();
    private final InMemoryInsight store = new InMemoryInsight();
    private final ReadInsight reader = new ReadInsight(campaigns, store, Fixtures.clockAt(NOW));
    private int praiseNo;

    ReadInsightTest() {
        campaigns.save(Fixtures.campaign());
    }

    private static Participant participant(String id, String industry, String category, String size) {
        return new Participant(YEAR, id, "Dalībnieks " + id, category, industry, size, List.of("Rīga, Brīvības 1"),
                id + "@example.lv", 0);
    }

    private Praise praise(String participantId, int stars, String employee, Channel channel, String branch,
                          List<String> aspects, Instant confirmedAt) {
        praiseNo++;
        return Praise.of("praise" + praiseNo, YEAR, "x",
                new Praise.Content(participantId, branch, employee, stars, aspects, "Paldies nr. " + praiseNo, channel,
                        Lang.LV),
                new Praise.State(PraiseStatus.CONFIRMED, null, null, confirmedAt, null, confirmedAt));
    }

    private Praise praise(String participantId, int stars, String employee) {
        return praise(participantId, stars, employee, Channel.ONLINE, null, List.of("speed"),
                Instant.parse("2027-03-02T21:30:00Z"));
    }

    @Test
    void employeeKeysIgnoreCaseDiacriticsAndBlanks() {
        assertEquals("anna berzina", EmployeeKey.of("Anna Bērziņa"));
        assertEquals("anna berzina", EmployeeKey.of("  ANNA   BĒRZIŅA "));
        assertEquals("anna berzina", EmployeeKey.of("anna berzina"));
        assertNull(EmployeeKey.of("   "));
        assertTrue(EmployeeKey.isKey("anna berzina"));
        assertFalse(EmployeeKey.isKey("Anna"));
        assertFalse(EmployeeKey.isKey("anna  berzina"));
    }

    @Test
    void aRebuildNamesAnEmployeeAsTheNewestPraiseSpellsThemInWhateverOrderTheyCome() {
        Praise older = praise("veikals", 4, "anna berzina", Channel.ONLINE, null, List.of(), Instant.parse("2027-03-02T10:00:00Z"));
        Praise newer = praise("veikals", 4, "Anna Bērziņa", Channel.ONLINE, null, List.of(), Instant.parse("2027-03-03T10:00:00Z"));
        assertEquals("Anna Bērziņa", InsightCounts.rebuilt(List.of(newer, older), null, NOW).names().get("anna berzina"));
        assertEquals("Anna Bērziņa", InsightCounts.rebuilt(List.of(older, newer), null, NOW).names().get("anna berzina"));
    }

    @Test
    void theEvaluatorsNotesAreKeptUpToTheirBoundInTheOrderShown() {
        String note = "ļ".repeat(1000);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(i + note);
        }
        List<String> kept = RebuildInsight.capped(many);
        assertEquals(many.subList(0, kept.size()), kept, "the first ones, in order");
        assertTrue(kept.size() < many.size());
        long bytes = kept.stream().mapToLong(n -> n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        assertTrue(bytes <= RebuildInsight.NOTES_BYTES && bytes + 2002 > RebuildInsight.NOTES_BYTES, "bytes kept: " + bytes);
        assertEquals(List.of("a", "b"), RebuildInsight.capped(List.of("a", "b")));
    }

    @Test
    void aRebuildReadFromALaggingIndexKeepsTheDecisionsCounters() {
        Praise older = praise("veikals", 4, "Līga");
        Praise newest = praise("veikals", 5, "Jānis");
        store.approve(older);
        store.approve(newest);
        InsightCounts decided = store.counts(YEAR, "veikals");
        store.indexLags(newest.id());
        ScoreLine line = new ScoreLine(BigDecimal.ONE, null, null, BigDecimal.ONE, 1, 1, 1, null, true, null, false);

        InsightCounts kept = store.rebuild(YEAR, "veikals", approved -> InsightCounts.rebuilt(approved, line, NOW));
        assertTrue(InsightCounts.behind(decided, InsightCounts.rebuilt(List.of(older), null, NOW)));
        assertFalse(InsightCounts.behind(decided, InsightCounts.rebuilt(List.of(older, newest), null, NOW)));
        assertFalse(InsightCounts.behind(InsightCounts.EMPTY, InsightCounts.rebuilt(List.of(older), null, NOW)),
                "an item no decision moved has nothing to compare");
        assertEquals(decided.positive(), kept.positive(), "the praise the index missed is still counted");
        assertEquals(line, kept.score(), "the line is kept all the same");
        assertEquals(decided.positive(), store.counts(YEAR, "veikals").positive());
    }

    @Test
    void aPlantedPairOfSpellingsIsOneEmployeeOnceMerged() {
        Participant p = participant("veikals", "TRADE", "B2C", "SMALL");
        store.add(p);
        store.approve(praise(p.id(), 5, "Anna Bērziņa"));
        store.approve(praise(p.id(), 5, "anna berzina"));
        store.approve(praise(p.id(), 4, "Ane Bērziņa"));
        store.approve(praise(p.id(), 4, "Jānis"));
        List<ParticipantInsight.Employee> before = reader.read(YEAR, p.id()).employees();
        // Case and diacritics make no second person; a misspelt name does until merged.
        assertEquals(List.of("anna berzina", "ane berzina", "janis"), before.stream().map(ParticipantInsight.Employee::key).toList());
        assertEquals(2, before.get(0).count());

        MergeEmployees merges = new MergeEmployees(store, reader);
        List<ParticipantInsight.Employee> after = merges.apply(YEAR, p.id(), "ane berzina", "anna berzina", false);
        assertEquals(List.of("anna berzina", "janis"), after.stream().map(ParticipantInsight.Employee::key).toList());
        ParticipantInsight.Employee anna = after.get(0);
        assertEquals(3, anna.count());
        assertTrue(anna.spellings().containsAll(List.of("Anna Bērziņa", "anna berzina", "Ane Bērziņa")), anna.spellings().toString());
        assertEquals(3, anna.praiseIds().size());
        assertEquals(List.of(new ParticipantInsight.Merged("ane berzina", "Ane Bērziņa")), anna.merged(),
                "the merge is part of the view, so it can be undone after a reload too");

        List<ParticipantInsight.Employee> undone = merges.apply(YEAR, p.id(), "ane berzina", null, true);
        assertEquals(3, undone.size());
        assertTrue(undone.stream().allMatch(e -> e.merged().isEmpty()));
    }

    @Test
    void mergesFollowChainsAndRefuseCyclesNamingTheField() {
        EmployeeMerges m = EmployeeMerges.NONE.merge("a b", "c d").merge("c d", "e f");
        assertEquals("e f", m.resolve("a b"));
        RefusedException cycle = assertThrows(RefusedException.class, () -> m.merge("e f", "a b"));
        assertEquals("into", cycle.field());
        assertEquals("into", assertThrows(RefusedException.class, () -> m.merge("x", "x")).field());
        assertEquals("merge", assertThrows(RefusedException.class, () -> m.merge("Anna", "x")).field());
        assertEquals("unmerge", assertThrows(RefusedException.class, () -> m.unmerge("zz")).field());
    }

    @Test
    void countsPerRigaDayStarsChannelsBranchesAndAspects() {
        Participant p = participant("veikals", "TRADE", "B2C", "SMALL");
        store.add(p);
        // 23:30 UTC on 2 March is 01:30 on 3 March in Riga: the day is Riga's.
        store.approve(praise(p.id(), 5, null, Channel.BRANCH, "Rīga, Brīvības 1", List.of("speed", "quality"),
                Instant.parse("2027-03-02T23:30:00Z")));
        store.approve(praise(p.id(), 3, null, Channel.ONLINE, null, List.of("speed"), Instant.parse("2027-03-02T10:00:00Z")));
        ParticipantInsight.PraiseSummary s = reader.read(YEAR, p.id()).praise();
        assertEquals(2, s.approved());
        assertEquals(new BigDecimal("4.00"), s.meanStars());
        assertEquals(31, s.perDay().size(), "every day of March, praised or not");
        Map<String, Long> days = new HashMap<>();
        s.perDay().forEach(d -> days.put(d.date().toString(), d.count()));
        assertEquals(1L, days.get("2027-03-02"));
        assertEquals(1L, days.get("2027-03-03"));
        assertEquals(1L, s.stars().get("5"));
        assertEquals(0L, s.stars().get("1"));
        assertEquals(Map.of("online", 1L, "branch", 1L, "phone", 0L, "paper", 0L), s.channels());
        assertEquals(List.of(new ParticipantInsight.Count("Rīga, Brīvības 1", 1)), s.branches());
        assertEquals(2L, s.aspects().stream().filter(a -> a.key().equals("speed")).findFirst().orElseThrow().count());
    }

    @Test
    void praiseWhoseApprovalWasTakenAwayIsNeitherCountedNorShown() {
        Participant p = participant("veikals", "TRADE", "B2C", "SMALL");
        store.add(p);
        Praise kept = praise(p.id(), 5, "Anna");
        Praise rejected = praise(p.id(), 1, "Pēteris");
        store.approve(kept);
        store.approve(rejected);
        store.unapprove(rejected);
        ParticipantInsight i = reader.read(YEAR, p.id());
        assertEquals(1, i.praise().approved());
        assertEquals(List.of(kept.id()), i.texts().stream().map(ParticipantInsight.PraiseText::id).toList());
        assertEquals(List.of("anna"), i.employees().stream().map(ParticipantInsight.Employee::key).toList());
        assertEquals(0L, i.praise().stars().get("1"));
    }

    @Test
    void aGroupOfFourIsNotEnoughDataAndAGroupOfFiveHasFigures() {
        // Four in TRADE, five in FINANCE; all SMALL (nine), categories split.
        List<Participant> all = new ArrayList<>();
        for (int n = 0; n < 9; n++) {
            Participant p = participant("p" + n, n < 4 ? "TRADE" : "FINANCE", n % 2 == 0 ? "B2C" : "B2B", "SMALL");
            all.add(p);
            store.add(p);
            store.approve(praise(p.id(), 3 + n % 3, "Anna"));
        }
        Map<String, CriterionResults> criteria = new HashMap<>();
        for (int n = 4; n < 9; n++) {
            Map<String, Map<String, CriterionResults.Mean>> channels = new HashMap<>();
            channels.put("visit", Map.of("greeting", new CriterionResults.Mean(BigDecimal.valueOf(60 + n * 2), 1)));
            if (n == 8) {
                // One participant evaluated by phone too: the group has no figure for that channel.
                channels.put("phone", Map.of("greeting", new CriterionResults.Mean(BigDecimal.valueOf(50), 1)));
            }
            CriterionResults r = new CriterionResults(1, Map.of("greeting", new CriterionResults.Mean(BigDecimal.valueOf(60 + n * 2), 1)),
                    channels, Map.of());
            criteria.put("p" + n, r);
            store.criteria("p" + n, r);
        }
        Map<String, InsightCounts> counts = new HashMap<>();
        all.forEach(p -> counts.put(p.id(), store.counts(YEAR, p.id())));
        store.saveBenchmarks(YEAR, RebuildInsight.benchmarks(all.stream().map(ParticipantProfile::of).toList(), counts,
                criteria, NOW, Map.of("greeting", Map.of("lv", "Sveiciens", "en", "Greeting", "et", "Tervitus"))));

        ParticipantInsight.Benchmark trade = benchmark(reader.read(YEAR, "p0"), "industry");
        assertEquals(4, trade.participants());
        assertFalse(trade.enough());
        assertNull(trade.groupMeanStars());
        assertTrue(trade.aspects().isEmpty());
        assertTrue(trade.criteria().isEmpty());
        assertNotNull(trade.participantMeanStars(), "the participant's own figure stays");

        ParticipantInsight finance = reader.read(YEAR, "p4");
        ParticipantInsight.Benchmark f = benchmark(finance, "industry");
        assertEquals(5, f.participants());
        assertTrue(f.enough());
        // p4..p8 gave 4,5,3,4,5 stars: 21/5.
        assertEquals(new BigDecimal("4.20"), f.groupMeanStars());
        assertEquals(new BigDecimal("1.00"), f.aspects().get(0).group());
        assertTrue(f.enoughEvaluated());
        // Means 68, 70, 72, 74, 76 over the five evaluated: 72.
        assertEquals(new BigDecimal("72.00"), f.criteria().get("greeting"));
        assertEquals(Map.of("visit", new BigDecimal("72.00")), f.channels(),
                "per channel the same minimum: five evaluated in visits, one by phone (no figure)");
        assertTrue(trade.channels().isEmpty());
        assertEquals(9, benchmark(finance, "sizeClass").participants());
        assertEquals(1, finance.mystery().visits());
        assertEquals(new BigDecimal("68.00"), finance.mystery().criteria().get(0).overall());
        assertEquals("Greeting", finance.mystery().criteria().get(0).wording().get("en"), "named from the groups' items");
    }

    private static ParticipantInsight.Benchmark benchmark(ParticipantInsight i, String group) {
        return i.benchmarks().stream().filter(b -> b.group().equals(group)).findFirst().orElseThrow();
    }

    @Test
    void noRankBeforePublicationAndComponentsOnlyWhenTheCampaignShowsThem() {
        Participant p = participant("veikals", "TRADE", "B2C", "SMALL");
        store.add(p);
        store.score(p.id(), new ScoreLine(new BigDecimal("81.5"), null, new BigDecimal("90"), new BigDecimal("84.25"),
                3, 1, 2, new BigDecimal("86"), true, null, false));
        ParticipantInsight.Score during = reader.read(YEAR, p.id()).score();
        assertTrue(during.visible());
        assertEquals(new BigDecimal("81.50"), during.online());
        assertNull(during.total());
        assertNull(during.rankOverall());
        assertNull(during.rankInCategory());
        assertNull(during.rankInSizeClass());
        assertNull(during.toTopN());

        campaigns.save(Fixtures.campaign().withInsightSettings(false, false));
        ParticipantInsight.Score hidden = reader.read(YEAR, p.id()).score();
        assertFalse(hidden.visible());
        assertNull(hidden.online());

        // After publication, from the final standings' line: total, ranks, distances.
        campaigns.save(Fixtures.campaign().published(NOW, Fixtures.organiser("anna@example.lv")));
        store.score(p.id(), new ScoreLine(new BigDecimal("81.5"), null, new BigDecimal("90"), new BigDecimal("78.25"),
                3, 1, 2, new BigDecimal("86"), true, null, true));
        ParticipantInsight.Score after = reader.read(YEAR, p.id()).score();
        assertEquals(new BigDecimal("78.25"), after.total());
        assertEquals(3, after.rankOverall());
        assertEquals(2, after.rankInSizeClass());
        assertEquals(new BigDecimal("1.75"), after.toThreshold());
        assertEquals(new BigDecimal("7.75"), after.toTopN());
        assertEquals(50, after.topN());
    }

    @Test
    void evaluatorsNotesReachTheParticipantOnlyWhenTheCampaignSharesThem() {
        Participant p = participant("veikals", "TRADE", "B2C", "SMALL");
        store.add(p);
        store.criteria(p.id(), new CriterionResults(1, Map.of("greeting", new CriterionResults.Mean(BigDecimal.TEN, 1)),
                Map.of(), Map.of()));
        store.notes(p.id(), List.of("greeting: sveica laipni"));
        assertEquals(List.of(), reader.read(YEAR, p.id()).mystery().notes(), "not shared by default");
        campaigns.save(Fixtures.campaign().withInsightSettings(true, true));
        assertEquals(List.of("greeting: sveica laipni"), reader.read(YEAR, p.id()).mystery().notes());
    }

    @Test
    void theRebuildCopiesOnlyApprovedVisitsNotesWithoutTheirEvaluator() {
        List<lv.praise.domain.visits.Visit> visits = new ArrayList<>();
        for (var status : List.of(lv.praise.domain.visits.VisitStatus.APPROVED, lv.praise.domain.visits.VisitStatus.SUBMITTED)) {
            var s = new lv.praise.domain.visits.SubmissionVersion(1, "s-" + status, java.time.LocalDateTime.parse("2027-03-05T10:00"),
                    "Rīga", List.of(new lv.praise.domain.visits.Answer("greeting", "3", "sveica laipni " + status),
                            new lv.praise.domain.visits.Answer("closing", "2", " ")),
                    "Kopumā labi " + status, null, 1, Map.of(), new lv.praise.domain.Actor("e", "berta@example.lv"), NOW);
            visits.add(new lv.praise.domain.visits.Visit("v-" + status, YEAR, "veikals", "Veikals", null, "visit",
                    "berta@example.lv", java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 3, 20), status, 1,
                    new lv.praise.domain.Actor("o", null), NOW, s, List.of()));
        }
        assertEquals(Map.of("veikals", List.of("Kopumā labi APPROVED", "greeting: sveica laipni APPROVED")),
                RebuildInsight.notes(visits));
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        assertEquals("id", assertThrows(RefusedException.class, () -> reader.read(YEAR, "nav-tada")).field());
    }

    @Test
    void campaignSettingsDefaultToScoreShownAndNotesNotShared() {
        Campaign c = Campaign.defaults(YEAR);
        assertTrue(c.insightShowsScore());
        assertFalse(c.insightSharesNotes());
    }
}
