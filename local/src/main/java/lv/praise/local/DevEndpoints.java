package lv.praise.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import lv.praise.handler.AdminHandler;

/**
 * The local run's own endpoints under {@value #PREFIX}/ – development conveniences that do not exist
 * in AWS (they are not in template.yaml):
 *
 * <ul>
 *   <li>{@code POST /_local/token} with {@code {"email": "...", "organiser": true|false, "evaluator": true|false}} →
 *       {@code {"token": "...", "expiresAt": "..."}}: a local sign-in, so the organisers' console can
 *       get a token without a terminal. In AWS, organisers sign in to Cognito.</li>
 *   <li>{@code GET /_local/run}: the scheduled functions of the template.</li>
 *   <li>{@code POST /_local/run/{FunctionLogicalId}} (organiser token required): runs a scheduled
 *       function now with the event EventBridge Scheduler would send; answers its result as JSON.</li>
 *   <li>{@code GET /_local/queues}: the local SQS queues' counts (waiting, in flight, to come again, done,
 *       moved to the dead-letter queue; {@code idle}), never a message's body.</li>
 *   <li>{@code POST /_local/ses/feedback} with {@code {"email": "...", "event": "bounce"|"complaint",
 *       "bounceType": "Permanent"|"Transient"}}: the bounce or complaint SES would report for a message to
 *       that address, delivered through the feedback topic to its subscriber (no real mailbox bounces an
 *       outbox file); answers each subscriber's result.</li>
 * </ul>
 */
final class DevEndpoints implements HttpHandler {
    static final String PREFIX = "/_local";
    static final String TOKEN = PREFIX + "/token";
    static final String RUN = PREFIX + "/run";
    static final String QUEUES = PREFIX + "/queues";
    static final String SES_FEEDBACK = PREFIX + "/ses/feedback";
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final LocalJwt jwt;
    private final JwtAuthorizer organiserCheck;
    private final ScheduledFunctions scheduled;
    private final Supplier<Instant> now;
    private final Replies replies;
    private final LocalQueues queues;
    private final SesFeedback sesFeedback;

    /** @param now the instant a scheduled run is for (the functions' clock: fixed by PRAISE_NOW, or real) */
    DevEndpoints(LocalJwt jwt, ScheduledFunctions scheduled, Supplier<Instant> now, Replies replies) {
        this(jwt, scheduled, now, replies, null, null);
    }

    /** @param queues, sesFeedback the local run's queues and SES feedback; null: those endpoints answer 404 */
    DevEndpoints(LocalJwt jwt, ScheduledFunctions scheduled, Supplier<Instant> now, Replies replies, LocalQueues queues,
                 SesFeedback sesFeedback) {
        this.queues = queues;
        this.sesFeedback = sesFeedback;
        this.jwt = jwt;
        this.organiserCheck = new JwtAuthorizer("local", "Authorization", jwt);
        this.scheduled = scheduled;
        this.now = now;
        this.replies = replies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (path.equals(TOKEN)) {
            if (allow(exchange, method, "POST")) {
                token(exchange);
            }
        } else if (path.equals(RUN) || path.equals(RUN + "/")) {
            if (allow(exchange, method, "GET")) {
                replies.json(exchange, 200, Map.of("scheduled", listing()));
            }
        } else if (path.startsWith(RUN + "/")) {
            if (allow(exchange, method, "POST")) {
                run(exchange, Percent.decodePath(path.substring(RUN.length() + 1)));
            }
        } else if (path.equals(QUEUES) && queues != null) {
            if (allow(exchange, method, "GET")) {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                replies.json(exchange, 200, queues.counts());
            }
        } else if (path.equals(SES_FEEDBACK) && sesFeedback != null) {
            if (allow(exchange, method, "POST")) {
                sesFeedback(exchange);
            }
        } else {
            replies.error(exchange, 404, "not_found", "path", "no local endpoint " + path
                    + "; there are POST " + TOKEN + ", GET " + RUN + " and POST " + RUN + "/{FunctionLogicalId}");
        }
    }

