package lv.praise.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * The template's functions that a schedule starts (events of type {@code ScheduleV2} or
 * {@code Schedule}). Nothing runs them on their schedule locally; the dev endpoint
 * {@code POST /_local/run/{FunctionLogicalId}} runs one now, with the event EventBridge Scheduler
 * would send.
 */
final class ScheduledFunctions {
    static final Set<String> SCHEDULE_EVENT_TYPES = Set.of("ScheduleV2", "Schedule");
    private static final ObjectMapper LENIENT = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One schedule of a function, as the template writes it. */
    record Schedule(String event, String type, String expression, String timezone, String input) {
        String describe() {
            return expression + (timezone == null ? "" : " " + timezone);
        }
    }

    /** A scheduled function and its handler, loaded once (as in a Lambda container). */
    record Function(String logicalId, String handlerClass, Object handler, Duration timeout, int memoryMb,
                    List<Schedule> schedules) {
    }

    private final Map<String, Function> functions;
    private final SamTemplate template;
    private final LocalScheduler scheduler;
    /** The handlers of functions that only a scheduler's schedule starts, loaded at their first listing. */
    private final Map<String, Object> scheduledOnly = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param functions by logical id, in the template's order */
    ScheduledFunctions(Map<String, Function> functions) {
        this(functions, null, null);
    }

    private ScheduledFunctions(Map<String, Function> functions, SamTemplate template, LocalScheduler scheduler) {
        this.functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        this.template = template;
        this.scheduler = scheduler;
    }

    /**
     * The template's scheduled functions, and those the functions scheduled at run time through the local
     * EventBridge Scheduler (the awards' one-time schedules): listed with the schedule's expression as it is now.
     */
    ScheduledFunctions withScheduler(SamTemplate template, LocalScheduler scheduler) {
        return new ScheduledFunctions(functions, template, scheduler);
    }

    static ScheduledFunctions fromTemplate(SamTemplate template) {
        Map<String, Function> functions = new LinkedHashMap<>();
        for (SamTemplate.Function f : template.functions()) {
            Map<String, Object> properties = template.properties(f.logicalId());
            List<Schedule> schedules = new ArrayList<>();
            map(properties.get("Events")).forEach((name, event) -> {
                Map<String, Object> e = map(event);
                if (SCHEDULE_EVENT_TYPES.contains(String.valueOf(e.get("Type")))) {
                    Map<String, Object> p = map(e.get("Properties"));
                    Object expression = p.getOrDefault("ScheduleExpression", p.get("Schedule"));
                    // e.g. !Sub at(${AwardsAt}): shown with the parameter's default, as a deploy without overrides gets it
                    String resolved = SamTemplate.resolve(expression, template.parameterDefaults());
                    schedules.add(new Schedule(name, String.valueOf(e.get("Type")), resolved != null ? resolved : text(expression),
                            text(p.get("ScheduleExpressionTimezone")), text(p.get("Input"))));
                }
            });
            if (schedules.isEmpty()) {
                continue;
            }
            Duration timeout = properties.get("Timeout") instanceof Number n
                    ? Duration.ofSeconds(n.longValue()) : ApiRoutes.DEFAULT_TIMEOUT;
            int memory = properties.get("MemorySize") instanceof Number n ? n.intValue() : ApiRoutes.DEFAULT_MEMORY_MB;
            functions.put(f.logicalId(), new Function(f.logicalId(), f.handlerClass(),
                    instantiate(f.logicalId(), f.handlerClass()), timeout, memory, List.copyOf(schedules)));
        }
        return new ScheduledFunctions(functions);
    }

    /** The template's own, in its order. */
    List<Function> templateFunctions() {
        return List.copyOf(functions.values());
    }

    /** The template's own in its order, each with the run-time schedules that target it; then the functions only those start. */
    List<Function> all() {
        Map<String, Function> all = new LinkedHashMap<>(functions);
        if (scheduler != null) {
            for (LocalScheduler.Schedule s : scheduler.all()) {
                String id = s.targetFunction();
                if (!template.resourcesOfType("AWS::Serverless::Function").contains(id)) {
                    continue;
                }
                Schedule schedule = new Schedule(s.name(), "Scheduler", s.expression(), s.timezone(),
                        s.input() == null ? null : s.input().replace("<aws.scheduler.schedule-arn>", s.arn()));
                Function known = all.get(id);
                if (known == null) {
                    Map<String, Object> properties = template.properties(id);
                    Duration timeout = properties.get("Timeout") instanceof Number n
                            ? Duration.ofSeconds(n.longValue()) : ApiRoutes.DEFAULT_TIMEOUT;
                    int memory = properties.get("MemorySize") instanceof Number n ? n.intValue() : ApiRoutes.DEFAULT_MEMORY_MB;
                    String handlerClass = handlerClass(id);
                    Object handler = scheduledOnly.computeIfAbsent(id, x -> instantiate(id, handlerClass));
                    all.put(id, new Function(id, handlerClass, handler, timeout, memory, List.of(schedule)));
                } else {
                    List<Schedule> schedules = new ArrayList<>(known.schedules());
                    schedules.add(schedule);
                    all.put(id, new Function(id, known.handlerClass(), known.handler(), known.timeout(), known.memoryMb(),
                            List.copyOf(schedules)));
                }
            }
        }
        return List.copyOf(all.values());
    }

