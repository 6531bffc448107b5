package lv.praise.domain.awards;

import lv.praise.domain.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable results record of a campaign: written once, when the final results are published,
 * and never changed. It carries what the public sees (the TOP-N, the category winners, the
 * distribution of totals), what makes it checkable (formula version, input counts and the SHA-256
 * digest of the scoring inputs, {@link InputDigest}) and the certificate code of each awardee.
 *
 * @param publishedBy  "schedule" or the organiser's e-mail
 * @param issuedOn     the day printed on the certificates (campaign time zone)
 * @param threshold    the quality-mark threshold the eligibility used
 * @param distribution totals of every scored participant (eligible or not), in bins
 * @param minimumPraise the fewest counted praises that made a participant eligible; null under formula 2027.1,
 *                      which had no such minimum
 */
public record Publication(
        int campaignYear,
        Instant publishedAt,
        Actor publishedBy,
        LocalDate issuedOn,
        String qualityMarkTitle,
        String formulaVersion,
        int topN,
        BigDecimal threshold,
        String inputDigest,
        InputCounts counts,
        List<Place> top,
        List<CategoryWinner> categoryWinners,
        List<ScoreBin> distribution,
        Integer minimumPraise) {

    /** A results record of formula 2027.1, which had no minimum of praise. */
    public Publication(int campaignYear, Instant publishedAt, Actor publishedBy, LocalDate issuedOn,
                       String qualityMarkTitle, String formulaVersion, int topN, BigDecimal threshold,
                       String inputDigest, InputCounts counts, List<Place> top, List<CategoryWinner> categoryWinners,
                       List<ScoreBin> distribution) {
        this(campaignYear, publishedAt, publishedBy, issuedOn, qualityMarkTitle, formulaVersion, topN, threshold,
                inputDigest, counts, top, categoryWinners, distribution, null);
    }

    /**
     * One place of the TOP-N, with the certificate that goes with it. From formula 2027.2 on, participants
     * tied on every figure share a place (the same rank), so a tie at place N puts more than N in the TOP-N.
     */
    public record Place(
            int rank,
            String participantId,
            String name,
            String category,
            String industry,
            String sizeClass,
            BigDecimal total,
            long confirmedPraiseCount,
            Integer rankInCategory,
            Integer rankInCategoryAndSize,
            String certificateCode) {
        public Place {
            Objects.requireNonNull(participantId, "participantId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(certificateCode, "certificateCode");
        }
    }

    /** The best eligible participant of a category, and its overall rank. */
    public record CategoryWinner(String category, int rank, String participantId, String name, BigDecimal total) {
    }

    /**
     * How many scored participants have a total in [from, to) – the last bin includes 100 – and how many of
     * those are eligible (null in records published before this was counted). The eligible of all bins add
     * up to {@link InputCounts#eligible()}, whatever the threshold: a total above it is not enough alone.
     */
    public record ScoreBin(int from, int to, int count, Integer eligible) {
        public ScoreBin(int from, int to, int count) {
            this(from, to, count, null);
        }
    }

    /**
     * What the run read and decided.
     *
     * @param countedPraise praise that counted (confirmed, not rejected by moderation)
     * @param evaluations   evaluations of the campaign year
     * @param notEvaluated  not eligible for want of an evaluation (the three reasons: null in records
     *                      published before they were counted)
     * @param tooFewPraise  not eligible for want of praise (formula 2027.2 on)
     * @param belowThreshold not eligible for a total below the threshold
     */
    public record InputCounts(int participants, int eligible, long countedPraise, long ignoredUnconfirmed,
                              long ignoredRejected, int evaluations, Integer notEvaluated, Integer tooFewPraise,
                              Integer belowThreshold) {
        public InputCounts(int participants, int eligible, long countedPraise, long ignoredUnconfirmed,
                           long ignoredRejected, int evaluations) {
            this(participants, eligible, countedPraise, ignoredUnconfirmed, ignoredRejected, evaluations, null, null,
                    null);
        }
    }

    public Publication {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(inputDigest, "inputDigest");
        top = List.copyOf(top);
        categoryWinners = List.copyOf(categoryWinners);
        distribution = List.copyOf(distribution);
    }

    public Optional<Place> place(String participantId) {
        return top.stream().filter(p -> p.participantId().equals(participantId)).findFirst();
    }
}
