package lv.praise.domain.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one participant's own view shows (issue 18, docs/insight.md): what {@code GET
 * /api/my/participants/{id}} answers as JSON, the PDF report prints and the weekly digest quotes from. Built by
 * the insight use case from the participant's own items and one aggregate item per benchmark group; nothing in
 * it is another participant's own figure. Means are rounded to two decimals (HALF_UP) once, here.
 */
public record ParticipantInsight(
        Subject participant,
        int campaignYear,
        /** The campaign's state now: {@code not_open}, {@code open}, {@code closed}, {@code published}. */
        String campaignState,
        PraiseSummary praise,
        List<PraiseText> texts,
        /** Whether more approved texts exist than {@link #texts} holds (the newest {@value #TEXTS} are shown). */
        boolean moreTexts,
        List<Employee> employees,
        List<Benchmark> benchmarks,
        /** Null when the participant has no approved visit. */
        Mystery mystery,
        Score score,
        /** Earlier campaigns the participant took part in, newest first (empty the first year). */
        List<YearSummary> years,
        Instant computedAt) {

    public static final int TEXTS = 50;

    /** Who the view is about (no contact addresses: those are the organisers' and the contact's own). */
    public record Subject(String id, String name, String category, String industry, String sizeClass,
                          List<String> branches) {
    }

    /** The approved praise in figures: per day of the praise window (days without praise as 0), stars, channels. */
    public record PraiseSummary(
            long approved,
            /** Mean stars of approved praise, null with none. */
            BigDecimal meanStars,
            List<DayCount> perDay,
            /** Keys "1".."5", every key present. */
            Map<String, Long> stars,
            /** Channel code (online, branch, phone, paper) → count, every channel present. */
            Map<String, Long> channels,
            /** Branch → count of praise at that branch (only "at a branch" praise names one), largest first. */
            List<Count> branches,
            /** The campaign's aspect code → how many praises named it, in the campaign's vocabulary order. */
            List<Count> aspects) {
    }

    public record DayCount(LocalDate date, long count) {
    }

    public record Count(String key, long count) {
    }

    /** One approved praise as the participant sees it: the employee's name as written, never the praiser. */
    public record PraiseText(String id, Instant confirmedAt, int stars, String channel, String branch,
                             String employee, List<String> aspects, String text) {
    }

    /**
     * An employee named in approved praise. {@code key} is the compared form (lower case, no diacritics, single
     * spaces; after the participant's merges), {@code name} the spelling shown (the most frequent, then the
     * longest), {@code spellings} every spelling seen. {@code praiseIds} lead to the texts.
     */
    public record Employee(String key, String name, List<String> spellings, long count, List<String> praiseIds,
                           /** The keys merged into this one (each can be unmerged), with the spelling each had. */
                           List<Merged> merged) {
        public Employee(String key, String name, List<String> spellings, long count, List<String> praiseIds) {
            this(key, name, spellings, count, praiseIds, List.of());
        }
    }

    /** A key merged into another by the participant or an organiser, and its spelling: what an undo names. */
    public record Merged(String key, String name) {
    }

    /**
     * The participant against one group of participants: {@code group} is {@code industry}, {@code category} or
     * {@code sizeClass}, {@code code} the group's code. With fewer than {@value #MIN_GROUP} participants in the
     * group, {@code enough} is false and every group figure is null ("not enough data"): never a figure.
     */
    public record Benchmark(String group, String code, int participants, boolean enough,
                            BigDecimal participantMeanStars, BigDecimal groupMeanStars,
                            /** Aspect code → share of approved praise naming it (0–1, 2 decimals): participant, group. */
                            List<AspectShare> aspects,
                            /** Criterion id → group mean score 0–100; empty when not enough evaluated participants. */
                            Map<String, BigDecimal> criteria,
                            int evaluatedParticipants, boolean enoughEvaluated,
                            /**
                             * Channel → the group's mystery mean 0–100 in it; only channels with at least
                             * {@value #MIN_GROUP} participants evaluated there (of a group with enough), else absent.
                             */
                            Map<String, BigDecimal> channels) {
        public static final int MIN_GROUP = 5;

        public Benchmark(String group, String code, int participants, boolean enough, BigDecimal participantMeanStars,
                         BigDecimal groupMeanStars, List<AspectShare> aspects, Map<String, BigDecimal> criteria,
                         int evaluatedParticipants, boolean enoughEvaluated) {
            this(group, code, participants, enough, participantMeanStars, groupMeanStars, aspects, criteria,
                    evaluatedParticipants, enoughEvaluated, Map.of());
        }
    }

    public record AspectShare(String aspect, BigDecimal participant, BigDecimal group) {
    }

    /** The participant's mystery shopping (issue 17's per-criterion results), with evaluators' notes if shared. */
    public record Mystery(int visits, List<Criterion> criteria, Map<String, BigDecimal> byChannel,
                          /** Empty unless the campaign shares evaluators' notes with participants. */
                          List<String> notes) {
    }

    /** One criterion: its wording (lv/en/et), the participant's mean score 0–100 overall and per channel. */
    public record Criterion(String id, Map<String, String> wording, BigDecimal overall, Map<String, BigDecimal> byChannel,
                            int n) {
    }

    /**
     * The running score. Before publication: components only, and only when the campaign lets participants see
     * them ({@code visible}); never a rank. After publication: total, ranks and distances too.
     */
    public record Score(boolean visible, boolean published,
                        BigDecimal online, BigDecimal branch, BigDecimal mystery, BigDecimal total,
                        Integer rankOverall, Integer rankInCategory, Integer rankInSizeClass,
                        BigDecimal threshold, BigDecimal toThreshold, Integer topN, BigDecimal toTopN,
                        boolean eligible, String reason) {
    }

    /** One earlier campaign of the participant: its figures then, and its mark if it had one. */
    public record YearSummary(int year, long approved, BigDecimal meanStars, BigDecimal total, Integer rank,
                              String qualityMarkTitle, String certificateCode) {
    }
}
