package lv.praise.local.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a load run did, as its clients saw it: the phases, the answers, the durations, and which praise
 * each participant should now have.
 *
 * @param phases        the ramp's steps (when asked for) and the main phase, in order
 * @param sustained     the highest offered rate (praises/s) of a ramp step that held (0: no ramp, or none held)
 * @param planned       praises the phases offered, all together
 * @param wallNanos     from the first client's start to the last answer (every phase and the race)
 * @param submitted     POST /api/praise calls made by the bulk clients
 * @param confirmed     bulk praise answered {@code confirmed}
 * @param failures      answers or errors other than the expected ones, at most a few quoted in {@code failureSamples}
 * @param serverErrors  answers with an HTTP status of 500 or more: the bulk's per route, the racers' under {@link #RACERS}
 * @param raceAnswers   the racers' answers ({@code confirmed}, {@code already_confirmed}, anything else) and how many
 * @param expectedIds   every praise that must now be confirmed exactly once: the bulk's and the race's
 * @param expectedCount per participant, how many of {@code expectedIds} are its
 * @param participantOf the participant of each of {@code expectedIds}
 * @param submit        the bulk's submit latencies over the whole run (every phase)
 * @param confirm       the bulk's confirm latencies over the whole run
 * @param timedOut      the run was stopped at its time-out before every client finished
 */
record LoadOutcome(LoadOptions options, List<LoadPhase> phases, int sustained, int planned, long wallNanos,
                   int submitted, int confirmed, int failures, Map<String, Integer> serverErrors, List<String> failureSamples,
                   Map<String, Integer> raceAnswers, Set<String> expectedIds, Map<String, Long> expectedCount,
                   Map<String, String> participantOf, Latencies.Summary submit, Latencies.Summary confirm,
                   Latencies.Summary race, boolean timedOut) {
    static final String RACERS = "racers";


    double seconds() {
        return wallNanos / 1e9;
    }

    int serverErrorCount() {
        return serverErrors.values().stream().mapToInt(Integer::intValue).sum();
    }

    int requests() {
        return submit.count() + confirm.count() + race.count();
    }
}
