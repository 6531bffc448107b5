package lv.praise.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured log lines: one JSON object per line, which CloudWatch Logs Insights can query.
 * Callers pass facts (ids, counts, durations), never request bodies or e-mail addresses.
 */
public final class JsonLog {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PrintStream OUT = System.out;

    private JsonLog() {
    }

    public static void info(String event, Map<String, ?> fields) {
        write("INFO", event, fields);
    }

    public static void warn(String event, Map<String, ?> fields) {
        write("WARN", event, fields);
    }

    public static void error(String event, Throwable error, Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("exception", error.getClass().getName());
        all.put("cause", String.valueOf(error.getMessage()));
        write("ERROR", event, all);
    }

    private static void write(String level, String event, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", level);
        line.put("event", event);
        line.putAll(fields);
        try {
            OUT.println(MAPPER.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            OUT.println("{\"level\":\"ERROR\",\"event\":\"log_failed\"}");
        }
    }
}
