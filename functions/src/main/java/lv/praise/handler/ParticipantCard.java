package lv.praise.handler;

import java.util.List;
import lv.praise.domain.Participant;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.AwardMark;
import lv.praise.domain.awards.CertificateCode;

/**
 * A participant's public card: its profile, how many confirmed praises it has and, once the results are published,
 * its award (null without one); {@code earlier}: the marks the same participant won in earlier campaigns, newest
 * first (empty without any).
 */
record ParticipantCard(String id, String name, String category, String industry, String sizeClass,
                       List<String> branches, long confirmedPraiseCount, AwardView award, List<AwardView> earlier) {

    /**
     * The place and quality mark, with the certificate's code: the badge an awardee shows anywhere carries it, and
     * its page shows that badge ({@code /api/certificates/{code}/badge.svg}) and its verification.
     */
    record AwardView(int campaignYear, int rank, int topN, String category, String qualityMarkTitle, String code) {
    }

    static ParticipantCard of(Participant p) {
        return of(p, null);
    }

    static ParticipantCard of(Participant p, Award a) {
        return of(p, a, List.of());
    }

    static ParticipantCard of(Participant p, Award a, List<AwardMark> earlier) {
        return new ParticipantCard(p.id(), p.name(), p.category(), p.industry(), p.sizeClass(), p.branches(),
                p.confirmedPraiseCount(), a == null ? null : view(AwardMark.of(a)),
                earlier.stream().map(ParticipantCard::view).toList());
    }

    private static AwardView view(AwardMark m) {
        return new AwardView(m.campaignYear(), m.rank(), m.topN(), m.category(), m.qualityMarkTitle(),
                CertificateCode.format(m.certificateCode()));
    }
}