    private String handlerClass(String logicalId) {
        return template.functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow().handlerClass();
    }

    Optional<Function> get(String logicalId) {
        return all().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
    }

    /**
     * The event EventBridge Scheduler sends when a schedule has no {@code Input}: an EventBridge
     * "Scheduled Event" envelope from {@code aws.scheduler} at {@code time}.
     */
    static Map<String, Object> sampleEvent(Function function, Instant time) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.scheduler");
        event.put("account", LambdaEvents.ACCOUNT_ID);
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", LocalDynamoDb.REGION);
        String schedule = function.schedules().get(0).event();
        event.put("resources", List.of("arn:aws:scheduler:" + LocalDynamoDb.REGION + ":" + LambdaEvents.ACCOUNT_ID
                + ":schedule/default/" + function.logicalId() + schedule));
        event.put("detail", Map.of());
        return event;
    }

    /**
     * Runs the function once, as its schedule would: with the schedule's {@code Input} when the
     * template sets one, else with {@link #sampleEvent}. Returns what the handler returned, as JSON.
     */
    JsonNode invoke(Function function, Instant time) throws Exception {
        String input = function.schedules().get(0).input();
        if (input != null) {
            // The scheduler's context attribute, filled in as it would at the run.
            input = input.replace("<aws.scheduler.scheduled-time>", time.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        Object event = input != null ? Replies.JSON.readValue(input, Object.class) : sampleEvent(function, time);
        Context context = LocalContext.of(UUID.randomUUID().toString(), function.logicalId(), function.timeout(),
                function.memoryMb());
        long started = System.nanoTime();
        try (RouteTag.Scope counted = RouteTag.open("schedule " + function.logicalId())) {
            if (function.handler() instanceof RequestStreamHandler stream) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                stream.handleRequest(new ByteArrayInputStream(Replies.JSON.writeValueAsBytes(event)), out, context);
                return asJson(out.toByteArray());
            }
            @SuppressWarnings("unchecked")
            RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) function.handler();
            Object result = handler.handleRequest(convert(event, inputType(function.handler().getClass())), context);
            return Replies.JSON.valueToTree(result);
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (took.compareTo(function.timeout()) > 0) {
                System.err.println("WARNING: " + function.logicalId() + " took " + took.toMillis() + " ms, over its "
                        + "timeout of " + function.timeout().toSeconds() + " s: in AWS it would have been stopped");
            }
        }
    }

    /** Loads a handler as the Lambda Java runtime does: once, by its public no-argument constructor. */
    static Object instantiate(String functionId, String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("function " + functionId + ": handler class " + className + " not found", e);
        }
        if (!RequestHandler.class.isAssignableFrom(type) && !RequestStreamHandler.class.isAssignableFrom(type)) {
            throw new IllegalStateException("function " + functionId + ": " + className
                    + " must implement RequestHandler or RequestStreamHandler");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalStateException("function " + functionId + ": " + className + " is abstract");
        }
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("function " + functionId + ": " + className
                    + " needs a public no-argument constructor", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("function " + functionId + ": " + className
                    + " failed to initialise: " + cause, cause);
        }
    }

    /** The event type the handler declares (RequestHandler's first type argument); Object when unknown. */
    static Class<?> inputType(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Class<?> found = declaredInput(c);
            if (found != null) {
                return found;
            }
        }
        return Object.class;
    }

    private static Class<?> declaredInput(Class<?> type) {
        for (Type t : type.getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                Type arg = p.getActualTypeArguments()[0];
                if (arg instanceof Class<?> c) {
                    return c;
                }
                if (arg instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> c) {
                    return c;
                }
                return Object.class;
            }
            Class<?> raw = t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c
                    : t instanceof Class<?> c ? c : null;
            if (raw != null && raw != RequestHandler.class) {
                Class<?> found = declaredInput(raw);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The event as the handler's declared type, as the Lambda runtime would deserialise it. */
    @SuppressWarnings("unchecked")
    static Object convert(Object event, Class<?> type) throws JsonProcessingException {
        if (type.isInstance(event)) {
            return event;
        }
        if (type == String.class) {
            return Replies.JSON.writeValueAsString(event);
        }
        if (type == ScheduledEvent.class && event instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            ScheduledEvent scheduled = new ScheduledEvent()
                    .withVersion(text(m.get("version")))
                    .withId(text(m.get("id")))
                    .withDetailType(text(m.get("detail-type")))
                    .withSource(text(m.get("source")))
                    .withAccount(text(m.get("account")))
                    .withRegion(text(m.get("region")))
                    .withResources(m.get("resources") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : null)
                    .withDetail(m.get("detail") instanceof Map<?, ?> d ? (Map<String, Object>) d : null);
            if (m.get("time") != null) {
                scheduled.setTime(new DateTime(Instant.parse(text(m.get("time"))).toEpochMilli(), DateTimeZone.UTC));
            }
            return scheduled;
        }
        return LENIENT.convertValue(event, type);
    }

    private static JsonNode asJson(byte[] output) {
        if (output.length == 0) {
            return Replies.JSON.nullNode();
        }
        try {
            return Replies.JSON.readTree(output);
        } catch (IOException e) {
            return Replies.JSON.getNodeFactory().textNode(new String(output, StandardCharsets.UTF_8));
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
