package lv.praise.domain.awards;

import lv.praise.domain.Campaign;
import lv.praise.domain.SiteUrl;

/** A certificate as printed and verified, from its award and the campaign's vocabulary. */
public final class Certificates {
    private final SiteUrl siteUrl;

    /**
     * @param siteUrl the public site (the verification page lives there); null or blank while the stack has
     *                no address yet: every certificate is then refused with {@code not_configured}
     */
    public Certificates(String siteUrl) {
        this.siteUrl = SiteUrl.of(siteUrl);
    }

    /** Refuses (not_configured) when certificates can't be made: for a use case to call before it writes. */
    public void requireSiteUrl() {
        siteUrl.require();
    }

    public Certificate of(Award award, Campaign campaign) {
        return new Certificate(award.campaignYear(), award.certificateCode(), award.participantId(),
                award.participantName(), award.rank(), award.topN(),
                award.category() == null ? null : campaign.category(award.category()).orElse(null),
                award.qualityMarkTitle(), award.issuedOn(), verificationUrl(award.certificateCode()));
    }

    public String verificationUrl(String code) {
        return siteUrl.link("/verify.html?code=" + CertificateCode.format(code));
    }
}
