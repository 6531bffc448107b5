package lv.praise.domain.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.domain.RefusedException;
import lv.praise.domain.scoring.ExactScore;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringEngine;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.Participant;
import org.junit.jupiter.api.Test;

/** The visit score of docs/scoring.md §10, its worked example figure by figure, and the refusals naming fields. */
class VisitScoringTest {
    private static final Questionnaire V1 = Questionnaire.defaults(2027);

    /** docs/scoring.md §10: the worked example, an e-mail visit on the default questionnaire. */
    static List<Answer> workedExample() {
        return List.of(
                new Answer("competence", "4", null),
                new Answer("options", "1", null),
                new Answer("solved", "na", "the question needed no solution"),
                new Answer("response-time", "30", null),
                new Answer("positivity", "5", null),
                new Answer("consistency", "2", null),
                new Answer("respect", "yes", null),
                new Answer("closing", "0", null));
    }

    @Test
    void theWorkedExampleOfTheDocsScoresExactly905Over13() {
        VisitScoring.Scored scored = VisitScoring.score(V1, "e-mail", workedExample());
        assertEquals(new BigDecimal("0.75"), scored.fractions().get("competence"));
        assertEquals(new BigDecimal("0.5"), scored.fractions().get("options"));
        assertEquals(new BigDecimal("0.4"), scored.fractions().get("response-time"), "30 h: the ≤ 48 h band, 40 points");
        assertEquals(0, BigDecimal.ONE.compareTo(scored.fractions().get("positivity")));
        assertEquals(0, BigDecimal.ONE.compareTo(scored.fractions().get("consistency")));
        assertEquals(0, BigDecimal.ZERO.compareTo(scored.fractions().get("closing")));
        assertEquals(false, scored.fractions().containsKey("solved"), "na is left out");
        // Σ w = 15 + 10 + 10 + 10 + 5 + 10 + 5 = 65 (solved's 15 left out); Σ w·f = 45.25
        assertEquals(0, new BigDecimal("65").compareTo(scored.score().denominator()));
        assertEquals(0, new BigDecimal("4525").compareTo(scored.score().numerator()));
        assertEquals("905/13", scored.score().exact());
        assertEquals(new BigDecimal("69.62"), scored.score().shown());
    }

    @Test
    void theWorkedExamplesMysteryComponentTakesTheVisitExactlyBesideAnImportedScore() {
        // docs/scoring.md §10: an imported 80 and the visit's 905/13 → (80 + 905/13) / 2 = 1945/26 = 74.8076… → 74.81.
        // Rounding the visit to 70 first would give 75.00: the visit must enter unrounded.
        Participant p = new Participant(2027, "p", "P", "B2C", "TRADE", "SMALL", List.of(), null, 0);
        ScoringRules rules = ScoringRules.legacy();
        VisitScore visit = VisitScoring.score(V1, "e-mail", workedExample()).score();
        Standings standings = ScoringEngine.scoreExact(List.of(ParticipantProfile.of(p)), new ComponentTally(rules),
                Map.of("p", List.of(ExactScore.of(new BigDecimal("80")), new ExactScore(visit.numerator(), visit.denominator()))),
                rules);
        assertEquals(new BigDecimal("74.81"), standings.rows().get(0).mystery().score());
    }

