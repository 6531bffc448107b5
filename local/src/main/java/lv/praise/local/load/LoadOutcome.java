package lv.praise.local.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a load run did, as its clients saw it: the answers, the durations, and which praise each
 * participant should now have.
 *
 * @param wallNanos     from the first client's start to the last answer (bulk and race)
 * @param submitted     POST /api/praise calls made by the bulk clients
 * @param confirmed     bulk praise answered {@code confirmed}
 * @param failures      answers or errors other than the expected ones, at most a few quoted in {@code failureSamples}
 * @param raceAnswers   the racers' answers ({@code confirmed}, {@code already_confirmed}, anything else) and how many
 * @param expectedIds   every praise that must now be confirmed exactly once: the bulk's and the race's
 * @param expectedCount per participant, how many of {@code expectedIds} are its
 * @param participantOf the participant of each of {@code expectedIds}
 * @param timedOut      the run was stopped at its time-out before every client finished
 */
record LoadOutcome(LoadOptions options, long wallNanos, int submitted, int confirmed, int failures,
                   List<String> failureSamples, Map<String, Integer> raceAnswers, Set<String> expectedIds,
                   Map<String, Long> expectedCount, Map<String, String> participantOf, Latencies.Summary submit, Latencies.Summary confirm,
                   Latencies.Summary race, boolean timedOut) {

    double seconds() {
        return wallNanos / 1e9;
    }

    int requests() {
        return submit.count() + confirm.count() + race.count();
    }
}
