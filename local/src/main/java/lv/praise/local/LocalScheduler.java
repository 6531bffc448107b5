package lv.praise.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import lv.praise.testkit.LocalDynamoDb;

/**
 * EventBridge Scheduler's API as the functions' SDK client reaches it ({@code SCHEDULER_ENDPOINT} is the local
 * server), at its wire (REST-JSON): {@code POST /schedules/{Name}} creates (409 ConflictException when the
 * name is taken in the group), {@code PUT /schedules/{Name}} replaces (404 ResourceNotFoundException when there
 * is none), {@code GET /schedules/{Name}?groupName=} reads back. The schedules are kept in memory and listed by
 * {@code GET /_local/run} with the function they target ({@link ScheduledFunctions}), where
 * {@code POST /_local/run/{id}} runs that function now with the schedule's input.
 *
 * <p>Not modelled: nothing fires at the schedule's time (run it on demand); schedules do not survive a restart;
 * no check of the role, the group's existence, the target's ARN or the dead-letter queue; flexible windows,
 * recurring expressions' next times, DeleteSchedule and ListSchedules (the functions call neither).
 */
final class LocalScheduler implements HttpHandler {
    static final String PREFIX = "/schedules/";
    private static final Pattern NAME = Pattern.compile("[0-9a-zA-Z-_.]{1,64}");

    /** One schedule as the functions wrote it. */
    record Schedule(String group, String name, String expression, String timezone, String state, String targetArn,
                    String roleArn, String input, Instant created, Instant modified) {
        String arn() {
            return "arn:aws:scheduler:" + LocalDynamoDb.REGION + ":" + LambdaEvents.ACCOUNT_ID + ":schedule/" + group
                    + "/" + name;
        }

        /** The template logical id of the target function (…:function:Id or …:function:Id:alias). */
        String targetFunction() {
            String[] parts = targetArn == null ? new String[0] : targetArn.split(":");
            for (int i = 0; i < parts.length - 1; i++) {
                if (parts[i].equals("function")) {
                    return parts[i + 1];
                }
            }
            return targetArn;
        }
    }

    private final Replies replies;
    private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();

    LocalScheduler(Replies replies) {
        this.replies = replies;
    }

    static boolean handles(String path) {
        return path != null && path.startsWith(PREFIX);
    }

    /** The schedules, oldest first. */
    List<Schedule> all() {
        List<Schedule> list = new ArrayList<>(schedules.values());
        list.sort(java.util.Comparator.comparing(Schedule::created).thenComparing(Schedule::name));
        return list;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String name = Percent.decodePath(exchange.getRequestURI().getRawPath().substring(PREFIX.length()));
        if (!NAME.matcher(name).matches()) {
            fault(exchange, 400, "ValidationException", "the schedule's name must match [0-9a-zA-Z-_.]{1,64}");
            return;
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        switch (method) {
            case "GET" -> get(exchange, name, query(exchange, "groupName"));
            case "POST", "PUT" -> write(exchange, name, method.equals("POST"));
            default -> fault(exchange, 405, "ValidationException", "the local scheduler takes GET, POST and PUT");
        }
    }

    private void write(HttpExchange exchange, String name, boolean create) throws IOException {
        JsonNode body;
        try {
            body = Replies.JSON.readTree(exchange.getRequestBody().readAllBytes());
        } catch (IOException e) {
            fault(exchange, 400, "ValidationException", "the body is not JSON");
            return;
        }
        String group = text(body, "GroupName", "default");
        String expression = text(body, "ScheduleExpression", null);
        JsonNode target = body.path("Target");
        if (expression == null || !target.path("Arn").isTextual() || !target.path("RoleArn").isTextual()
                || !body.path("FlexibleTimeWindow").path("Mode").isTextual()) {
            fault(exchange, 400, "ValidationException", "ScheduleExpression, FlexibleTimeWindow.Mode, Target.Arn and "
                    + "Target.RoleArn are required");
            return;
        }
        String key = group + "/" + name;
        Instant now = Instant.now();
        Schedule written = new Schedule(group, name, expression, text(body, "ScheduleExpressionTimezone", "UTC"),
                text(body, "State", "ENABLED"), target.path("Arn").asText(), target.path("RoleArn").asText(),
                target.path("Input").isTextual() ? target.path("Input").asText() : null, now, now);
        Schedule earlier;
        if (create) {
            earlier = schedules.putIfAbsent(key, written);
            if (earlier != null) {
                fault(exchange, 409, "ConflictException", "Schedule " + name + " already exists.");
                return;
            }
        } else {
            Schedule[] replaced = new Schedule[1];
            schedules.computeIfPresent(key, (k, old) -> {
                replaced[0] = old;
                return new Schedule(group, name, written.expression(), written.timezone(), written.state(),
                        written.targetArn(), written.roleArn(), written.input(), old.created(), now);
            });
            if (replaced[0] == null) {
                fault(exchange, 404, "ResourceNotFoundException", "Schedule " + name + " does not exist.");
                return;
            }
        }
        System.out.println("scheduler: " + (create ? "created " : "updated ") + key + " " + expression + " "
                + written.timezone());
        replies.json(exchange, 200, Map.of("ScheduleArn", written.arn()));
    }

    private void get(HttpExchange exchange, String name, String group) {
        Schedule s = schedules.get((group == null ? "default" : group) + "/" + name);
        if (s == null) {
            fault(exchange, 404, "ResourceNotFoundException", "Schedule " + name + " does not exist.");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Arn", s.arn());
        body.put("Name", s.name());
        body.put("GroupName", s.group());
        body.put("ScheduleExpression", s.expression());
        body.put("ScheduleExpressionTimezone", s.timezone());
        body.put("State", s.state());
        body.put("FlexibleTimeWindow", Map.of("Mode", "OFF"));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("Arn", s.targetArn());
        target.put("RoleArn", s.roleArn());
        if (s.input() != null) {
            target.put("Input", s.input());
        }
        body.put("Target", target);
        body.put("CreationDate", s.created().getEpochSecond());
        body.put("LastModificationDate", s.modified().getEpochSecond());
        replies.json(exchange, 200, body);
    }

    /** An error as the service sends it: the type in a header and the body, which the SDK maps to its exception. */
    private void fault(HttpExchange exchange, int status, String type, String message) {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        replies.json(exchange, status, Map.of("Message", message));
    }

    private static String text(JsonNode body, String field, String otherwise) {
        return body.path(field).isTextual() ? body.path(field).asText() : otherwise;
    }

    private static String query(HttpExchange exchange, String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
