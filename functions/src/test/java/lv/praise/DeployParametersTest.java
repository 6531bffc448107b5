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
    private static final Set<String> NEED_SITE_URL = new TreeSet<>(List.of("SubmitPraiseFunction", "SubmitNominationFunction",
            "ConsoleConfigFunction", "PreviewAwardsFunction", "PublishAwardsFunction", "AwardsStatusFunction",
            "ResendCertificatesFunction", "VerifyCertificateFunction", "GetCertificatePdfFunction",
            "GetCertificateBadgeFunction", "GetPosterFunction", "GetPostersZipFunction", "BuildPostersFunction", "PostersWorkerFunction",
            "ScheduledPublicationFunction", "ExportFunction", "WeeklyDigestFunction"));

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

    private static final String WEB_ACL = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/praise-edge/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    private static final String API_CERTIFICATE = "arn:aws:acm:eu-north-1:123456789012:certificate/1a1b2c3d-4e5f-6789-abcd-ef0123456789";

    @Test
    void theApiOriginCarriesTheOriginSecretTheFunctionsExpectAndTheFunctionPassesTheViewer() {
        Map<String, String> p = parameters();
        Map<String, Object> api = apiOrigin(p);
        List<?> headers = (List<?>) api.get("OriginCustomHeaders");
        assertEquals(1, headers.size());
        Map<String, Object> header = asMap(headers.get(0));
        assertEquals(lv.praise.handler.EdgeOrigin.ORIGIN_HEADER, header.get("HeaderName"));
        Object secret = asMap(TEMPLATE.properties("SiteDistribution").get("DistributionConfig")).get("Origins");
        assertTrue(String.valueOf(secret).contains("{{resolve:secretsmanager:${OriginSecret}}}"), String.valueOf(secret));
        for (SamTemplate.Function f : TEMPLATE.functions()) {
            assertEquals(Map.of("Fn::Sub", "{{resolve:secretsmanager:${OriginSecret}}}"),
                    f.environment().get(lv.praise.handler.EdgeOrigin.SECRET_SETTING), f.logicalId());
        }
        String code = String.valueOf(TEMPLATE.properties("ViewerAddressFunction").get("FunctionCode"));
        assertTrue(code.contains("request.headers['" + lv.praise.handler.EdgeOrigin.VIEWER_HEADER + "'] = { value: event.viewer.ip }"),
                code);
    }

    @Test
    void withoutTheApisOwnDomainCloudFrontUsesExecuteApiWhichStaysOnAndWithItTheAddressIsOff() {
        Map<String, String> none = parameters();
        assertFalse(TEMPLATE.condition("HasApiDomain", none));
        assertEquals(false, TEMPLATE.evaluate(TEMPLATE.properties("HttpApi").get("DisableExecuteApiEndpoint"), none));
        assertTrue(String.valueOf(apiOrigin(none).get("DomainName")).contains("execute-api"), String.valueOf(apiOrigin(none)));

        Map<String, String> domain = parameters("ApiDomainName", "api-origin.uzslave.example.lv", "ApiCertificateArn",
                API_CERTIFICATE);
        assertEquals(List.of(), TEMPLATE.ruleViolations(domain));
        assertTrue(TEMPLATE.condition("HasApiDomain", domain));
        assertEquals(true, TEMPLATE.evaluate(TEMPLATE.properties("HttpApi").get("DisableExecuteApiEndpoint"), domain));
        assertEquals("api-origin.uzslave.example.lv", apiOrigin(domain).get("DomainName"));

        assertEquals(1, TEMPLATE.ruleViolations(parameters("ApiDomainName", "api-origin.uzslave.example.lv")).size());
        assertEquals(1, TEMPLATE.ruleViolations(parameters("ApiCertificateArn", API_CERTIFICATE)).size());
    }

    @Test
    void theWebAclIsAttachedExactlyWhenItsArnIsGiven() {
        assertFalse(distribution(parameters()).containsKey("WebACLId"));
        assertEquals(WEB_ACL, distribution(parameters("WebAclArn", WEB_ACL)).get("WebACLId"));
        assertAllowed("WebAclArn", WEB_ACL, "");
        assertRefused("WebAclArn", WEB_ACL.replace("us-east-1", "eu-north-1"), WEB_ACL.replace(":global/", ":regional/"));
    }

    @Test
    void praiseThrottlingIsSizedToTheNationalPeak() {
        assertTrue(Integer.parseInt(TEMPLATE.parameterDefaults().get("PraiseRateLimit")) >= 300);
        assertTrue(Integer.parseInt(TEMPLATE.parameterDefaults().get("PraiseBurstLimit"))
                >= Integer.parseInt(TEMPLATE.parameterDefaults().get("PraiseRateLimit")));
    }

    private static Map<String, Object> apiOrigin(Map<String, String> p) {
        for (Object origin : (List<?>) distribution(p).get("Origins")) {
            if ("api".equals(asMap(origin).get("Id"))) {
                return asMap(origin);
            }
        }
        throw new AssertionError("no api origin");
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
        // The evaluators' page signs out to itself (it signs in through the console's callback).
        assertEquals(List.of(site + "/admin/index.html", site + "/evaluate/index.html"), client.get("LogoutURLs"));
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
