package lv.praise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * template.yaml evaluated as CloudFormation would deploy it for each way of giving the site's address:
 * nothing (a first deploy), SiteUrl (the second deploy), a custom domain with its certificate, both. The
 * SAM transform of the same sets runs in .ci/check-template; this checks what the conditions choose.
 */
class DeployParametersTest {
    private static final SamTemplate TEMPLATE = SamTemplate.load();
    private static final String DOMAIN = "uzslave.example.lv";
    private static final String CERTIFICATE = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    private static final String CLOUDFRONT = "https://d111111abcdef8.cloudfront.net";
    /** Every function that builds a link to the site (SubmitPraise, Certificates, Posters) or signs organisers in. */
    private static final Set<String> NEED_SITE_URL = new TreeSet<>(List.of("SubmitPraiseFunction",
            "ConsoleConfigFunction", "PreviewAwardsFunction", "PublishAwardsFunction", "AwardsStatusFunction",
            "ResendCertificatesFunction", "VerifyCertificateFunction", "GetCertificatePdfFunction",
            "GetCertificateBadgeFunction", "GetPosterFunction", "GetPostersZipFunction", "BuildPostersFunction", "PostersWorkerFunction",
            "ScheduledPublicationFunction"));

    private static Map<String, String> parameters(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>(TEMPLATE.parameterDefaults());
        names.put("SenderEmail", "praise@example.lv");
        names.put("SenderIdentity", "example.lv");
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }

    @Test
    void aFirstDeployWithoutAnAddressServesCloudFrontsNameAndLeavesEveryLinkEmpty() {
        Map<String, String> p = parameters();
        assertEquals(List.of(), TEMPLATE.ruleViolations(p));
        assertDefaultCertificate(p);
        assertSiteUrl(p, "");
        Map<String, Object> client = evaluated("OrganiserPoolClient", p);
        assertEquals(false, client.get("AllowedOAuthFlowsUserPoolClient"), "no hosted UI without a way back");
        for (String absent : List.of("AllowedOAuthFlows", "AllowedOAuthScopes", "CallbackURLs", "LogoutURLs")) {
            assertFalse(client.containsKey(absent), absent + " left out: " + client);
        }
        assertFalse(TEMPLATE.condition("UsesCustomDomain", p));
    }

    @Test
    void theSecondDeployGivesSiteUrlToTheFunctionsAndCognito() {
        Map<String, String> p = parameters("SiteUrl", CLOUDFRONT);
        assertEquals(List.of(), TEMPLATE.ruleViolations(p));
        assertDefaultCertificate(p);
        assertSiteUrl(p, CLOUDFRONT);
        assertCognitoReturnsTo(p, CLOUDFRONT);
    }

    @Test
    void aCustomDomainIsServedWithItsCertificateAndIsTheSitesAddress() {
        Map<String, String> p = parameters("DomainName", DOMAIN, "CertificateArn", CERTIFICATE);
        assertEquals(List.of(), TEMPLATE.ruleViolations(p));
        Map<String, Object> distribution = distribution(p);
        assertEquals(List.of(DOMAIN), distribution.get("Aliases"));
        assertEquals(Map.of("AcmCertificateArn", CERTIFICATE, "SslSupportMethod", "sni-only",
                "MinimumProtocolVersion", "TLSv1.2_2021"), distribution.get("ViewerCertificate"));
        assertSiteUrl(p, "https://" + DOMAIN);
        assertCognitoReturnsTo(p, "https://" + DOMAIN);
        assertTrue(TEMPLATE.condition("UsesCustomDomain", p), "the CustomDomainTarget output is there");
    }

    @Test
    void siteUrlWinsOverTheDomainWhereBothAreGiven() {
        Map<String, String> p = parameters("DomainName", DOMAIN, "CertificateArn", CERTIFICATE,
                "SiteUrl", "https://www.example.lv");
        assertEquals(List.of(DOMAIN), distribution(p).get("Aliases"));
        assertSiteUrl(p, "https://www.example.lv");
        assertCognitoReturnsTo(p, "https://www.example.lv");
    }

