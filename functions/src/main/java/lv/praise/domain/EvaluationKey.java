package lv.praise.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What identifies an evaluation: campaign, participant, date, evaluator and channel. The evaluator
 * is compared without regard to case or repeated blanks ("Anna  Bērziņa" is "anna bērziņa"), so a
 * re-typed name in a later file updates the evaluation instead of adding a second one.
 */
public record EvaluationKey(int campaignYear, String participantId, LocalDate date, String evaluator, String channel) {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    public static EvaluationKey of(Evaluation evaluation) {
        return new EvaluationKey(evaluation.campaignYear(), evaluation.participantId(), evaluation.date(),
                evaluatorKey(evaluation.evaluator()), evaluation.channel());
    }

    /** The evaluator's name as identity compares it: NFC, single blanks, lower case. */
    public static String evaluatorKey(String evaluator) {
        String composed = Normalizer.normalize(evaluator, Normalizer.Form.NFC);
        return BLANKS.matcher(composed.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
