package lv.praise.domain.awards;

import java.util.Objects;
import lv.praise.domain.standings.ScoringRun;

/**
 * The published results' open-data file: exactly the text the input digest is of ({@link InputDigest}),
 * so that its SHA-256 is the results record's {@code inputDigest} and anyone can recompute every total
 * from it with the published formula (docs/awards.md, "The open-data file"). It holds no evaluator, no
 * e-mail and no praise text: per participant its profile and the count and star sum of its counted praise
 * per component; per evaluation the participant, date, channel and score.
 *
 * @param text the canonical text, UTF-8 when stored or served, each line ending in {@code \n}
 */
public record OpenData(int campaignYear, String inputDigest, String text) {
    public OpenData {
        Objects.requireNonNull(inputDigest, "inputDigest");
        Objects.requireNonNull(text, "text");
    }

    /** The file of a final scoring, as published with the results record drawn from the same run. */
    public static OpenData of(int campaignYear, ScoringRun run) {
        String text = InputDigest.canonicalText(run);
        return new OpenData(campaignYear, InputDigest.sha256(text), text);
    }

    /** Whether the text is the one the digest was computed from (what a reader checks, and the route too). */
    public boolean rebuildsDigest() {
        return InputDigest.sha256(text).equals(inputDigest);
    }
}
