package lv.praise.adapter;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structured log lines: one JSON object per line, which CloudWatch Logs Insights, metric filters and
 * Lambda's JSON log format read as they are. The keys are those Powertools for AWS Lambda writes, so its
 * users' queries work: {@code timestamp}, {@code level}, {@code service}, {@code message} (the event's
 * stable name, which metric filters match), and inside an {@link #invocation} {@code function_name},
 * {@code function_version}, {@code function_memory_size}, {@code function_request_id}, {@code cold_start}
 * and {@code xray_trace_id}; an error adds {@code error} with its {@code name}, {@code message} and
 * {@code stack}.
 * <p>
 * Callers pass facts (ids, counts, durations), never request bodies or e-mail addresses. As a guard for
 * what they don't control – an exception's message, a stack's causes – every text value is scrubbed of
 * anything shaped like an e-mail address or an IP address before it is written.
 */
public final class JsonLog {
    /** Powertools' variables: the service's name (the stack's, from the template) and the metrics' namespace. */
    static final String SERVICE_VARIABLE = "POWERTOOLS_SERVICE_NAME";
    static final String NAMESPACE_VARIABLE = "POWERTOOLS_METRICS_NAMESPACE";
    /** Where the Lambda Java runtime puts each invocation's X-Ray header (the variable is the init's). */
    static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
    static final String TRACE_VARIABLE = "_X_AMZN_TRACE_ID";
    /** Frames per exception in {@code error.stack}: the line stays far below CloudWatch's 256 KB event limit. */
    static final int STACK_FRAMES = 40;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PrintStream OUT = System.out;
    /** Functions that have started an invocation in this JVM: one in Lambda, all of them in the local run. */
    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Map<String, Object>> INVOCATION = new ThreadLocal<>();
    private static final ThreadLocal<Consumer<String>> RECORDER = new ThreadLocal<>();

    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"'<>(),;:\\[\\]]+@[^\\s@\"'<>(),;:\\[\\]]+\\.[A-Za-z]{2,}");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.])");
    /** Four or more hex groups, or any "::" between hex digits: addresses, not times ("20:15:00") nor "Class::method". */
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){3,7}[0-9A-Fa-f]{1,4}(?![\\w:])"
                    + "|(?<![\\w:])(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?(?![\\w:])");

    private JsonLog() {
    }

    /**
     * The invocation's context for every line this thread writes until {@link Invocation#close}: the
     * function, the request id, whether it is the function's first invocation in this JVM, the trace.
     * A null context (some tests) adds nothing.
     */
    public static Invocation invocation(Context context) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (context != null) {
            String function = context.getFunctionName();
            fields.put("function_name", function);
            fields.put("function_version", context.getFunctionVersion());
            fields.put("function_memory_size", context.getMemoryLimitInMB());
            fields.put("function_request_id", context.getAwsRequestId());
            fields.put("cold_start", function != null && STARTED.add(function));
            String trace = traceId(valueOr(System.getProperty(TRACE_PROPERTY), System.getenv(TRACE_VARIABLE)));
            if (trace != null) {
                fields.put("xray_trace_id", trace);
            }
        }
        Map<String, Object> outer = INVOCATION.get();
        INVOCATION.set(fields);
        return () -> {
            if (outer == null) {
                INVOCATION.remove();
            } else {
                INVOCATION.set(outer);
            }
        };
    }

    public static void info(String event, Map<String, ?> fields) {
        write("INFO", event, fields, null, List.of());
    }

    public static void warn(String event, Map<String, ?> fields) {
        write("WARN", event, fields, null, List.of());
    }

    public static void error(String event, Throwable error, Map<String, ?> fields) {
        write("ERROR", event, fields, error, List.of());
    }

    /**
     * An INFO line that is also a CloudWatch embedded-metric (EMF) document: each named metric counts 1,
     * in the namespace {@code POWERTOOLS_METRICS_NAMESPACE}, with the dimension {@code service}. For facts
     * that arise in any function; a metric filter would need one per log group.
     */
    public static void count(String event, Map<String, ?> fields, String... metrics) {
        write("INFO", event, fields, null, List.of(metrics));
    }

    /** The Root of an X-Ray trace header ("Root=1-…;Parent=…;Sampled=1"), as X-Ray shows it; null when none. */
    static String traceId(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring("Root=".length());
            }
        }
        return null;
    }

    /** Text with anything shaped like an e-mail or IP address replaced: the guard for text we don't write ourselves. */
    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = EMAIL.matcher(text).replaceAll("<email>");
        out = IPV4.matcher(out).replaceAll("<ip>");
        return IPV6.matcher(out).replaceAll(m -> m.group().equals("::") ? "::" : Matcher.quoteReplacement("<ip>"));
    }

    private static void write(String level, String event, Map<String, ?> fields, Throwable error, List<String> metrics) {
        Map<String, Object> line = new LinkedHashMap<>();
        Instant now = Instant.now();
        line.put("timestamp", now.toString());
        line.put("level", level);
        // Read at each line, as Settings does: the local run sets the functions' settings as system
        // properties, after this class may have loaded.
        String service = Settings.optional(SERVICE_VARIABLE).orElse("praise");
        line.put("service", service);
        line.put("message", event);
        Map<String, Object> invocation = INVOCATION.get();
        if (invocation != null) {
            line.putAll(invocation);
        }
        fields.forEach((key, value) -> line.put(key, value instanceof String text ? scrub(text) : value));
        if (error != null) {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("name", error.getClass().getName());
            described.put("message", scrub(error.getMessage()));
            described.put("stack", scrub(stack(error)));
            line.put("error", described);
        }
        if (!metrics.isEmpty()) {
            List<Map<String, String>> definitions = new ArrayList<>();
            for (String metric : metrics) {
                definitions.add(Map.of("Name", metric, "Unit", "Count"));
                line.put(metric, 1);
            }
            line.put("_aws", Map.of("Timestamp", now.toEpochMilli(), "CloudWatchMetrics",
                    List.of(Map.of("Namespace", Settings.optional(NAMESPACE_VARIABLE).orElse("Praise"), "Dimensions", List.of(List.of("service")), "Metrics", definitions))));
        }
        String json;
        try {
            json = MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            json = "{\"level\":\"ERROR\",\"message\":\"log_failed\"}";
        }
        OUT.println(json);
        Consumer<String> recorder = RECORDER.get();
        if (recorder != null) {
            recorder.accept(json);
        }
    }

    /** The stack as Java prints it ("at …" lines, then "Caused by: …"), each throwable cut to {@link #STACK_FRAMES}. */
    private static String stack(Throwable error) {
        StringBuilder out = new StringBuilder();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t != error) {
                out.append("Caused by: ");
            }
            out.append(t).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, STACK_FRAMES); i++) {
                out.append("\tat ").append(frames[i]).append('\n');
            }
            if (frames.length > STACK_FRAMES) {
                out.append("\t... ").append(frames.length - STACK_FRAMES).append(" more\n");
            }
        }
        return out.toString();
    }

    private static String valueOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    /**
     * Hands this thread's lines, as written, to {@code recorder} as well, until closed: how tests read what
     * the code logs (metric filters are matched against it). Lambda and the local run never call it.
     */
    public static Invocation record(Consumer<String> recorder) {
        Consumer<String> outer = RECORDER.get();
        RECORDER.set(recorder);
        return () -> {
            if (outer == null) {
                RECORDER.remove();
            } else {
                RECORDER.set(outer);
            }
        };
    }

    /** Ends what {@link #invocation} or {@link #record} began on this thread; closing twice is harmless. */
    @FunctionalInterface
    public interface Invocation extends AutoCloseable {
        @Override
        void close();
    }
}
