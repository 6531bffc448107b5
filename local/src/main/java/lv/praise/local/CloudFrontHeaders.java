package lv.praise.local;

import com.sun.net.httpserver.Headers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lv.praise.testkit.SamTemplate;

/**
 * The response headers CloudFront adds in AWS, read from the template's
 * {@code AWS::CloudFront::ResponseHeadersPolicy} and applied to the paths of the distribution's
 * cache behaviours that use it – so the local site lives under the very CSP it gets in production.
 * Strict-Transport-Security is left out: the local run is plain HTTP, where browsers ignore it.
 */
final class CloudFrontHeaders {
    private record Behavior(Pattern path, Map<String, String> headers) {
    }

    private final List<Behavior> behaviors;

    private CloudFrontHeaders(List<Behavior> behaviors) {
        this.behaviors = List.copyOf(behaviors);
    }

    static CloudFrontHeaders none() {
        return new CloudFrontHeaders(List.of());
    }

    static CloudFrontHeaders fromTemplate(SamTemplate template) {
        Map<String, Map<String, String>> policies = new LinkedHashMap<>();
        for (String id : template.resourcesOfType("AWS::CloudFront::ResponseHeadersPolicy")) {
            policies.put(id, policyHeaders(map(template.properties(id).get("ResponseHeadersPolicyConfig"))));
        }
        List<Behavior> behaviors = new ArrayList<>();
        List<String> distributions = template.resourcesOfType("AWS::CloudFront::Distribution");
        if (!distributions.isEmpty()) {
            Map<String, Object> config = map(template.properties(distributions.get(0)).get("DistributionConfig"));
            for (Object behavior : list(config.get("CacheBehaviors"))) {
                Map<String, Object> b = map(behavior);
                Map<String, String> headers = policies.get(reference(b.get("ResponseHeadersPolicyId")));
                if (b.get("PathPattern") instanceof String pattern) {
                    behaviors.add(new Behavior(pathPattern(pattern), headers == null ? Map.of() : headers));
                }
            }
            Map<String, String> defaults = policies.get(
                    reference(map(config.get("DefaultCacheBehavior")).get("ResponseHeadersPolicyId")));
            behaviors.add(new Behavior(Pattern.compile(".*"), defaults == null ? Map.of() : defaults));
        } else if (policies.size() == 1) {
            behaviors.add(new Behavior(Pattern.compile(".*"), policies.values().iterator().next()));
        }
        return new CloudFrontHeaders(behaviors);
    }

    /** The headers for a path: those of the first behaviour whose pattern matches, as CloudFront picks. */
    Map<String, String> forPath(String path) {
        for (Behavior b : behaviors) {
            if (b.path().matcher(path).matches()) {
                return b.headers();
            }
        }
        return Map.of();
    }

    /** Sets the headers on a response, replacing the origin's own (the policy's Override: true). */
    void apply(String path, Headers response) {
        forPath(path).forEach(response::set);
    }

    private static Map<String, String> policyHeaders(Map<String, Object> config) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Object> security = map(config.get("SecurityHeadersConfig"));
        String csp = text(map(security.get("ContentSecurityPolicy")).get("ContentSecurityPolicy"));
        if (csp != null) {
            headers.put("Content-Security-Policy", csp);
        }
        if (security.containsKey("ContentTypeOptions")) {
            headers.put("X-Content-Type-Options", "nosniff");
        }
        String frame = text(map(security.get("FrameOptions")).get("FrameOption"));
        if (frame != null) {
            headers.put("X-Frame-Options", frame);
        }
        String referrer = text(map(security.get("ReferrerPolicy")).get("ReferrerPolicy"));
        if (referrer != null) {
            headers.put("Referrer-Policy", referrer);
        }
        Map<String, Object> xss = map(security.get("XSSProtection"));
        if (!xss.isEmpty()) {
            boolean on = Boolean.TRUE.equals(xss.get("Protection"));
            String value = on ? "1" : "0";
            if (on && Boolean.TRUE.equals(xss.get("ModeBlock"))) {
                value += "; mode=block";
            } else if (on && text(xss.get("ReportUri")) != null) {
                value += "; report=" + text(xss.get("ReportUri"));
            }
            headers.put("X-XSS-Protection", value);
        }
        for (Object item : list(map(config.get("CustomHeadersConfig")).get("Items"))) {
            Map<String, Object> h = map(item);
            String name = text(h.get("Header"));
            String value = text(h.get("Value"));
            if (name != null && value != null) {
                headers.put(name, value);
            }
        }
        return Map.copyOf(headers);
    }

    /** CloudFront's path pattern: '*' any characters, '?' one; the leading '/' is optional. */
    static Pattern pathPattern(String pattern) {
        String p = pattern.startsWith("/") ? pattern : "/" + pattern;
        StringBuilder regex = new StringBuilder();
        for (char c : p.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static String reference(Object value) {
        return map(value).get("Ref") instanceof String ref ? ref : null;
    }

    /** A header's value; a {@code !Sub} of the region (the CSP's Cognito endpoint) takes the local run's region. */
    private static String text(Object value) {
        return value == null ? null : SamTemplate.resolve(value, Map.of("AWS::Region", lv.praise.testkit.LocalDynamoDb.REGION,
                "AWS::URLSuffix", "amazonaws.com"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
