package lv.praise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.testkit.LogFilterPattern;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * What template.yaml's monitoring reads from the logs: the API's access log is JSON a metric filter can
 * read (the 429s are counted from it) and holds no address; every metric filter's pattern is one the
 * filter tests can read (MetricFiltersTest matches them against the handlers' lines).
 */
class MonitoringTemplateTest {
    private static final SamTemplate TEMPLATE = SamTemplate.load();
    private static final Pattern CONTEXT_VARIABLE = Pattern.compile("\\$context\\.[A-Za-z.]+");

    @Test
    void theAccessLogIsJsonWithTheStatusAsANumberAndNoAddressAndThe429sAreCounted() {
        String format = accessLogFormat();
        for (String personal : List.of("sourceIp", "userAgent", "$context.path", "identity.")) {
            assertFalse(format.contains(personal), personal + " in the access log: " + format);
        }
        String throttled = accessLogLine(format, 429);
        assertEquals(1, LogFilterPattern.countedBy("ApiThrottledFilter", List.of(throttled)));
        assertEquals(0, LogFilterPattern.countedBy("ApiThrottledFilter", List.of(accessLogLine(format, 202))));
        assertEquals("praise-prod", LogFilterPattern.select(throttled, "$.service").asText());
    }

    @Test
    void everyMetricFiltersPatternIsReadable() {
        List<String> filters = TEMPLATE.resourcesOfType("AWS::Logs::MetricFilter");
        assertTrue(filters.size() >= 7, filters.toString());
        for (String filter : filters) {
            LogFilterPattern.ofMetricFilter(filter);
            assertEquals(Map.of("service", "$.service"), LogFilterPattern.dimensionsOfMetricFilter(filter),
                    filter + ": the alarms and the dashboard select the stack by its service dimension");
        }
    }

    private static String accessLogFormat() {
        Map<String, Object> settings = map(TEMPLATE.properties("HttpApi").get("AccessLogSettings"));
        String format = SamTemplate.resolve(settings.get("Format"), Map.of("AWS::StackName", "praise-prod"));
        assertTrue(format != null, "the access log's Format resolves with the stack's name alone");
        return format;
    }

    /** A line as API Gateway would write it: each $context variable replaced by a value of its kind. */
    private static String accessLogLine(String format, int status) {
        Matcher m = CONTEXT_VARIABLE.matcher(format);
        StringBuilder line = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group()) {
                case "$context.status" -> String.valueOf(status);
                case "$context.requestTimeEpoch" -> "1804012345678";
                case "$context.responseLength", "$context.responseLatency" -> "42";
                case "$context.error.messageString" -> status == 429 ? "\"Too Many Requests\"" : "\"\"";
                default -> "-";
            };
            m.appendReplacement(line, Matcher.quoteReplacement(value));
        }
        m.appendTail(line);
        return line.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
