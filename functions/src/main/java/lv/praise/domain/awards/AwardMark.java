package lv.praise.domain.awards;

import java.util.Objects;

/**
 * The public part of an award, kept for the participant's history: which campaign, its place, its quality mark and
 * the certificate code its badge and verification use. No letter state – that belongs to the campaign's own awards.
 */
public record AwardMark(int campaignYear, String participantId, int rank, int topN, String category,
                        String qualityMarkTitle, String certificateCode) {

    public AwardMark {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(certificateCode, "certificateCode");
    }

    public static AwardMark of(Award a) {
        return new AwardMark(a.campaignYear(), a.participantId(), a.rank(), a.topN(), a.category(),
                a.qualityMarkTitle(), a.certificateCode());
    }
}
