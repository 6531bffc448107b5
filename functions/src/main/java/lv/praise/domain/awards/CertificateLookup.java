package lv.praise.domain.awards;

import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/** Use case: anyone checks a certificate by its code, and downloads its PDF or badge. */
public final class CertificateLookup {
    private final AwardStore awards;
    private final CampaignStore campaigns;
    private final Certificates certificates;
    private final CertificateRenderer renderer;

    public CertificateLookup(AwardStore awards, CampaignStore campaigns, Certificates certificates,
                             CertificateRenderer renderer) {
        this.awards = awards;
        this.campaigns = campaigns;
        this.certificates = certificates;
        this.renderer = renderer;
    }

    /**
     * The certificate of a typed code. A text that can't be a code is refused as invalid (400); a
     * well-formed code that no award has is "not a valid certificate" (404).
     */
    public Certificate find(String typed) {
        String code = CertificateCode.normalise(typed).orElseThrow(() -> RefusedException.invalid("code",
                "a certificate code has 16 letters and digits, like 7KQ2-M9XD-4HTB-W3ZA"));
        Award award = awards.findByCode(code).orElseThrow(() ->
                new RefusedException(ErrorCode.NOT_FOUND, "code", "not a valid certificate"));
        Campaign campaign = campaigns.findOrDefault(award.campaignYear());
        return certificates.of(award, campaign);
    }

    public byte[] pdf(Certificate certificate) {
        return renderer.pdf(certificate);
    }
}
