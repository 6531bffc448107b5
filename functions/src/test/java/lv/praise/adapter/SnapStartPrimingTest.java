package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.praise.testkit.FakeContext;
import lv.praise.testkit.LogFilterPattern;
import org.junit.jupiter.api.Test;

/**
 * SnapStart's priming without DynamoDB (its read is SnapStartPrimingIT's): the JSON and PDF steps run,
 * a failing step is logged and the rest still run, and the first real invocation after the priming is
 * still logged as the cold start.
 */
class SnapStartPrimingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theCheckpointRunsEveryStepAndLogsTheirTimes() throws Exception {
        List<String> ran = new ArrayList<>();
        SnapStartPriming priming = new SnapStartPriming(() -> List.of(
                SnapStartPriming.json(),
                // The tests' class path has the runtime's serialization library (via aws-lambda-java-tests), as Lambda's has.
                SnapStartPriming.runtimeSerialization().orElseThrow(),
                SnapStartPriming.certificate(new PdfCertificates()),
                SnapStartPriming.poster(new PdfPosters()),
                new SnapStartPriming.Step("counted", () -> ran.add("counted"))));
        List<JsonNode> lines = lines(() -> {
            try {
                priming.beforeCheckpoint(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("counted"), ran);
        JsonNode line = lines.get(lines.size() - 1);
        assertEquals(SnapStartPriming.LOG_EVENT, line.path("message").asText());
        JsonNode steps = line.path("steps_ms");
        for (String step : List.of("json", "runtime_serialization", "certificate_pdf", "poster_pdf", "counted")) {
            assertTrue(steps.path(step).asLong(-1) >= 0, step + " ran in " + line);
        }
        assertFalse(lines.stream().anyMatch(l -> "ERROR".equals(l.path("level").asText())), lines.toString());
    }

    @Test
    void aFailingStepIsLoggedAndTheOthersStillRun() {
        List<String> ran = new ArrayList<>();
        SnapStartPriming priming = new SnapStartPriming(() -> List.of(
                new SnapStartPriming.Step("broken", () -> {
                    throw new IllegalStateException("no permission");
                }),
                new SnapStartPriming.Step("after", () -> ran.add("after"))));
        List<Map<String, Long>> millis = new ArrayList<>();
        List<JsonNode> lines = lines(() -> millis.add(priming.prime()));
        assertEquals(List.of("after"), ran);
        assertEquals(-1L, millis.get(0).get("broken"));
        assertTrue(millis.get(0).get("after") >= 0, millis.toString());
        JsonNode failed = lines.get(0);
        assertEquals("ERROR", failed.path("level").asText());
        assertEquals("snapstart_priming_failed", failed.path("message").asText());
        assertEquals("broken", failed.path("step").asText());
        assertEquals(IllegalStateException.class.getName(), failed.path("error").path("name").asText());
    }

    @Test
    void theFirstInvocationAfterThePrimingIsStillTheColdStart() {
        String function = "praise-PrimedFunction-" + UUID.randomUUID();
        SnapStartPriming priming = new SnapStartPriming(() -> List.of(SnapStartPriming.json()));
        List<JsonNode> lines = lines(() -> {
            priming.prime();
            try (JsonLog.Invocation ignored = JsonLog.invocation(FakeContext.of(function, "req-1"))) {
                JsonLog.info("request", Map.of());
            }
            try (JsonLog.Invocation ignored = JsonLog.invocation(FakeContext.of(function, "req-2"))) {
                JsonLog.info("request", Map.of());
            }
        });
        JsonNode primed = lines.get(0);
        assertEquals(SnapStartPriming.LOG_EVENT, primed.path("message").asText());
        assertFalse(primed.has("cold_start"), "the priming is no invocation: " + primed);
        assertFalse(primed.has("function_name"), primed.toString());
        assertTrue(lines.get(1).path("cold_start").asBoolean(false), lines.get(1).toString());
        assertFalse(lines.get(2).path("cold_start").asBoolean(true), lines.get(2).toString());
    }

    private static List<JsonNode> lines(Runnable code) {
        return LogFilterPattern.linesLoggedBy(code).stream().map(SnapStartPrimingTest::json).toList();
    }

    private static JsonNode json(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
