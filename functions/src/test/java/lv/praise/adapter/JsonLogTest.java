package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.praise.testkit.FakeContext;
import lv.praise.testkit.LogFilterPattern;
import org.junit.jupiter.api.Test;

/** The log line's keys (those Powertools users query), the invocation's context, errors, metrics, and no personal data. */
class JsonLogTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aLineCarriesLevelServiceMessageAndTheInvocationsContext() {
        String function = "praise-GetCampaignFunction-" + UUID.randomUUID();
        List<JsonNode> lines = lines(() -> {
            try (JsonLog.Invocation ignored = JsonLog.invocation(FakeContext.of(function, "req-1"))) {
                JsonLog.info("request", Map.of("status", 200));
            }
            try (JsonLog.Invocation ignored = JsonLog.invocation(FakeContext.of(function, "req-2"))) {
                JsonLog.warn("request", Map.of("status", 400));
            }
            JsonLog.info("outside", Map.of());
        });
        JsonNode first = lines.get(0);
        for (String key : List.of("timestamp", "level", "service", "message", "function_name", "function_version",
                "function_memory_size", "function_request_id", "cold_start")) {
            assertTrue(first.hasNonNull(key), key + " in " + first);
        }
        assertEquals("INFO", first.path("level").asText());
        assertEquals("request", first.path("message").asText());
        assertEquals(function, first.path("function_name").asText());
        assertEquals("req-1", first.path("function_request_id").asText());
        assertEquals(200, first.path("status").asInt());
        assertTrue(first.path("cold_start").asBoolean(), "the function's first invocation in this JVM");
        JsonNode second = lines.get(1);
        assertEquals("WARN", second.path("level").asText());
        assertEquals("req-2", second.path("function_request_id").asText());
        assertFalse(second.path("cold_start").asBoolean(), "its second");
        assertFalse(lines.get(2).has("function_name"), "closed: no invocation context");
        assertFalse(lines.get(2).has("function_request_id"));
    }

    @Test
    void theTraceIdIsTheRootOfTheInvocationsXRayHeader() {
        String before = System.getProperty(JsonLog.TRACE_PROPERTY);
        System.setProperty(JsonLog.TRACE_PROPERTY, "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        try {
            List<JsonNode> lines = lines(() -> {
                try (JsonLog.Invocation ignored = JsonLog.invocation(FakeContext.of("f", "r"))) {
                    JsonLog.info("request", Map.of());
                }
            });
            assertEquals("1-5759e988-bd862e3fe1be46a994272793", lines.get(0).path("xray_trace_id").asText());
        } finally {
            if (before == null) {
                System.clearProperty(JsonLog.TRACE_PROPERTY);
            } else {
                System.setProperty(JsonLog.TRACE_PROPERTY, before);
            }
        }
        assertNull(JsonLog.traceId(null));
        assertNull(JsonLog.traceId("Parent=53995c3f42cd8ad8;Sampled=0"));
    }

    @Test
    void anErrorGivesItsClassMessageAndStackWithoutAddresses() {
        IllegalStateException error = new IllegalStateException("SES refused anna.berzina@example.lv",
                new RuntimeException("connect to 192.0.2.17 and 2001:db8::17 failed at 20:15:00"));
        JsonNode line = lines(() -> JsonLog.error("request_failed", error, Map.of("route", "POST /api/praise"))).get(0);
        assertEquals("ERROR", line.path("level").asText());
        assertEquals("java.lang.IllegalStateException", line.path("error").path("name").asText());
        assertEquals("SES refused <email>", line.path("error").path("message").asText());
        String stack = line.path("error").path("stack").asText();
        assertTrue(stack.contains("\tat lv.praise.adapter.JsonLogTest."), stack);
        assertTrue(stack.contains("Caused by: java.lang.RuntimeException: connect to <ip> and <ip> failed at 20:15:00"), stack);
        String text = line.toString();
        for (String personal : List.of("anna", "example.lv", "192.0.2", "2001:db8")) {
            assertFalse(text.contains(personal), personal + " in " + text);
        }
    }

    @Test
    void textFieldsAreScrubbedTooButNotTimesIdsOrCode() {
        JsonNode line = lines(() -> JsonLog.info("x", Map.of("note", "from jānis@pasts.lv via 10.0.0.1",
                "at", "2027-03-09T20:15:00Z", "handler", "lv.praise.handler.GetCampaignHandler::handleRequest",
                "participantId", "40003032065"))).get(0);
        assertEquals("from <email> via <ip>", line.path("note").asText());
        assertEquals("2027-03-09T20:15:00Z", line.path("at").asText());
        assertEquals("lv.praise.handler.GetCampaignHandler::handleRequest", line.path("handler").asText());
        assertEquals("40003032065", line.path("participantId").asText());
    }

    @Test
    void aCountedLineIsAnEmbeddedMetricDocument() {
        JsonNode line = lines(() -> JsonLog.count("transaction_conflict_retried", Map.of("attempt", 1),
                "TransactionConflicts")).get(0);
        assertEquals(1, line.path("TransactionConflicts").asInt());
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertTrue(line.path("_aws").path("Timestamp").isIntegralNumber());
        assertEquals("Praise", directive.path("Namespace").asText(), "POWERTOOLS_METRICS_NAMESPACE is not set in tests");
        assertEquals("[[\"service\"]]", directive.path("Dimensions").toString());
        assertEquals("TransactionConflicts", directive.path("Metrics").get(0).path("Name").asText());
        assertEquals("Count", directive.path("Metrics").get(0).path("Unit").asText());
        assertTrue(line.hasNonNull("service"), "every dimension named is a key of the line");
    }

    private static List<JsonNode> lines(Runnable code) {
        return LogFilterPattern.linesLoggedBy(code).stream().map(JsonLogTest::json).toList();
    }

    private static JsonNode json(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
