package lv.praise.domain.awards;

import lv.praise.domain.Campaign;

/** A certificate as printed and verified, from its award and the campaign's vocabulary. */
public final class Certificates {
    private final String siteUrl;

    /** @param siteUrl the public site, without a trailing slash (the verification page lives there) */
    public Certificates(String siteUrl) {
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    public Certificate of(Award award, Campaign campaign) {
        return new Certificate(award.campaignYear(), award.certificateCode(), award.participantId(),
                award.participantName(), award.rank(), award.topN(),
                award.category() == null ? null : campaign.category(award.category()).orElse(null),
                award.qualityMarkTitle(), award.issuedOn(), verificationUrl(award.certificateCode()));
    }

    public String verificationUrl(String code) {
        return siteUrl + "/verify.html?code=" + CertificateCode.format(code);
    }
}
