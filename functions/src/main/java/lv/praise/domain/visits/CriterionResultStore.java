package lv.praise.domain.visits;

import java.util.Map;

/**
 * Port: each participant's per-criterion results as the latest recalculation computed them, kept for the
 * console's standings breakdown and the participant's own page.
 */
public interface CriterionResultStore {
    /** Replaces the kept results with these (a participant no longer listed keeps nothing). */
    void keep(int year, Map<String, CriterionResults> results);

    /** The kept results by participant id. */
    Map<String, CriterionResults> results(int year);
}