    private boolean allow(HttpExchange exchange, String method, String allowed) {
        if (method.equals(allowed)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", allowed);
        replies.error(exchange, 405, "method_not_allowed", "method", method + " is not allowed here; use " + allowed);
        return false;
    }

    private void token(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        // JSON only: a page of another origin cannot send it without a CORS preflight, which we never allow.
        if (type == null || !type.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
            replies.error(exchange, 415, "unsupported_media_type", "body", "send {\"email\": ..., \"organiser\": true|false} "
                    + "as application/json");
            return;
        }
        byte[] body = read(exchange.getRequestBody());
        if (body == null) {
            replies.error(exchange, 413, "too_large", "body", "the body is over " + MAX_BODY_BYTES + " bytes");
            return;
        }
        JsonNode request;
        try {
            request = Replies.JSON.readTree(body);
        } catch (IOException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            replies.error(exchange, 400, "malformed_json", "body", "send a JSON object {\"email\": ..., \"organiser\": true|false}");
            return;
        }
        JsonNode email = request.path("email");
        if (!email.isTextual() || !email.asText().strip().matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+")
                || email.asText().strip().length() > 254) {
            replies.error(exchange, 400, "invalid", "email", "an e-mail address is required");
            return;
        }
        JsonNode organiser = request.path("organiser");
        if (!organiser.isMissingNode() && !organiser.isNull() && !organiser.isBoolean()) {
            replies.error(exchange, 400, "invalid", "organiser", "organiser is true or false");
            return;
        }
        JsonNode evaluator = request.path("evaluator");
        if (!evaluator.isMissingNode() && !evaluator.isNull() && !evaluator.isBoolean()) {
            replies.error(exchange, 400, "invalid", "evaluator", "evaluator is true or false");
            return;
        }
        // An evaluator's token (issue 17): the evaluators' group, for the /evaluate/ page and its routes.
        Map<String, Object> claims = jwt.claims(email.asText().strip(), organiser.asBoolean(false),
                evaluator.asBoolean(false), Instant.now(), LocalJwt.DEV_TOKEN_VALIDITY);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", jwt.sign(claims));
        answer.put("expiresAt", Instant.ofEpochSecond(((Number) claims.get("exp")).longValue()).toString());
        replies.json(exchange, 200, answer);
    }

    private void sesFeedback(HttpExchange exchange) throws IOException {
        JsonNode request = jsonBody(exchange, "{\"email\": ..., \"event\": \"bounce\"|\"complaint\", \"bounceType\": \"Permanent\"|\"Transient\"}");
        if (request == null) {
            return;
        }
        JsonNode email = request.path("email");
        if (!email.isTextual() || email.asText().isBlank() || email.asText().length() > 254) {
            replies.error(exchange, 400, "invalid", "email", "an e-mail address is required");
            return;
        }
        String event = request.path("event").asText("bounce");
        if (!event.equals("bounce") && !event.equals("complaint")) {
            replies.error(exchange, 400, "invalid", "event", "event is bounce or complaint");
            return;
        }
        String bounceType = request.path("bounceType").asText("Permanent");
        if (!bounceType.equals("Permanent") && !bounceType.equals("Transient")) {
            replies.error(exchange, 400, "invalid", "bounceType", "bounceType is Permanent or Transient");
            return;
        }
        Map<String, JsonNode> answers;
        try {
            answers = sesFeedback.deliver(event.equals("bounce") ? "Bounce" : "Complaint", bounceType, email.asText().strip(),
                    Instant.now());
        } catch (Exception | LinkageError e) {
            System.err.println("SES feedback failed: " + e.getClass().getName());
            replies.error(exchange, 500, "function_failed", "function", String.join(", ", sesFeedback.subscribers())
                    + " failed: " + e.getClass().getName());
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        replies.json(exchange, 200, answers);
    }

    /** A JSON object body, or null after answering why not. JSON only: another origin can't send it without a preflight. */
    private JsonNode jsonBody(HttpExchange exchange, String shape) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
            replies.error(exchange, 415, "unsupported_media_type", "body", "send " + shape + " as application/json");
            return null;
        }
        byte[] body = read(exchange.getRequestBody());
        if (body == null) {
            replies.error(exchange, 413, "too_large", "body", "the body is over " + MAX_BODY_BYTES + " bytes");
            return null;
        }
        JsonNode request;
        try {
            request = Replies.JSON.readTree(body);
        } catch (IOException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            replies.error(exchange, 400, "malformed_json", "body", "send a JSON object " + shape);
            return null;
        }
        return request;
    }

    private void run(HttpExchange exchange, String functionId) {
        JwtAuthorizer.Decision decision = organiserCheck.authorize(IncomingRequest.of(exchange, new byte[0], Instant.now()));
        if (decision instanceof JwtAuthorizer.Refused refused) {
            System.err.println("401 on POST " + RUN + "/" + functionId + ": " + refused.reason());
            ApiGateway.unauthorized(exchange, replies, refused);
            return;
        }
        Map<String, String> claims = ((JwtAuthorizer.Allowed) decision).context().getJwt().getClaims();
        if (!isOrganiser(claims.get("cognito:groups"))) {
            replies.error(exchange, 403, "forbidden", "authorization", "this needs the organiser role");
            return;
        }
        Optional<ScheduledFunctions.Function> function = scheduled.get(functionId);
        if (function.isEmpty()) {
            replies.error(exchange, 404, "not_found", "function", functionId + " is not a scheduled function of the "
                    + "template; these are: " + scheduled.all().stream().map(ScheduledFunctions.Function::logicalId).toList());
            return;
        }
        String who = claims.getOrDefault("email", claims.get("sub"));
        System.out.println("running " + functionId + " now (asked by " + who + " through " + RUN + ")");
        JsonNode result;
        try {
            result = scheduled.invoke(function.get(), now.get());
        } catch (Exception | LinkageError | AssertionError e) {
            System.err.println("function " + functionId + " failed: " + e);
            e.printStackTrace();
            replies.error(exchange, 500, "function_failed", "function", functionId + " failed: " + e);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", Replies.JSON_TYPE);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            replies.send(exchange, 200, Replies.JSON.writeValueAsBytes(result));
        } catch (IOException e) {
            throw new IllegalStateException("result could not be written as JSON", e);
        }
    }

    private List<Map<String, Object>> listing() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ScheduledFunctions.Function f : scheduled.all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("function", f.logicalId());
            entry.put("handler", f.handlerClass());
            entry.put("schedules", f.schedules().stream().map(ScheduledFunctions.Schedule::describe).toList());
            entry.put("run", "POST " + RUN + "/" + f.logicalId());
            list.add(entry);
        }
        return list;
    }

    /** The group claim as API Gateway passes it ("[organisers other]"). */
    static boolean isOrganiser(String groupsClaim) {
        if (groupsClaim == null) {
            return false;
        }
        String bare = groupsClaim.replace("[", " ").replace("]", " ").replace("\"", " ").replace(",", " ");
        return List.of(bare.strip().split("\\s+")).contains(AdminHandler.ORGANISERS);
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
