package lv.praise.domain.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.visits.CriterionResults;

/**
 * Port: the items of one participant's insight (docs/insight.md). A page load reads only the participant's own
 * items (its item, {@code INSIGHT}, {@code MERGES}, {@code CRITERIA}, a page of its approved praise, its history
 * partition) and one {@code BENCHMARK} item per group; the counters themselves move in the moderation decision's
 * transaction (the moderation store), not here.
 */
public interface InsightStore {
    /** A page of approved praise, newest first, and whether more follow. */
    record Texts(List<Praise> praise, boolean more) {
    }

    /** One earlier campaign from the participant's history partition: its figures then, its mark if it had one. */
    record PastYear(int year, long approved, long starsSum, BigDecimal total, Integer rank, String qualityMarkTitle,
                    String certificateCode) {
    }

    /** Which benchmark item: group ({@code industry}, {@code category}, {@code sizeClass}) and its code. */
    record Group(String group, String code) {
    }

    Optional<Participant> participant(int year, String participantId);

    /** Its {@code INSIGHT} item; {@link InsightCounts#EMPTY} when none is written yet. */
    InsightCounts counts(int year, String participantId);

    /** Its {@code MERGES} item; {@link EmployeeMerges#NONE} when none. */
    EmployeeMerges merges(int year, String participantId);

    /** Its per-criterion results ({@code CRITERIA}), as the latest recalculation kept them. */
    Optional<CriterionResults> criteria(int year, String participantId);

    /** The newest approved praise (ByWall), up to {@code limit}. */
    Texts approvedTexts(int year, String participantId, int limit);

    /**
     * Every approved praise of the participant (ByWall, every page), newest first: what the praise cards draw each
     * employee's texts from (on request only, never on a page load).
     */
    List<Praise> approved(int year, String participantId);


    /** Its history partition's years before {@code beforeYear}, newest first. */
    List<PastYear> history(String participantId, int beforeYear);

    /** The groups' {@code BENCHMARK} items (one read for all); a group without an item is left out. */
    List<BenchmarkAggregate> benchmarks(int year, List<Group> groups);

    /** Writes the merges if the stored version is still {@code merges.version()}; false when it moved on. */
    boolean saveMerges(int year, String participantId, EmployeeMerges merges);

    /**
     * Rebuilds the {@code INSIGHT} item from every approved praise of the participant (ByWall): reads the item's
     * version, the praise, counts them with {@code count}, and replaces the item on condition that its version is
     * still the one read; a decision in between moves the version, and the rebuild reads again (backing off).
     * ByWall is eventually consistent and lags the decisions: when what was read is {@link InsightCounts#behind}
     * the item's own {@code approved} counter, the rebuild reads again (backing off) and, still behind while what
     * it reads keeps changing, keeps the decisions' counters, writing only the standings line, the notes and the
     * time (the next night counts again); still behind with the same answer (and version) on every read, the
     * counter is what's wrong and the rebuild's counters and parts replace it ({@code insight_counters_repaired}).
     *
     * @return the counts written
     */
    InsightCounts rebuild(int year, String participantId, java.util.function.Function<List<Praise>, InsightCounts> count);

    /** Writes every group's item of the campaign (and removes none: a group emptied reads as 0 participants). */
    void saveBenchmarks(int year, List<BenchmarkAggregate> groups);

    /** Keeps the year's figures in the participant's history partition, for later campaigns' "year over year". */
    void keepYear(String participantId, PastYear year);
}
