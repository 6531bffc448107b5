package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmationToken;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The bad-input tier: a seeded generator ({@link BadInputCases}) sends some 12 000 malformed and
 * hostile requests to every route of template.yaml over the local server (API Gateway's emulation,
 * its JWT authorizer, every function on DynamoDB Local). Every answer must be the 4xx its case calls
 * for, as JSON naming the field at fault (or 413 for size, 405 for a method), never a 5xx, never
 * exception text; and afterwards every table holds exactly what it held before, and no e-mail left.
 * A JVM of its own (failsafe execution {@code bad-input}); {@code -DbadInput.seed=N} replays another run.
 */
class BadInputIT {
    private static final long SEED = Long.getLong("badInput.seed", 20270301L);
    private static final int CASES = Integer.getInteger("badInput.cases", 12_000);
    private static final int CLIENTS = 8;
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (java|lv|com|software|org)\\.|lv\\.praise\\.|java\\.(lang|util|io)|com\\.fasterxml|software\\.amazon|Caused by");

    /** The real standard output: the functions' per-request log lines go to a file instead. */
    private static final PrintStream REPORT = System.out;
    private static final PrintStream ERRORS = System.err;
    private static LocalServer server;
    private static Map<String, Map<String, Map<String, AttributeValue>>> tablesBefore;
    private static long outboxBefore;
    private static PrintStream serverLog;

    @BeforeAll
    static void start() throws IOException {
        Path log = Path.of("target", "bad-input-server.log");
        Files.createDirectories(log.getParent());
        serverLog = new PrintStream(new FileOutputStream(log.toFile()), true, "UTF-8");
        System.setOut(serverLog);
        System.setErr(serverLog);
        server = LocalServer.shared();
    }

    @AfterAll
    static void restore() {
        System.setOut(REPORT);
        System.setErr(ERRORS);
        serverLog.close();
    }

