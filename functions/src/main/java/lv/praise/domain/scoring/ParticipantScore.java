package lv.praise.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One participant's line in the standings.
 *
 * @param online               always present (at the prior mean when nobody praised online)
 * @param branch               null when the participant is registered without branches
 * @param mystery              null when the participant has no evaluation
 * @param total                the weighted mean of the present components, rounded to 2 decimals
 * @param confirmedPraiseCount confirmed praise not rejected by moderation, all channels
 * @param reason               null when eligible
 * @param ranks                all null when not eligible
 */
public record ParticipantScore(
        ParticipantProfile participant,
        PublicScore online,
        PublicScore branch,
        MysteryScore mystery,
        BigDecimal total,
        long confirmedPraiseCount,
        boolean eligible,
        Ineligibility reason,
        Ranks ranks) {

    /** 1-based places among the eligible participants of each group; null where not ranked. */
    public record Ranks(Integer overall, Integer inCategory, Integer inCategoryAndSize, Integer inIndustry) {
        public static final Ranks NONE = new Ranks(null, null, null, null);
    }

    public ParticipantScore {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(online, "online");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(ranks, "ranks");
        if (eligible != (reason == null)) {
            throw new IllegalArgumentException("a reason is given exactly when the participant is not eligible");
        }
    }

    public String id() {
        return participant.id();
    }

    public String name() {
        return participant.name();
    }

    /** The mystery score, or null when not evaluated. */
    public BigDecimal mysteryScore() {
        return mystery == null ? null : mystery.score();
    }

    ParticipantScore withRanks(Ranks newRanks) {
        return new ParticipantScore(participant, online, branch, mystery, total, confirmedPraiseCount, eligible,
                reason, newRanks);
    }
}