    @Test
    void halfACustomDomainIsRefusedAtDeployWithAMessageSayingWhatIsMissing() {
        List<String> noCertificate = TEMPLATE.ruleViolations(parameters("DomainName", DOMAIN));
        assertEquals(1, noCertificate.size(), noCertificate.toString());
        assertTrue(noCertificate.get(0).contains("CertificateArn") && noCertificate.get(0).contains("us-east-1"),
                noCertificate.get(0));

        List<String> noDomain = TEMPLATE.ruleViolations(parameters("CertificateArn", CERTIFICATE));
        assertEquals(1, noDomain.size(), noDomain.toString());
        assertTrue(noDomain.get(0).contains("DomainName"), noDomain.get(0));
    }

    @Test
    void theParametersPatternsTakeWhatCloudFrontTakes() {
        assertAllowed("CertificateArn", CERTIFICATE, "");
        assertRefused("CertificateArn", "arn:aws:acm:eu-north-1:123456789012:certificate/0a1b2c3d",
                "arn:aws:iam::123456789012:server-certificate/x");
        assertAllowed("DomainName", DOMAIN, "www.uzslave.lv", "xn--uzslav-2ya.lv", "");
        assertRefused("DomainName", "Uzslave.lv", "https://uzslave.lv", "uzslave.lv/", "localhost", "-a.lv");
        assertAllowed("SiteUrl", CLOUDFRONT, "https://uzslave.example.lv", "");
        assertRefused("SiteUrl", "https://uzslave.example.lv/", "uzslave.example.lv");
    }

    private static void assertDefaultCertificate(Map<String, String> p) {
        Map<String, Object> distribution = distribution(p);
        assertFalse(distribution.containsKey("Aliases"), "no alias: " + distribution.get("Aliases"));
        assertEquals(Map.of("CloudFrontDefaultCertificate", true), distribution.get("ViewerCertificate"));
    }

    /** Every function that needs the address gets it (the same value), and no other gets it. */
    private static void assertSiteUrl(Map<String, String> p, String expected) {
        Map<String, Object> given = new TreeMap<>();
        for (SamTemplate.Function f : TEMPLATE.functions()) {
            if (f.environment().containsKey("SITE_URL")) {
                given.put(f.logicalId(), TEMPLATE.evaluate(f.environment().get("SITE_URL"), p));
            }
        }
        assertEquals(NEED_SITE_URL, given.keySet());
        given.forEach((function, value) -> assertEquals(expected, value, function));
    }

    private static void assertCognitoReturnsTo(Map<String, String> p, String site) {
        Map<String, Object> client = evaluated("OrganiserPoolClient", p);
        assertEquals(true, client.get("AllowedOAuthFlowsUserPoolClient"));
        assertEquals(List.of("code"), client.get("AllowedOAuthFlows"));
        assertEquals(List.of(site + "/admin/callback.html"), client.get("CallbackURLs"));
        assertEquals(List.of(site + "/admin/index.html"), client.get("LogoutURLs"));
    }

    private static Map<String, Object> distribution(Map<String, String> p) {
        return asMap(evaluated("SiteDistribution", p).get("DistributionConfig"));
    }

    private static Map<String, Object> evaluated(String logicalId, Map<String, String> p) {
        return asMap(TEMPLATE.evaluate(TEMPLATE.properties(logicalId), p));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Pattern allowed(String parameter) {
        Object pattern = TEMPLATE.parameter(parameter).get("AllowedPattern");
        assertTrue(pattern instanceof String, parameter + " has an AllowedPattern");
        return Pattern.compile((String) pattern);
    }

    private static void assertAllowed(String parameter, String... values) {
        for (String v : values) {
            assertTrue(allowed(parameter).matcher(v).matches(), parameter + " takes '" + v + "'");
        }
    }

    private static void assertRefused(String parameter, String... values) {
        for (String v : values) {
            assertFalse(allowed(parameter).matcher(v).matches(), parameter + " refuses '" + v + "'");
        }
    }
}