    @Test
    void everyRouteAnswersEveryBadRequestWithTheRightRefusalAndWritesNothing() throws Exception {
        BadInputCases.Context context = context();
        tablesBefore = scanAll();
        outboxBefore = outboxCount();
        BadInputCases generator = new BadInputCases(SEED, context, server.template());
        List<BadInputCases.Case> cases = generator.generate(CASES);

        RawHttp http = new RawHttp(server.port());
        Map<String, Map<Integer, AtomicInteger>> byRoute = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byKind = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Instant started = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (BadInputCases.Case c : cases) {
                running.add(clients.submit(() -> {
                    int status = check(http, c, failures);
                    byRoute.computeIfAbsent(c.route(), k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    byKind.computeIfAbsent(c.kind().replaceAll(": .*", ""), k -> new AtomicInteger()).incrementAndGet();
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        Duration took = Duration.between(started, Instant.now());
        Files.write(Path.of("target", "bad-input-failures.txt"), failures.stream().sorted().toList());
        report(cases.size(), byRoute, took);

        Map<String, Map<String, Map<String, AttributeValue>>> after = scanAll();
        List<String> changed = new ArrayList<>();
        tablesBefore.forEach((table, items) -> {
            Map<String, Map<String, AttributeValue>> now = after.get(table);
            items.forEach((key, item) -> {
                if (!item.equals(now.get(key))) {
                    changed.add(table + ": " + key + (now.containsKey(key) ? " changed" : " removed"));
                }
            });
            now.keySet().stream().filter(k -> !items.containsKey(k)).forEach(k -> changed.add(table + ": " + k + " added"));
        });

        assertTrue(generator.routeKeys().size() >= 31 && cases.size() >= 10_000, "cases for every route");
        assertEquals(generator.routeKeys(), byRoute.keySet(), "every route was sent its cases");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " answers were wrong, e.g.:\n"
                + failures.stream().sorted().distinct().limit(60).collect(Collectors.joining("\n")));
        assertTrue(changed.isEmpty(), "the tables changed: " + changed.stream().limit(30).toList());
        assertEquals(outboxBefore, outboxCount(), "an e-mail was sent");
    }

    /** Sends one case; returns the status, and records what was wrong with the answer. */
    private static int check(RawHttp http, BadInputCases.Case c, List<String> failures) {
        String where = c.route() + " [" + c.kind() + "] " + c.method() + " " + abbreviate(c.target(), 140);
        RawHttp.Response response;
        try {
            response = http.send(c.method(), c.target(), c.headers(), c.body());
        } catch (IOException e) {
            failures.add(where + " → no answer: " + e.getMessage());
            return -1;
        }
        String text = response.text();
        String got = " → " + response.status() + " " + abbreviate(text, 300);
        if (response.status() >= 500) {
            failures.add(where + got + " (a 5xx)");
            return response.status();
        }
        if (LEAK.matcher(text).find()) {
            failures.add(where + got + " (exception text in the body)");
        }
        if (!c.statuses().contains(response.status())) {
            failures.add(where + got + " (wanted " + c.statuses() + (c.field() == null ? "" : " naming " + c.field()) + ")");
            return response.status();
        }
        if (!String.valueOf(response.header("content-type")).startsWith("application/json")) {
            failures.add(where + got + " (not JSON: " + response.header("content-type") + ")");
            return response.status();
        }
        if (c.field() == null) {
            return response.status();
        }
        try {
            JsonNode body = BadInputCases.JSON.readTree(text);
            JsonNode error = body.path("error");
            if (body.has("rejected")) {
                // An import's report: a refused file (422 rejected_rows) or a dry run (200).
                boolean named = false;
                for (JsonNode rejected : body.path("rejected")) {
                    named |= c.field().equals(rejected.path("field").asText()) && rejected.path("line").asInt() > 1;
                    // Every reason also as a code the console translates (the sentence is English, for programs).
                    if (!rejected.path("code").asText().matches("[a-z_]+") || !rejected.path("params").isObject()) {
                        failures.add(where + got + " (a rejected row without its code and params: " + rejected + ")");
                    }
                }
                if (!named || (response.status() == 422) != "rejected_rows".equals(error.path("code").asText())
                        || body.path("imported").asBoolean()) {
                    failures.add(where + got + " (no rejected row names " + c.field() + ", or it was imported)");
                }
            } else if (!error.path("code").isTextual() || error.path("message").asText().isBlank()) {
                failures.add(where + got + " (not the error shape)");
            } else if (!c.field().equals(error.path("field").asText(null))) {
                failures.add(where + got + " (the error names " + abbreviate(error.path("field").toString(), 80) + ", not "
                        + abbreviate(c.field(), 80) + ")");
            }
        } catch (IOException e) {
            failures.add(where + got + " (not JSON)");
        }
        return response.status();
    }

    private static void report(int total, Map<String, Map<Integer, AtomicInteger>> byRoute, Duration took) {
        List<Integer> statuses = byRoute.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        StringBuilder out = new StringBuilder("\nBad-input tier (seed " + SEED + "): " + total + " cases on " + byRoute.size()
                + " routes in " + took.toMillis() + " ms, " + CLIENTS + " clients\n");
        out.append(String.format("%-45s %6s", "route", "cases"));
        statuses.forEach(s -> out.append(String.format(" %6d", s)));
        out.append('\n');
        Map<Integer, Integer> totals = new TreeMap<>();
        new TreeMap<>(byRoute).forEach((route, counts) -> {
            int sum = counts.values().stream().mapToInt(AtomicInteger::get).sum();
            out.append(String.format("%-45s %6d", route, sum));
            statuses.forEach(s -> {
                int n = counts.containsKey(s) ? counts.get(s).get() : 0;
                totals.merge(s, n, Integer::sum);
                out.append(String.format(" %6s", n == 0 ? "" : Integer.toString(n)));
            });
            out.append('\n');
        });
        out.append(String.format("%-45s %6d", "all", total));
        statuses.forEach(s -> out.append(String.format(" %6d", totals.get(s))));
        REPORT.println(out.append('\n'));
    }

    /** Valid values to start from, and the praise a forged or expired token is about (written before the snapshot). */
    private static BadInputCases.Context context() throws Exception {
        RawHttp http = new RawHttp(server.port());
        String token = server.organiserToken();
        JsonNode list = BadInputCases.JSON.readTree(http.send("GET", "/api/admin/participants",
                Map.of("Authorization", "Bearer " + token), null).text()).path("participants");
        JsonNode withBranches = null;
        JsonNode other = null;
        for (JsonNode p : list) {
            if (withBranches == null && p.path("branches").size() >= 2) {
                withBranches = p;
            } else if (other == null) {
                other = p;
            }
        }
        // The demo participants have no registration numbers: two get one, for the imports and the edits.
        withBranches = withRegistrationNumber(http, token, withBranches, "HXR-0001");
        other = withRegistrationNumber(http, token, other, "HXR-0002");
        List<String> branches = new ArrayList<>();
        withBranches.path("branches").forEach(b -> branches.add(b.asText()));
        String id = withBranches.path("id").asText();

        DynamoPraiseStore praise = new DynamoPraiseStore(server.dynamo(), server.tableName());
        Instant now = Instant.now();
        ConfirmationToken expired = ConfirmationToken.generate();
        praise.savePending(pending(expired, id, withBranches.path("name").asText(), now.minus(Duration.ofDays(4)),
                now.minus(Duration.ofDays(1))));
        ConfirmationToken live = ConfirmationToken.generate();
        praise.savePending(pending(live, id, withBranches.path("name").asText(), now, now.plus(Duration.ofDays(3))));
        ConfirmationToken confirmed = ConfirmationToken.generate();
        Praise toConfirm = pending(confirmed, id, withBranches.path("name").asText(), now.minusSeconds(60), now.plus(Duration.ofDays(3)));
        praise.savePending(toConfirm);
        praise.confirm(toConfirm, now);
        // Visits (issue 17): one planned for the tier's evaluator, one of another evaluator, one already submitted.
        String evaluator = server.jwt().issueEvaluator("tier-a@example.lv", Duration.ofHours(2));
        String from = server.campaignYear() + "-03-01";
        String planBody = "{\"year\":" + server.campaignYear() + ",\"visits\":["
                + visitRow(id, "tier-a@example.lv", from) + "," + visitRow(id, "tier-b@example.lv", from) + ","
                // Another due window: the same row twice is one visit since plans are idempotent.
                + visitRow(id, "tier-a@example.lv", server.campaignYear() + "-02-28") + "]}";
        RawHttp.Response planned = http.send("POST", "/api/admin/visits", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json"), planBody.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, planned.status(), planned.text());
        JsonNode visitIds = BadInputCases.JSON.readTree(planned.text()).path("ids");
        String submitted = visitIds.get(2).asText();
        RawHttp.Response submit = http.send("PUT", "/api/evaluate/visits/" + submitted, Map.of("Authorization", "Bearer "
                + evaluator, "Content-Type", "application/json"), ("{\"submissionId\":\"9a3b6c4d-5e7f-4a8b-9c0d-1e2f3a4b5c6d\","
                + "\"visitedAt\":\"" + from + "T10:00\",\"place\":\"Rīga\",\"answers\":[{\"criterion\":\"greeting\",\"value\":4},"
                + "{\"criterion\":\"listening\",\"value\":4},{\"criterion\":\"competence\",\"value\":4},"
                + "{\"criterion\":\"options\",\"value\":1},{\"criterion\":\"solved\",\"value\":\"yes\"},"
                + "{\"criterion\":\"positivity\",\"value\":4},{\"criterion\":\"consistency\",\"value\":2},"
                + "{\"criterion\":\"respect\",\"value\":\"yes\"},{\"criterion\":\"closing\",\"value\":2}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, submit.status(), submit.text());
        return new BadInputCases.Context(token, id, withBranches.path("registrationNumber").asText(), branches,
                withBranches.path("name").asText(), other.path("registrationNumber").asText(),
                withBranches.path("category").asText(), withBranches.path("industry").asText(),
                withBranches.path("sizeClass").asText(), server.campaignYear(), expired.toString(), live.praiseId(),
                confirmed.praiseId(), evaluator, visitIds.get(0).asText(), visitIds.get(1).asText(), submitted,
                contactToken(id));
    }

    /** A contact of the participant (issue 18), registered before the tables are read, and its token. */
    private static String contactToken(String participantId) throws Exception {
        ContactSignIn.setContacts(server, participantId, "tier.contact@example.lv");
        return server.jwt().issueContact("tier.contact@example.lv", participantId);
    }

    private static String visitRow(String participantId, String evaluator, String from) {
        return "{\"participantId\":\"" + participantId + "\",\"channel\":\"visit\",\"evaluator\":\"" + evaluator
                + "\",\"dueFrom\":\"" + from + "\",\"dueTo\":\"" + from.substring(0, 5) + "03-20\"}";
    }

    private static JsonNode withRegistrationNumber(RawHttp http, String token, JsonNode participant, String number)
            throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode body = BadInputCases.JSON.createObjectNode();
        for (String field : List.of("name", "category", "industry", "sizeClass", "branches", "contactEmail")) {
            body.set(field, participant.get(field));
        }
        body.put("registrationNumber", number);
        RawHttp.Response response = http.send("PUT", "/api/admin/participants/" + participant.path("id").asText(),
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
                BadInputCases.JSON.writeValueAsBytes(body));
        assertEquals(200, response.status(), response.text());
        return BadInputCases.JSON.readTree(response.text());
    }

    private static Praise pending(ConfirmationToken token, String participantId, String name, Instant submitted, Instant expires) {
        return Praise.pending(token.praiseId(), server.campaignYear(), name,
                new Praise.Content(participantId, null, null, 4, List.of("speed"), "Paldies!", Channel.ONLINE, Lang.LV),
                "bad-input-hash-" + token.praiseId(), token.secretHash(), submitted, expires);
    }

    /** Every item of every table of the template, by table and key. */
    private static Map<String, Map<String, Map<String, AttributeValue>>> scanAll() {
        Map<String, Map<String, Map<String, AttributeValue>>> all = new TreeMap<>();
        for (String table : server.tables().values()) {
            List<String> keys = server.dynamo().describeTable(r -> r.tableName(table)).table().keySchema()
                    .stream().map(KeySchemaElement::attributeName).toList();
            Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
            server.dynamo().scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build())
                    .items().forEach(item -> items.put(keys.stream().map(k -> String.valueOf(item.get(k)))
                            .collect(Collectors.joining(" | ")), item));
            all.put(table, items);
        }
        return all;
    }

    private static long outboxCount() throws IOException {
        if (!Files.isDirectory(server.outboxDir())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(server.outboxDir())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String abbreviate(String text, int max) {
        String flat = new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("[\\r\\n]+", " ").replaceAll("\\p{Cntrl}", "\u2400");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + text.length() + ")";
    }
}