    @Test
    void eachScaleMapsItsAnswersToAFractionOfTheMaximum() {
        Criterion yesNo = only(Scale.YES_NO, false);
        assertEquals(0, BigDecimal.ONE.compareTo(VisitScoring.fraction(yesNo, "yes", "f")));
        assertEquals(0, BigDecimal.ZERO.compareTo(VisitScoring.fraction(yesNo, "no", "f")));
        Criterion zeroTwo = only(Scale.ZERO_TWO, false);
        assertEquals(0, new BigDecimal("0.5").compareTo(VisitScoring.fraction(zeroTwo, "1", "f")));
        Criterion oneFive = only(Scale.ONE_FIVE, false);
        assertEquals(0, BigDecimal.ZERO.compareTo(VisitScoring.fraction(oneFive, "1", "f")));
        assertEquals(0, new BigDecimal("0.25").compareTo(VisitScoring.fraction(oneFive, "2", "f")));
        assertEquals(0, BigDecimal.ONE.compareTo(VisitScoring.fraction(oneFive, "5", "f")));
        Criterion time = V1.criterion("response-time").orElseThrow();
        assertEquals(0, BigDecimal.ONE.compareTo(VisitScoring.fraction(time, "4", "f")), "a band's maxHours is inside it");
        assertEquals(0, new BigDecimal("0.7").compareTo(VisitScoring.fraction(time, "4.01", "f")));
        assertEquals(0, new BigDecimal("0.2").compareTo(VisitScoring.fraction(time, "72", "f")));
        assertEquals(0, BigDecimal.ZERO.compareTo(VisitScoring.fraction(time, "72.5", "f")), "slower than the last band");
        for (String bad : List.of("6", "0", "-1", "yes", "2.5", "")) {
            assertEquals("f", assertThrows(RefusedException.class, () -> VisitScoring.fraction(oneFive, bad, "f")).field());
        }
        for (String bad : List.of("3", "-1", "maybe")) {
            assertThrows(RefusedException.class, () -> VisitScoring.fraction(zeroTwo, bad, "f"));
        }
        for (String bad : List.of("-0.5", "8760.01", "soon", "1.234")) {
            assertThrows(RefusedException.class, () -> VisitScoring.fraction(time, bad, "f"));
        }
    }

    @Test
    void aScoreThatDoesNotEndIsKeptAsAFraction() {
        Questionnaire q = new Questionnaire(2027, 2, false, List.of(
                criterion("a", Scale.YES_NO), criterion("b", Scale.YES_NO), criterion("c", Scale.YES_NO)), "r");
        VisitScore score = VisitScoring.score(q, "visit", List.of(new Answer("a", "yes", null), new Answer("b", "no", null),
                new Answer("c", "no", null))).score();
        assertEquals("100/3", score.exact());
        assertEquals(new BigDecimal("33.33"), score.shown());
        assertEquals(0, score.compareValue(VisitScore.parse("100/3")));
    }

    @Test
    void refusalsNameTheAnswerAtFault() {
        List<Answer> answers = new ArrayList<>(workedExample());
        answers.set(3, new Answer("response-time", "soon", null));
        assertEquals("answers[3].value", refusal(answers).field());

        answers = new ArrayList<>(workedExample());
        answers.set(1, new Answer("friendliness", "1", null));
        assertEquals("answers[1].criterion", refusal(answers).field(), "unknown criterion");

        answers = new ArrayList<>(workedExample());
        answers.add(new Answer("greeting", "5", null));
        assertEquals("answers[8].criterion", refusal(answers).field(), "greeting does not apply to e-mail");

        answers = new ArrayList<>(workedExample());
        answers.set(6, new Answer("respect", "na", null));
        assertEquals("answers[6].value", refusal(answers).field(), "respect may not be answered na");

        answers = new ArrayList<>(workedExample());
        answers.add(new Answer("closing", "2", null));
        assertEquals("answers[8].criterion", refusal(answers).field(), "answered twice");

        answers = new ArrayList<>(workedExample());
        answers.remove(7);
        assertEquals("answers", refusal(answers).field(), "every applicable criterion must be answered");
    }

    @Test
    void aVisitWhoseEveryCriterionIsNotApplicableIsRefused() {
        Questionnaire q = new Questionnaire(2027, 2, false, List.of(new Criterion("a", wording(), BigDecimal.ONE,
                Scale.YES_NO, true, List.of("visit"), List.of())), "r");
        RefusedException e = assertThrows(RefusedException.class,
                () -> VisitScoring.score(q, "visit", List.of(new Answer("a", "na", null))));
        assertEquals("answers", e.field());
    }

    private static RefusedException refusal(List<Answer> answers) {
        return assertThrows(RefusedException.class, () -> VisitScoring.score(V1, "e-mail", answers));
    }

    private static Criterion only(Scale scale, boolean na) {
        return new Criterion("x", wording(), BigDecimal.ONE, scale, na, List.of("visit"), List.of());
    }

    private static Criterion criterion(String id, Scale scale) {
        return new Criterion(id, wording(), BigDecimal.ONE, scale, false, List.of("visit"), List.of());
    }

    static Wording wording() {
        return new Wording("Jautājums", "Question", "Küsimus");
    }
}
