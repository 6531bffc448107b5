package lv.praise.domain.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import lv.praise.domain.Actor;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.FreeText;
import lv.praise.domain.RefusedException;

/**
 * Use case: an organiser hides a part of a praise's text (a phone number, a private name) behind
 * {@value #MARK} instead of rejecting the whole praise. The praise's stored text becomes the redacted one –
 * so the wall, the console and everything public read only that – and the text as it was before the first
 * redaction is kept in the praise's audit record alone, with who redacted and when (docs/data-model.md,
 * "Redaction"). It is one conditional write of both: if the text changed meanwhile (another organiser
 * redacting), the praise is read again and the part looked for in the new text.
 *
 * <p>Allowed after publication: the text is no part of the frozen results, and hiding personal data can't
 * wait for a campaign's end.
 */
public final class RedactPraise {
    /** What replaces each hidden part (the same mark in every language). */
    public static final String MARK = "[…]";
    public static final int MAX_PART = 2000;
    private static final int MAX_ATTEMPTS = 5;
    private static final Pattern PRAISE_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    /** @param replaced how many times the part occurred (each one is hidden) */
    public record Redacted(String praiseId, String text, int replaced) {
    }

    private final java.util.function.IntSupplier campaignYear;
    private final ModerationStore store;
    private final lv.praise.domain.CampaignStore campaigns;
    private final lv.praise.domain.HashRetention retention;
    private final Clock clock;

    /** A fixed year (tests, and tools that name the year). */
    public RedactPraise(int campaignYear, ModerationStore store, lv.praise.domain.CampaignStore campaigns,
                        lv.praise.domain.HashRetention retention, Clock clock) {
        this(() -> campaignYear, store, campaigns, retention, clock);
    }

    /**
     * @param retention how long the audit record – the original words – is kept: until the campaign's awards plus
     *                  HashRetentionDays, as the other personal data kept for the awards' questions and complaints
     */
    public RedactPraise(java.util.function.IntSupplier campaignYear, ModerationStore store,
                        lv.praise.domain.CampaignStore campaigns, lv.praise.domain.HashRetention retention, Clock clock) {
        this.campaignYear = campaignYear;
        this.store = store;
        this.campaigns = campaigns;
        this.retention = retention;
        this.clock = clock;
    }

    public Redacted redact(String praiseId, String part, Actor by) {
        if (praiseId == null || praiseId.isBlank()) {
            throw RefusedException.invalid("praiseId", "praiseId is required");
        }
        if (!PRAISE_ID.matcher(praiseId).matches()) {
            throw notFound();
        }
        String hidden = checkPart(part);
        Instant now = clock.instant();
        ModeratedPraise current = find(praiseId);
        for (int attempt = 1; ; attempt++) {
            String text = current.praise().text();
            if (text == null || current.wordsErased()) {
                throw RefusedException.invalid("praiseId", "this praise's text was erased: there is nothing to redact");
            }
            if (!text.contains(hidden)) {
                throw RefusedException.invalid("part", "part does not occur in the praise's text");
            }
            int replaced = occurrences(text, hidden);
            String redacted = text.replace(hidden, MARK);
            Instant purgeAt = retention.expiresAt(campaigns.findOrDefault(current.praise().campaignYear()));
            switch (store.redact(current, redacted, by, now, purgeAt)) {
                case REDACTED -> {
                    return new Redacted(praiseId, redacted, replaced);
                }
                case TEXT_CHANGED -> {
                    if (attempt >= MAX_ATTEMPTS) {
                        throw new IllegalStateException("praise " + praiseId + " kept changing");
                    }
                    current = find(praiseId);
                }
                default -> throw new IllegalStateException("unknown outcome");
            }
        }
    }

    private ModeratedPraise find(String praiseId) {
        ModeratedPraise found = store.findConfirmed(praiseId).orElseThrow(RedactPraise::notFound);
        if (found.praise().campaignYear() != campaignYear.getAsInt()) {
            throw notFound();
        }
        return found;
    }

    /** The part as given (not stripped: the organiser marks exactly what goes), checked whole. */
    static String checkPart(String part) {
        if (part == null || part.isBlank()) {
            throw RefusedException.invalid("part", "part is required: the words to hide");
        }
        if (part.codePointCount(0, part.length()) > MAX_PART) {
            throw RefusedException.invalid("part", "part must be at most " + MAX_PART + " characters");
        }
        FreeText.text("part", part);
        if (part.strip().equals(MARK)) {
            throw RefusedException.invalid("part", "part is already hidden");
        }
        return part.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static RefusedException notFound() {
        return new RefusedException(ErrorCode.NOT_FOUND, "praiseId", "no confirmed praise with this id");
    }
}
