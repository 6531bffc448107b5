package lv.praise.domain;

import java.time.Instant;
import java.util.List;

/**
 * A praise as stored. It never holds the e-mail address of the person who wrote it: only a keyed
 * hash for the one-praise-per-person rule, and the hash of its confirmation secret.
 */
public record Praise(
        String id,
        int campaignYear,
        String participantId,
        String participantName,
        String branch,
        String employee,
        int stars,
        List<String> aspects,
        String text,
        Channel channel,
        Lang lang,
        PraiseStatus status,
        String emailHash,
        String tokenHash,
        Instant submittedAt,
        Instant tokenExpiresAt,
        Instant confirmedAt) {

    public Praise {
        aspects = List.copyOf(aspects);
    }

    /** The same praise without its free words – the text and the employee's name – as erasure leaves it. */
    public Praise withoutWords() {
        return new Praise(id, campaignYear, participantId, participantName, branch, null, stars, aspects, null, channel,
                lang, status, emailHash, tokenHash, submittedAt, tokenExpiresAt, confirmedAt);
    }
}
