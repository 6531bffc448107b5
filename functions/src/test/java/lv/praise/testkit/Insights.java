package lv.praise.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.insight.ParticipantInsight;
import lv.praise.domain.insight.ParticipantInsight.AspectShare;
import lv.praise.domain.insight.ParticipantInsight.Benchmark;

/** Participant insights built directly (the insight branch's reader is not needed to print one). */
public final class Insights {
    public static final String NAME = "Ķemeru Ūdeņu Šķūnis, SIA";
    public static final String EMPLOYEE = "Anna Bērziņa";

    private Insights() {
    }

    /**
     * A published campaign's insight: 42 praises over March, mean stars 4.60, an industry of 12 (enough), a size
     * class of 3 (not enough), a mystery criterion, two employees (one with diacritics), ranks 7/2/1.
     */
    public static ParticipantInsight published(String participantId) {
        return insight(participantId, NAME, true, 2, 3);
    }

    /**
     * @param employees how many employees (beyond Anna Bērziņa and Ģirts Čakste) are named: a long list paginates
     * @param textsPerEmployee how many texts name Anna Bērziņa
     */
    public static ParticipantInsight insight(String participantId, String name, boolean published, int employees,
                                             int textsPerEmployee) {
        List<ParticipantInsight.DayCount> perDay = new ArrayList<>();
        for (int d = 1; d <= 31; d++) {
            perDay.add(new ParticipantInsight.DayCount(LocalDate.of(2027, 3, d), d % 7 == 0 ? 5 : d % 3));
        }
        Map<String, Long> stars = new LinkedHashMap<>();
        stars.put("1", 0L);
        stars.put("2", 1L);
        stars.put("3", 2L);
        stars.put("4", 10L);
        stars.put("5", 29L);
        Map<String, Long> channels = new LinkedHashMap<>(Map.of("online", 30L, "branch", 12L, "phone", 0L, "paper", 0L));
        var praise = new ParticipantInsight.PraiseSummary(42, new BigDecimal("4.60"), perDay, stars, channels,
                List.of(new ParticipantInsight.Count("Rīga, Brīvības 1", 5)),
                List.of(new ParticipantInsight.Count("friendly", 20), new ParticipantInsight.Count("fast", 9)));
        List<ParticipantInsight.PraiseText> texts = new ArrayList<>();
        List<String> annasIds = new ArrayList<>();
        for (int i = 0; i < textsPerEmployee; i++) {
            String id = "p" + i;
            annasIds.add(id);
            texts.add(new ParticipantInsight.PraiseText(id, Instant.parse("2027-03-10T10:00:00Z").plusSeconds(3600L * i),
                    5, "online", null, EMPLOYEE, List.of("friendly"),
                    "Anna ļoti laipni palīdzēja izvēlēties dāvanu; ņēma vērā visas vēlmes, paldies! Nr. " + i));
        }
        texts.add(new ParticipantInsight.PraiseText("g1", Instant.parse("2027-03-11T10:00:00Z"), 4, "branch",
                "Rīga, Brīvības 1", "Ģirts Čakste", List.of("fast"), "Ģirts ātri salaboja čeku."));
        List<ParticipantInsight.Employee> named = new ArrayList<>();
        named.add(new ParticipantInsight.Employee("anna berzina", EMPLOYEE, List.of(EMPLOYEE, "anna berzina"),
                textsPerEmployee, annasIds));
        named.add(new ParticipantInsight.Employee("girts cakste", "Ģirts Čakste", List.of("Ģirts Čakste"), 1, List.of("g1")));
        for (int i = 0; i < employees - 2; i++) {
            named.add(new ParticipantInsight.Employee("darbinieks " + i, "Darbinieks Ņikita Žagars " + i,
                    List.of("Darbinieks Ņikita Žagars " + i), 1, List.of()));
        }
        List<Benchmark> benchmarks = List.of(
                new Benchmark("industry", "retail", 12, true, new BigDecimal("4.60"), new BigDecimal("4.21"),
                        List.of(new AspectShare("friendly", new BigDecimal("0.48"), new BigDecimal("0.35")),
                                new AspectShare("fast", new BigDecimal("0.21"), new BigDecimal("0.30"))),
                        Map.of("greeting", new BigDecimal("78.20")), 6, true),
                new Benchmark("category", "services", 7, true, new BigDecimal("4.60"), new BigDecimal("4.33"),
                        List.of(), Map.of(), 3, false),
                new Benchmark("sizeClass", "micro", 3, false, new BigDecimal("4.60"), null, List.of(), Map.of(), 1, false));
        var mystery = new ParticipantInsight.Mystery(4, List.of(new ParticipantInsight.Criterion("greeting",
                Map.of("lv", "Sveicināšana un acu kontakts", "en", "Greeting and eye contact", "et", "Tervitus"),
                new BigDecimal("85.00"), Map.of("visit", new BigDecimal("80.00")), 4)),
                Map.of("visit", new BigDecimal("82.50")), List.of());
        var score = published
                ? new ParticipantInsight.Score(true, true, new BigDecimal("40.10"), new BigDecimal("20.00"),
                        new BigDecimal("17.25"), new BigDecimal("77.35"), 7, 2, 1, new BigDecimal("70.00"),
                        new BigDecimal("-7.35"), 50, BigDecimal.ZERO, true, null)
                : new ParticipantInsight.Score(true, false, new BigDecimal("40.10"), null, new BigDecimal("17.25"), null,
                        null, null, null, null, null, null, null, false, null);
        return new ParticipantInsight(new ParticipantInsight.Subject(participantId, name, "services", "retail", "micro",
                List.of("Rīga, Brīvības 1")), 2027, published ? "published" : "open", praise, texts, false, named,
                benchmarks, mystery, score, List.of(), Instant.parse("2027-04-20T08:00:00Z"));
    }
}
