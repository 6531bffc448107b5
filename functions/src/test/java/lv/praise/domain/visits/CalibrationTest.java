package lv.praise.domain.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Actor;
import org.junit.jupiter.api.Test;

/** The calibration rule of docs/scoring.md §11: a planted outlier is flagged, the others are not. */
class CalibrationTest {
    private final List<Visit> visits = new ArrayList<>();
    private int next;

    @Test
    void aPlantedOutlierIsFlaggedAndTheNormalEvaluatorsAreNot() {
        // Six participants, each visited by four evaluators who agree within a few points and by the outlier, who
        // scores about 20 points lower everywhere.
        double[][] scores = {{80, 82, 79, 81, 61}, {70, 68, 71, 69, 52}, {90, 91, 88, 90, 69}, {75, 77, 74, 76, 55},
                {85, 83, 86, 84, 66}, {60, 63, 61, 62, 41}};
        String[] names = {"anna@example.lv", "berta@example.lv", "cilda@example.lv", "daina@example.lv", "outlier@example.lv"};
        for (int p = 0; p < scores.length; p++) {
            for (int e = 0; e < names.length; e++) {
                done(names[e], "p" + p, scores[p][e], e == 1 ? VisitStatus.SUBMITTED : VisitStatus.APPROVED);
            }
        }
        planned("anna@example.lv", "p9");
        Map<String, Calibration.Line> lines = byEvaluator(Calibration.of(visits));
        Calibration.Line outlier = lines.get("outlier@example.lv");
        assertTrue(outlier.flagged());
        assertEquals(6, outlier.compared());
        assertTrue(outlier.meanDifference().compareTo(new BigDecimal("-15")) < 0, outlier.toString());
        for (int e = 0; e < 4; e++) {
            assertFalse(lines.get(names[e]).flagged(), lines.get(names[e]).toString());
        }
        assertEquals(6, lines.get("anna@example.lv").done());
        assertEquals(1, lines.get("anna@example.lv").outstanding());
        assertEquals(new BigDecimal("76.67"), lines.get("anna@example.lv").mean());
        // dₚ against the others' median: −19.5, −17.5, −21, −20.5, −18.5, −20.5 → D̄ = −117.5 / 6 = −19.583…
        assertEquals(new BigDecimal("-19.58"), outlier.meanDifference());
    }

    @Test
    void oneWrongEvaluatorDoesNotDragThreeRightOnesIntoAFlag() {
        // Three who agree and one 40 points below: measured against the others' mean each right one would lie
        // 40/3 ≈ 13 points above "the others" everywhere and be flagged; against the others' median they don't.
        double[][] scores = {{80, 81, 79, 40}, {70, 71, 69, 30}, {90, 89, 91, 50}, {60, 61, 59, 20}};
        String[] names = {"anna@example.lv", "berta@example.lv", "cilda@example.lv", "outlier@example.lv"};
        for (int p = 0; p < scores.length; p++) {
            for (int e = 0; e < names.length; e++) {
                done(names[e], "p" + p, scores[p][e], VisitStatus.APPROVED);
            }
        }
        Map<String, Calibration.Line> lines = byEvaluator(Calibration.of(visits));
        assertTrue(lines.get("outlier@example.lv").flagged(), lines.get("outlier@example.lv").toString());
        // Its dₚ: 40 − 80, 30 − 70, 50 − 90, 20 − 60 (the median of the three right ones is the middle one).
        assertEquals(new BigDecimal("-40.00"), lines.get("outlier@example.lv").meanDifference());
        for (int e = 0; e < 3; e++) {
            assertFalse(lines.get(names[e]).flagged(), lines.get(names[e]).toString());
        }
    }

    @Test
    void aFarButInconsistentDifferenceIsNotFlagged() {
        // The difference averages over 10 points but swings from +45 to −20: within 2 standard errors.
        double[][] scores = {{50, 95}, {90, 70}, {40, 85}, {85, 70}};
        for (int p = 0; p < scores.length; p++) {
            done("anna@example.lv", "p" + p, scores[p][0], VisitStatus.APPROVED);
            done("berta@example.lv", "p" + p, scores[p][1], VisitStatus.APPROVED);
        }
        Calibration.Line berta = byEvaluator(Calibration.of(visits)).get("berta@example.lv");
        assertTrue(berta.meanDifference().abs().compareTo(BigDecimal.TEN) >= 0, berta.toString());
        assertFalse(berta.flagged(), berta.toString());
    }

    @Test
    void oneSharedParticipantIsTooFewToFlag() {
        done("anna@example.lv", "p1", 90, VisitStatus.APPROVED);
        done("berta@example.lv", "p1", 30, VisitStatus.APPROVED);
        Calibration.Line berta = byEvaluator(Calibration.of(visits)).get("berta@example.lv");
        assertEquals(1, berta.compared());
        assertEquals(null, berta.standardError());
        assertFalse(berta.flagged());
    }

    private Map<String, Calibration.Line> byEvaluator(List<Calibration.Line> lines) {
        Map<String, Calibration.Line> map = new java.util.HashMap<>();
        lines.forEach(l -> map.put(l.evaluator(), l));
        return map;
    }

    private void done(String evaluator, String participant, double score, VisitStatus status) {
        SubmissionVersion s = new SubmissionVersion(1, "s" + next, LocalDateTime.parse("2027-03-05T10:00"), "x", List.of(),
                null, new VisitScore(BigDecimal.valueOf(score), BigDecimal.ONE), 1, Map.of(), new Actor("e", evaluator),
                Instant.EPOCH);
        visits.add(new Visit("v" + next++, 2027, participant, participant, null, "visit", evaluator, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 20), status, 1, new Actor("o", null), Instant.EPOCH, s, List.of()));
    }

    private void planned(String evaluator, String participant) {
        visits.add(new Visit("v" + next++, 2027, participant, participant, null, "visit", evaluator, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 20), VisitStatus.PLANNED, null, new Actor("o", null), Instant.EPOCH, null, List.of()));
    }
}
