package lv.praise.handler;

import java.util.List;
import lv.praise.domain.Participant;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.CertificateCode;

/**
 * A participant's public card: its profile, how many confirmed praises it has and, once the results are published,
 * its award (null without one).
 */
record ParticipantCard(String id, String name, String category, String industry, String sizeClass,
                       List<String> branches, long confirmedPraiseCount, AwardView award) {

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
        return new ParticipantCard(p.id(), p.name(), p.category(), p.industry(), p.sizeClass(), p.branches(),
                p.confirmedPraiseCount(), a == null ? null : new AwardView(a.campaignYear(), a.rank(), a.topN(),
                        a.category(), a.qualityMarkTitle(), CertificateCode.format(a.certificateCode())));
    }
}
