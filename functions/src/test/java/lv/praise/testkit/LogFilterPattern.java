package lv.praise.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.adapter.JsonLog;

/**
 * A CloudWatch Logs JSON filter pattern ({@code { $.message = "x" && ($.failed > 0 || ...) }}), as a
 * metric filter of template.yaml declares it, matched against a log line as CloudWatch would: selectors
 * {@code $.a.b}, the operators {@code = != > < >= <=}, quoted strings (with {@code *} as a wildcard) and
 * numbers, {@code &&}, {@code ||} and parentheses. Anything else is refused when parsed, so a pattern
 * this can't read fails its test rather than passing unread. Numbers compare only with JSON numbers,
 * strings only with JSON strings, as in CloudWatch.
 */
public final class LogFilterPattern {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\$(?:\\.[A-Za-z_][A-Za-z0-9_]*)+|\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|&&|\\|\\||>=|<=|!=|=|>|<|\\(|\\)|\\{|\\})");

    private final String source;
    private final Predicate<JsonNode> predicate;

    private LogFilterPattern(String source, Predicate<JsonNode> predicate) {
        this.source = source;
        this.predicate = predicate;
    }

    public static LogFilterPattern parse(String pattern) {
        return new LogFilterPattern(pattern, new Parser(pattern).pattern());
    }

    /** The FilterPattern of a metric filter of template.yaml, by its logical id. */
    public static LogFilterPattern ofMetricFilter(String logicalId) {
        Object pattern = SamTemplate.load().properties(logicalId).get("FilterPattern");
        if (!(pattern instanceof String text)) {
            throw new IllegalStateException("template.yaml has no metric filter " + logicalId + " with a FilterPattern");
        }
        return parse(text);
    }

    /**
     * The metric filter's dimensions as written ({@code Key} → {@code Value}, e.g. service → $.service):
     * a line the filter counts must carry each of them, or CloudWatch drops it from the metric.
     */
    public static Map<String, String> dimensionsOfMetricFilter(String logicalId) {
        Map<String, Object> transformation = SamTemplate.map(SamTemplate.list(
                SamTemplate.load().properties(logicalId).get("MetricTransformations")).get(0));
        Map<String, String> dimensions = new java.util.LinkedHashMap<>();
        for (Object d : SamTemplate.list(transformation.get("Dimensions"))) {
            dimensions.put(String.valueOf(SamTemplate.map(d).get("Key")), String.valueOf(SamTemplate.map(d).get("Value")));
        }
        return dimensions;
    }

    /**
     * How many of these lines the template's metric filter {@code logicalId} counts: those its pattern
     * matches and that carry every dimension it takes from the line (CloudWatch drops a line without one).
     */
    public static long countedBy(String logicalId, List<String> lines) {
        LogFilterPattern pattern = ofMetricFilter(logicalId);
        Map<String, String> dimensions = dimensionsOfMetricFilter(logicalId);
        return lines.stream().filter(pattern::matches)
                .filter(line -> dimensions.values().stream().allMatch(selector -> select(line, selector) != null))
                .count();
    }

    public boolean matches(String jsonLine) {
        return predicate.test(json(jsonLine));
    }

    /** The lines that {@code code} logs through JsonLog on this thread, in order. */
    public static List<String> linesLoggedBy(Runnable code) {
        List<String> lines = new ArrayList<>();
        try (JsonLog.Invocation ignored = JsonLog.record(lines::add)) {
            code.run();
        }
        return lines;
    }

    /** A value of a line by its selector ({@code $.a.b}); null when the line has none. */
    public static JsonNode select(String jsonLine, String selector) {
        return select(json(jsonLine), selector);
    }

    @Override
    public String toString() {
        return source;
    }

    private static JsonNode json(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON log line: " + line, e);
        }
    }

    private static JsonNode select(JsonNode node, String selector) {
        JsonNode at = node;
        for (String name : selector.substring(2).split("\\.")) {
            at = at == null ? null : at.get(name);
        }
        return at == null || at.isNull() || at.isMissingNode() ? null : at;
    }

    private static final class Parser {
        private final String source;
        private final List<String> tokens = new ArrayList<>();
        private int next;

        Parser(String source) {
            this.source = source;
            Matcher m = TOKEN.matcher(source);
            int at = 0;
            while (at < source.length() && m.find(at) && m.start() == at) {
                tokens.add(m.group(1));
                at = m.end();
            }
            if (!source.substring(at).isBlank()) {
                throw refuse("unreadable at \"" + source.substring(at) + "\"");
            }
        }

        Predicate<JsonNode> pattern() {
            expect("{");
            Predicate<JsonNode> p = or();
            expect("}");
            if (next != tokens.size()) {
                throw refuse("text after the closing brace");
            }
            return p;
        }

        private Predicate<JsonNode> or() {
            Predicate<JsonNode> p = and();
            while (accept("||")) {
                p = p.or(and());
            }
            return p;
        }

        private Predicate<JsonNode> and() {
            Predicate<JsonNode> p = primary();
            while (accept("&&")) {
                p = p.and(primary());
            }
            return p;
        }

        private Predicate<JsonNode> primary() {
            if (accept("(")) {
                Predicate<JsonNode> p = or();
                expect(")");
                return p;
            }
            String selector = take();
            if (!selector.startsWith("$.")) {
                throw refuse("a selector ($.field) expected, not " + selector);
            }
            String operator = take();
            String value = take();
            if (value.startsWith("\"")) {
                if (!operator.equals("=") && !operator.equals("!=")) {
                    throw refuse("strings compare with = or != only, not " + operator);
                }
                Pattern wanted = Pattern.compile(wildcard(value.substring(1, value.length() - 1)));
                boolean equal = operator.equals("=");
                return line -> {
                    JsonNode v = select(line, selector);
                    return v != null && v.isTextual() && wanted.matcher(v.asText()).matches() == equal;
                };
            }
            if (!value.matches("-?\\d+(\\.\\d+)?")) {
                throw refuse("a quoted string or a number expected, not " + value);
            }
            BigDecimal number = new BigDecimal(value);
            return line -> {
                JsonNode v = select(line, selector);
                if (v == null || !v.isNumber()) {
                    return false;
                }
                int c = v.decimalValue().compareTo(number);
                return switch (operator) {
                    case "=" -> c == 0;
                    case "!=" -> c != 0;
                    case ">" -> c > 0;
                    case "<" -> c < 0;
                    case ">=" -> c >= 0;
                    case "<=" -> c <= 0;
                    default -> throw refuse("no operator " + operator);
                };
            };
        }

        private static String wildcard(String text) {
            StringBuilder regex = new StringBuilder();
            for (String part : text.replace("\\\"", "\"").split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            return regex.toString();
        }

        private boolean accept(String token) {
            if (next < tokens.size() && tokens.get(next).equals(token)) {
                next++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw refuse("\"" + token + "\" expected" + (next < tokens.size() ? ", not \"" + tokens.get(next) + "\"" : " at the end"));
            }
        }

        private String take() {
            if (next >= tokens.size()) {
                throw refuse("the pattern ends too early");
            }
            return tokens.get(next++);
        }

        private IllegalArgumentException refuse(String why) {
            return new IllegalArgumentException("filter pattern " + source + ": " + why);
        }
    }
}
