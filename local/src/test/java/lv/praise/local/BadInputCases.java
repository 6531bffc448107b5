package lv.praise.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import lv.praise.testkit.SamTemplate;

/**
 * The bad-input tier's seeded generator. Each case starts from a valid request of its route and
 * breaks ONE thing – a field, a query or path parameter, a CSV column or row, the body as a whole –
 * into a value that is invalid for it, and says which answer is right: the status(es) and the field
 * the error must name. A value that would be valid where it is put (a script inside a praise's free
 * text is just text, and would be stored) is never used there.
 */
final class BadInputCases {
    /** A well-formed nomination token that names no nomination. */
    /** A well-formed token of no praise or nomination. */
    private static final String UNKNOWN_NOMINATION_TOKEN = "AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    /** A well-formed praise id of no praise (the erase route's only id: a bad-input run must erase nothing). */
    private static final String UNKNOWN_PRAISE_ID = "AAAAAAAAAAAAAAAAAAAAAA";

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One request and what it must get. {@code field}: the name the error must carry (for a 422 import
     * refusal, the column a rejected row names); null where the answer has none (a honeypot's 202).
     */
    record Case(String route, String kind, String method, String target, Map<String, String> headers, byte[] body,
                Set<Integer> statuses, String field) {
    }

    /** What the generator needs of the running campaign: valid values to start from. */
    record Context(String organiserToken, String participantId, String participantRegNo, List<String> branches,
                   String participantName, String otherRegNo, String category, String industry, String sizeClass,
                   int year, String expiredToken, String pendingPraiseId, String confirmedPraiseId,
                   String evaluatorToken, String openVisitId, String otherVisitId, String submittedVisitId,
                   /** A token of a contact of {@code participantId} (issue 18): the /api/my/ routes' caller. */
                   String contactToken) {
    }

    /** Routes whose bodies may be larger than 16 KB (a visit's notes, a questionnaire, a visit plan). */
    private static final Map<String, Integer> BODY_LIMITS = Map.of(
            "PUT /api/evaluate/visits/{id}", 64 * 1024,
            "PUT /api/admin/questionnaire", 64 * 1024,
            "POST /api/admin/visits", 512 * 1024);
    /** A well-formed visit id of no visit. */
    private static final String UNKNOWN_VISIT_ID = "00000000-0000-4000-8000-000000000000";

    static final List<String> HOSTILE = List.of(
            "' OR '1'='1", "1; DROP TABLE praise; --", "\" OR \"\"=\"", "admin'--", "1 UNION SELECT * FROM users",
            "<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>", "javascript:alert(1)",
            "\"><svg onload=alert(1)>", "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc/passwd", "/etc/passwd\u0000.png", "..",
            "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "#{7*7}", "%s%s%s%n", "\u202egnp.exe", "\u0000",
            "\r\nSet-Cookie: a=b", "😀😀😀", "\uFEFF", "zw\u200bsp", "NaN", "-1", "null", "undefined", "[]", "{}",
            "Ā̴̡̛͓͖̗̈́ͅ", "\ud800", "a\tb", "€uro", "DROP", "*", "?", "#", "&", "=");
    /** The hostile strings that UTF-8 can carry (a lone surrogate can't be a name: it arrives as '?'). */
    private static final List<String> SENDABLE = HOSTILE.stream().filter(h -> h.chars().noneMatch(ch -> Character.isSurrogate((char) ch))).toList();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern REG_NO = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "text/html", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "image/png");

    private final Random random;
    private final Context c;
    private final Map<String, List<Maker>> routes = new LinkedHashMap<>();
    private final Map<String, Integer> weights = new LinkedHashMap<>();
    private final Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
    private final List<Case> fixed = new ArrayList<>();

    private interface Maker extends Function<Random, Case> {
    }

    BadInputCases(long seed, Context context, SamTemplate template) {
        this.random = new Random(seed);
        this.c = context;
        for (SamTemplate.Function f : template.functions()) {
            for (SamTemplate.Route r : f.routes()) {
                methodsByPath.computeIfAbsent(r.path(), p -> new TreeSet<>()).add(r.method());
            }
        }
        for (SamTemplate.Function f : template.functions()) {
            for (SamTemplate.Route r : f.routes()) {
                define(r.method(), r.path());
            }
        }
    }

    Set<String> routeKeys() {
        return routes.keySet();
    }

    /** About {@code total} cases, each route's share by its weight, in a seeded random order. */
    List<Case> generate(int total) {
        int sum = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<Case> cases = new ArrayList<>(fixed);
        routes.forEach((route, makers) -> {
            int n = Math.max(100, total * weights.get(route) / sum);
            for (int i = 0; i < n; i++) {
                cases.add(makers.get(random.nextInt(makers.size())).apply(random));
            }
        });
        java.util.Collections.shuffle(cases, random);
        return cases;
    }

    // ---------------------------------------------------------------- the routes

    private void define(String method, String path) {
        String key = method + " " + path;
        List<Maker> makers = new ArrayList<>();
        boolean admin = path.startsWith("/api/admin/");
        // A participant's route (/api/my/, issue 18) with a token of that participant's contact: the participants'
        // authorizer takes it, and the function checks what was sent.
        Map<String, String> auth = admin ? Map.of("Authorization", "Bearer " + c.organiserToken())
                : path.startsWith("/api/my/participants/") ? Map.of("Authorization", "Bearer " + c.contactToken())
                : path.startsWith("/api/evaluate/") ? Map.of("Authorization", "Bearer " + c.evaluatorToken()) : Map.of();
        String concrete = path.replace("{year}", Integer.toString(c.year())).replace("{participantId}", c.participantId())
                .replace("{id}", c.participantId()).replace("{code}", "7KQ2-M9XD-4HTB-W3ZA");
        Set<String> queryNames = new TreeSet<>();
        int weight = 2;

        switch (key) {
            case "GET /api/participants" -> {
                queryNames.addAll(List.of("q", "limit"));
                makers.add(r -> get(key, "q too long", path, query("q", huge(r, 201, 3000)), auth, 400, "q"));
                makers.add(r -> get(key, "limit out of range or not a number", path, query("limit", badLimit(r, 50)), auth, 400, "limit"));
                makers.add(r -> get(key, "limit repeated", path, "limit=1&limit=2", auth, 400, "limit"));
                weight = 3;
            }
            case "GET /api/participants/{id}", "GET /api/admin/participants/{id}" -> {
                makers.add(r -> get(key, "hostile id in the path", path.replace("{id}", segment(hostileId(r))), "", auth, Set.of(400, 404), "id"));
                makers.add(r -> get(key, "raw bad escape in the path", path.replace("{id}", rawBadSegment(r)), "", auth, Set.of(400, 404), "id"));
                weight = 3;
            }
            case "GET /api/my/participants/{id}", "GET /api/admin/participants/{id}/insight" -> {
                makers.add(r -> get(key, "hostile id in the path", path.replace("{id}", segment(hostileId(r))), "", auth,
                        Set.of(400, 404), "id"));
                makers.add(r -> get(key, "raw bad escape in the path", path.replace("{id}", rawBadSegment(r)), "", auth,
                        Set.of(400, 404), "id"));
            }
            case "POST /api/admin/participants/{id}/employees", "POST /api/my/participants/{id}/employees" -> {
                weight = 3;
                Map<String, List<BadValue>> fields = new LinkedHashMap<>();
                fields.put("merge", employeeKey("merge"));
                fields.put("into", employeeKey("into"));
                jsonRoute(makers, key, "POST", concrete, auth, mergeBody(), fields);
                makers.add(r -> json(key, "unmerge with merge", "POST", concrete, "", auth,
                        mergeBody().put("unmerge", "anna berzina"), Set.of(400), "merge"));
                makers.add(r -> json(key, "unmerge of a name not merged", "POST", concrete, "", auth,
                        NODES.objectNode().put("unmerge", "no such name merged"), Set.of(400), "unmerge"));
                makers.add(r -> json(key, "hostile id in the path, valid body", "POST", path.replace("{id}", segment(hostileId(r))),
                        "", auth, mergeBody(), Set.of(400, 404), "id"));
            }
            case "GET /api/participants/{id}/praise" -> {
                queryNames.addAll(List.of("limit", "cursor"));
                makers.add(r -> get(key, "hostile id in the path", path.replace("{id}", segment(hostileId(r))), "", auth, Set.of(400, 404), "id"));
                makers.add(r -> get(key, "limit out of range or not a number", concrete, query("limit", badLimit(r, 50)), auth, 400, "limit"));
                makers.add(r -> get(key, "forged cursor", concrete, query("cursor", forgedCursor(r)), auth, 400, "cursor"));
                weight = 3;
            }
            case "GET /api/admin/moderation" -> {
                queryNames.addAll(List.of("status", "participant", "limit", "cursor"));
                makers.add(r -> get(key, "unknown status", path, query("status", pick(r, HOSTILE)), auth, 400, "status"));
                makers.add(r -> get(key, "participant not an id", path, query("participant", pick(r, notMatching(ID))), auth, 400, "participant"));
                makers.add(r -> get(key, "limit out of range or not a number", path, query("limit", badLimit(r, 100)), auth, 400, "limit"));
                makers.add(r -> get(key, "forged cursor", path, query("cursor", forgedCursor(r)), auth, 400, "cursor"));
                weight = 3;
            }
            case "GET /api/admin/praise" -> {
                queryNames.addAll(List.of("limit", "cursor"));
                makers.add(r -> get(key, "limit out of range or not a number", path, query("limit", badLimit(r, 100)), auth, 400, "limit"));
                makers.add(r -> get(key, "forged cursor", path, query("cursor", forgedCursor(r)), auth, 400, "cursor"));
            }
            case "GET /api/admin/standings" -> {
                queryNames.add("date");
                makers.add(r -> get(key, "date not a day", path, query("date", pick(r, List.of("2027-02-30", "2027-13-01",
                        "27-03-01", "2027/03/01", "01.03.2027", "2027-3-1", "+2027-03-01", "2027-03-01T00:00", huge(r, 11, 500),
                        pick(r, HOSTILE)))), auth, 400, "date"));
                makers.add(r -> get(key, "a day without standings", path, query("date", "2004-01-0" + (1 + r.nextInt(9))), auth, 404, "date"));
            }
            case "GET /api/admin/export" -> {
                queryNames.addAll(List.of("kind", "participant", "part"));
                makers.add(r -> get(key, "unknown kind", path, query("kind", pick(r, List.of("standing", "STANDINGS", "csv",
                        "all", huge(r, 20, 500), pick(r, HOSTILE)))), auth, 400, "kind"));
                makers.add(r -> get(key, "no kind", path, "", auth, 400, "kind"));
                makers.add(r -> get(key, "praise without a participant", path, "kind=praise", auth, 400, "participant"));
                makers.add(r -> get(key, "a participant for an export of all", path, "kind=" + pick(r, List.of("standings",
                        "awards", "nominations", "evaluations")) + "&" + query("participant", c.participantId()), auth, 400,
                        "participant"));
                makers.add(r -> get(key, "praise of no participant", path, "kind=praise&" + query("participant",
                        pick(r, SENDABLE.stream().filter(h -> !h.isBlank()).toList())), auth, Set.of(400, 404), "participant"));
                makers.add(r -> get(key, "part not a whole number from 1", path, "kind=nominations&" + query("part",
                        pick(r, List.of("0", "-1", "1.5", "x", "99", "1e3", huge(r, 12, 200), pick(r, HOSTILE)))), auth, 400, "part"));
                weight = 3;
            }
            case "GET /api/admin/participants" -> {
                queryNames.addAll(List.of("q", "category", "industry", "sizeClass", "state"));
                makers.add(r -> get(key, "q too long", path, query("q", huge(r, 201, 3000)), auth, 400, "q"));
                makers.add(r -> get(key, "unknown state", path, query("state", pick(r, HOSTILE)), auth, 400, "state"));
                for (String filter : List.of("category", "industry", "sizeClass")) {
                    makers.add(r -> get(key, "unknown " + filter, path, query(filter, pick(r, HOSTILE)), auth, 400, filter));
                }
                weight = 3;
            }
            case "GET /api/admin/posters/{participantId}" -> {
                queryNames.addAll(List.of("branch", "format"));
                makers.add(r -> get(key, "hostile participantId in the path", path.replace("{participantId}", segment(hostileId(r))), "", auth,
                        Set.of(400, 404), "participantId"));
                makers.add(r -> get(key, "unknown format", concrete, query("format", pick(r, List.of("jpg", "exe", "../pdf", "svg%00",
                        pick(r, HOSTILE)))), auth, 400, "format"));
                makers.add(r -> get(key, "not one of its branches", concrete, query("branch", pick(r, HOSTILE)), auth, 400, "branch"));
                weight = 3;
            }
            case "GET /api/results/{year}", "GET /api/results/{year}/open-data" -> {
                makers.add(r -> get(key, "not a year", path.replace("{year}", segment(pick(r, List.of("2003", "3000", "99999", "0",
                        "-2027", "2027.0", "２０２７", "1e3", pick(r, HOSTILE))))), "", auth, 400, "year"));
                makers.add(r -> get(key, "a year without results", path.replace("{year}", Integer.toString(2004 + r.nextInt(900))), "",
                        auth, 404, "year"));
                makers.add(r -> get(key, "raw bad escape in the path", path.replace("{year}", rawBadSegment(r)), "", auth, 400, "year"));
            }
            case "GET /api/certificates/{code}", "GET /api/certificates/{code}/pdf", "GET /api/certificates/{code}/badge.svg" -> {
                makers.add(r -> get(key, "not a code", path.replace("{code}", segment(badCode(r))), "", auth, 400, "code"));
                makers.add(r -> get(key, "forged code", path.replace("{code}", segment(forgedCode(r))), "", auth, 404, "code"));
                makers.add(r -> get(key, "raw bad escape in the path", path.replace("{code}", rawBadSegment(r)), "", auth, 400, "code"));
            }
            case "POST /api/praise" -> {
                weight = 6;
                jsonRoute(makers, key, "POST", path, auth, praiseBody(true), praiseFields(true));
                makers.add(r -> {
                    ObjectNode body = praiseBody(true);
                    body.put("website", pick(r, List.of("https://spam.example", "x", pick(r, HOSTILE))));
                    return json(key, "honeypot filled (a bot): same 202, nothing stored", "POST", path, "", auth, body, Set.of(202), null);
                });
            }
            case "POST /api/admin/praise" -> {
                weight = 5;
                jsonRoute(makers, key, "POST", path, auth, praiseBody(false), praiseFields(false));
            }
            case "POST /api/praise/confirm" -> {
                weight = 4;
                ObjectNode base = NODES.objectNode().put("token", c.expiredToken());
                Map<String, List<BadValue>> fields = new LinkedHashMap<>();
                fields.put("token", List.of(
                        r -> new Bad(wrongType(r, "string"), 400, "token"),
                        r -> new Bad(null, 400, "token"),
                        r -> new Bad(NODES.textNode(pick(r, HOSTILE)), 400, "token"),
                        r -> new Bad(NODES.textNode(randomB64(r, 16) + "." + randomB64(r, 32)), 400, "token"),
                        r -> new Bad(NODES.textNode(c.pendingPraiseId() + "." + randomB64(r, 32)), 400, "token"),
                        r -> new Bad(NODES.textNode(c.expiredToken() + pick(r, List.of("x", "=", "."))), 400, "token"),
                        r -> new Bad(NODES.textNode(huge(r, 100, 15000)), 400, "token"),
                        r -> new Bad(NODES.textNode(c.expiredToken()), 410, "token")));
                jsonRoute(makers, key, "POST", path, auth, base, fields);
            }
            case "POST /api/praise/withdraw", "POST /api/nominations/confirm", "POST /api/my/digest/opt-out" -> {
                weight = 3;
                // No token of the run is ever sent (a bad-input run must withdraw nothing, and holds no nomination; an
                // opt-out token is signed under the hash key, which the run never has): every well-formed token is
                // unknown (400 invalid_token).
                ObjectNode base = NODES.objectNode().put("token", UNKNOWN_NOMINATION_TOKEN);
                Map<String, List<BadValue>> fields = new LinkedHashMap<>();
                fields.put("token", List.of(
                        r -> new Bad(wrongType(r, "string"), 400, "token"),
                        r -> new Bad(null, 400, "token"),
                        r -> new Bad(NODES.textNode(pick(r, HOSTILE)), 400, "token"),
                        r -> new Bad(NODES.textNode(randomB64(r, 16) + "." + randomB64(r, 32)), 400, "token"),
                        r -> new Bad(NODES.textNode(c.pendingPraiseId() + "." + randomB64(r, 32)), 400, "token"),
                        r -> new Bad(NODES.textNode(huge(r, 100, 15000)), 400, "token")));
                jsonRoute(makers, key, "POST", path, auth, base, fields);
            }
            case "POST /api/admin/praise/erase" -> {
                weight = 3;
                // Never a real praise or a real person: the id is well-formed but of no praise (404), and every
                // address sent is malformed or sent beside an id (400) – a bad-input run erases nothing.
                ObjectNode base = NODES.objectNode().put("praiseId", UNKNOWN_PRAISE_ID);
                List<String> words = SENDABLE.stream().filter(h -> !h.isBlank()).toList();
                Map<String, List<BadValue>> fields = new LinkedHashMap<>();
                fields.put("praiseId", List.of(
                        r -> new Bad(wrongType(r, "string"), 400, "praiseId"),
                        r -> new Bad(null, 400, "praiseId"),
                        r -> new Bad(NODES.textNode(pick(r, words)), 404, "praiseId")));
                // Beside an id, any address is one too many.
                fields.put("email", List.of(
                        r -> new Bad(wrongType(r, "string"), 400, "email"),
                        r -> new Bad(NODES.textNode(pick(r, List.of("anna@example.lv", pick(r, words)))), 400, "email")));
                jsonRoute(makers, key, "POST", path, auth, base, fields);
                List<BadValue> addresses = email("email", false);
                makers.add(r -> {
                    Bad bad = pick(r, addresses).apply(r);
                    ObjectNode body = NODES.objectNode().set("email", bad.value());
                    return json(key, "email alone: " + describe(bad.value()), "POST", path, "", auth, body, Set.of(400), "email");
                });
            }
            case "POST /api/admin/praise/redact" -> {
                weight = 3;
                // Never a real praise: the id is well-formed but of no praise (404), so a bad-input run redacts nothing;
                // a bad part is refused before the praise is looked for.
                ObjectNode base = NODES.objectNode().put("praiseId", UNKNOWN_PRAISE_ID).put("part", "29123456");
                List<String> words = SENDABLE.stream().filter(h -> !h.isBlank()).toList();
                Map<String, List<BadValue>> fields = new LinkedHashMap<>();
                fields.put("praiseId", List.of(
                        r -> new Bad(wrongType(r, "string"), 400, "praiseId"),
                        r -> new Bad(null, 400, "praiseId"),
                        r -> new Bad(NODES.textNode(pick(r, words)), 404, "praiseId")));
                fields.put("part", List.of(
                        r -> new Bad(wrongType(r, "string"), 400, "part"),
                        r -> new Bad(null, 400, "part"),
                        r -> new Bad(NODES.textNode(pick(r, List.of("", " ", "\t", "\n "))), 400, "part"),
                        r -> new Bad(NODES.textNode("[…]"), 400, "part"),
                        r -> new Bad(NODES.textNode(huge(r, 2001, 3000)), 400, "part")));
                jsonRoute(makers, key, "POST", path, auth, base, fields);
            }
            case "POST /api/my/signin" -> {
                // Issue 18: a participant contact's sign-in, step 1. Never a valid address (a run sends no code).
                weight = 3;
                // lang: the code e-mail's language (the account's locale), optional, lv, en or et.
                ObjectNode base = NODES.objectNode().put("email", "nobody-signs-in@example.com").put("lang", "en");
                Map<String, List<BadValue>> fields = new LinkedHashMap<>();
                fields.put("email", email("email", true));
                fields.put("lang", lang());
                jsonRoute(makers, key, "POST", path, auth, base, fields);
            }
            case "PUT /api/admin/participants/{id}/contacts" -> {
                // Issue 18: the whole list; a valid one is never sent (a run changes no contact).
                weight = 3;
                ObjectNode base = NODES.objectNode();
                base.set("contacts", NODES.arrayNode().add("contact-a@example.com"));
                Map<String, List<BadValue>> fields = new LinkedHashMap<>();
                fields.put("contacts", List.of(
                        r -> new Bad(wrongType(r, "array"), 400, "contacts"),
                        r -> new Bad(null, 400, "contacts"),
                        r -> {
                            var many = NODES.arrayNode();
                            for (int i = 0; i < 11 + r.nextInt(40); i++) {
                                many.add("c" + i + "@example.com");
                            }
                            return new Bad(many, 400, "contacts");
                        },
                        r -> new Bad(NODES.arrayNode().add("contact-a@example.com").add(wrongType(r, "string")), 400, "contacts[1]"),
                        r -> new Bad(NODES.arrayNode().add("contact-a@example.com").add(pick(r, List.of("no-at-sign", "a@",
                                "@example.com", "a b@example.com", "<a@example.com>", "a@example.com, b@example.com", "",
                                pick(r, HOSTILE).replace("@", "")))), 400, "contacts[1]"),
                        r -> new Bad(NODES.arrayNode().add("contact-a@example.com").add("Contact-A@Example.com"), 400, "contacts[1]"),
                        // A contact's language (lv/en/et): anything else names the item's lang.
                        r -> {
                            ObjectNode contact = NODES.objectNode().put("email", "contact-b@example.com");
                            if (r.nextBoolean()) {
                                contact.put("lang", pick(r, List.of("de", "LV", "", "e n", "lv ", pick(r, HOSTILE))));
                            } else {
                                contact.set("lang", wrongType(r, "string"));
                            }
                            return new Bad(NODES.arrayNode().add("contact-a@example.com").add(contact), 400, "contacts[1].lang");
                        }));
                jsonRoute(makers, key, "PUT", concrete, auth, base, fields);
                makers.add(r -> json(key, "hostile id in the path, valid body", "PUT", path.replace("{id}", segment(hostileId(r))), "", auth,
                        base, Set.of(400, 404), "id"));
            }
            case "POST /api/nominations" -> {
                weight = 4;
                ObjectNode base = NODES.objectNode().put("name", "Hostile Tests SIA").put("text", "Laipni!")
                        .put("email", "nominator@example.com").put("consent", true).put("lang", "lv");
                Map<String, List<BadValue>> fields = new LinkedHashMap<>();
                fields.put("name", freeText("name", true, 200));
                fields.get("name").add(r -> new Bad(NODES.textNode(pick(r, List.of("!!!", "---", "…", "🙂🙂", "<>", "*"))), 400, "name"));
                fields.put("text", freeText("text", false, 2000));
                fields.put("email", email("email", true));
                fields.put("consent", consent());
                fields.put("lang", lang());
                fields.put("website", List.of(r -> new Bad(wrongType(r, "string"), 400, "website")));
                jsonRoute(makers, key, "POST", path, auth, base, fields);
            }
            case "PUT /api/admin/participants/{id}" -> {
                weight = 5;
                jsonRoute(makers, key, "PUT", concrete, auth, participantBody(false), participantFields(false));
                makers.add(r -> json(key, "hostile id in the path, valid body", "PUT", path.replace("{id}", segment(hostileId(r))), "", auth,
                        participantBody(false), Set.of(400, 404), "id"));
            }
            case "POST /api/admin/participants" -> {
                weight = 5;
                jsonRoute(makers, key, "POST", path, auth, participantBody(true), participantFields(true));
                // The other body of the route: confirming invitations ({"invited": [ids]}).
                makers.add(r -> json(key, "invited not a list", "POST", path, "", auth,
                        NODES.objectNode().put("invited", pick(r, HOSTILE)), Set.of(400), "invited"));
                makers.add(r -> json(key, "invited empty", "POST", path, "", auth,
                        NODES.objectNode().set("invited", NODES.arrayNode()), Set.of(400), "invited"));
                makers.add(r -> {
                    var ids = NODES.arrayNode();
                    for (int i = 0; i < 501; i++) {
                        ids.add("org-" + i);
                    }
                    return json(key, "invited too many", "POST", path, "", auth, NODES.objectNode().set("invited", ids),
                            Set.of(400), "invited");
                });
                makers.add(r -> {
                    var ids = NODES.arrayNode().add(c.participantId())
                            .add(pick(r, SENDABLE.stream().filter(h -> !ID.matcher(h).matches()).toList()));
                    return json(key, "a hostile invited id after a good one", "POST", path, "", auth,
                            NODES.objectNode().set("invited", ids), Set.of(400), "invited[1]");
                });
                makers.add(r -> {
                    var body = NODES.objectNode();
                    body.set("invited", NODES.arrayNode().add(c.participantId()));
                    body.put("name", "Cits");
                    return json(key, "invited with a participant's field", "POST", path, "", auth, body, Set.of(400), "name");
                });
            }
            case "PUT /api/admin/campaign" -> {
                weight = 3;
                jsonRoute(makers, key, "PUT", path, auth, campaignCalendarBody(false), campaignFields(false));
                // The participants' page settings (issue 18): booleans, checked before anything is written.
                for (String setting : List.of("insightShowsScore", "insightSharesNotes")) {
                    makers.add(r -> json(key, setting + " not a boolean", "PUT", path, "", auth,
                            campaignCalendarBody(false).set(setting, wrongType(r, "boolean")), Set.of(400), setting));
                }
            }
            case "POST /api/admin/campaigns" -> {
                // The valid body itself is refused (409: the running campaign is not published), so no case creates one.
                weight = 3;
                jsonRoute(makers, key, "POST", path, auth, campaignCalendarBody(true), campaignFields(true));
                // {"carryOver": true} alone runs the carry-over again: with anything else, or not true, refused.
                makers.add(r -> json(key, "carryOver with a year", "POST", path, "", auth,
                        campaignCalendarBody(true).put("carryOver", true), Set.of(400), "carryOver"));
                makers.add(r -> json(key, "carryOver not true", "POST", path, "", auth,
                        NODES.objectNode().set("carryOver", r.nextBoolean() ? NODES.booleanNode(false)
                                : NODES.textNode(pick(r, SENDABLE))), Set.of(400), "carryOver"));
            }
            case "POST /api/admin/moderation/decisions" -> {
                weight = 4;
                moderation(makers, key, path, auth);
            }
            case "POST /api/admin/participants/import" -> {
                weight = 4;
                queryNames.addAll(List.of("dryRun", "importValid"));
                csvRoute(makers, key, path, auth, true);
            }
            case "POST /api/admin/evaluations/import" -> {
                weight = 4;
                queryNames.addAll(List.of("dryRun", "importValid"));
                csvRoute(makers, key, path, auth, false);
            }
            case "GET /api/admin/questionnaire", "GET /api/admin/calibration", "GET /api/evaluate/plan" -> {
                queryNames.add("year");
                makers.add(r -> get(key, "year not a number", path, query("year", pick(r, List.of("abc", "2027.5", "1e3",
                        "99999999999", pick(r, HOSTILE).replace("-1", "x")))), auth, 400, "year"));
                makers.add(r -> get(key, "another campaign's year", path, query("year", Integer.toString(1990 + r.nextInt(30))),
                        auth, 404, "year"));
                weight = 2;
            }
            case "GET /api/admin/visits" -> {
                queryNames.addAll(List.of("year", "status", "evaluator", "participantId"));
                makers.add(r -> get(key, "unknown status", path, query("status", pick(r, List.of("PLANNED", "done", "deleted",
                        pick(r, HOSTILE)))), auth, 400, "status"));
                makers.add(r -> get(key, "evaluator not an address", path, query("evaluator", pick(r, List.of("no-at-sign",
                        "a@", "a b@example.lv", "<a@example.lv>", pick(r, HOSTILE).replace("@", "")))), auth, 400, "evaluator"));
                makers.add(r -> get(key, "participantId not an id", path, query("participantId", pick(r, notMatching(ID))),
                        auth, 400, "participantId"));
                makers.add(r -> get(key, "year not a number", path, query("year", "x" + r.nextInt(99)), auth, 400, "year"));
                weight = 3;
            }
            case "GET /api/admin/participants/{id}/report", "GET /api/admin/participants/{id}/cards" -> {
                // Issue 18: the report and the praise cards, the organisers' twins (the same functions as /api/my/).
                queryNames.add("lang");
                makers.add(r -> get(key, "hostile id in the path", path.replace("{id}", segment(hostileId(r))), "", auth, Set.of(400, 404), "id"));
                makers.add(r -> get(key, "lang not lv or en", concrete, query("lang", pick(r, List.of("et", "LV", "de", "lv-LV",
                        "e n", huge(r, 3, 500), pick(r, HOSTILE).replace("en", "")))), auth, 400, "lang"));
                if (key.endsWith("/cards")) {
                    queryNames.add("employee");
                    makers.add(r -> get(key, "employee longer than any name", concrete, query("employee", huge(r, 201, 3000)),
                            auth, 400, "employee"));
                    makers.add(r -> get(key, "employee with a control character", concrete, query("employee",
                            "Anna" + pick(r, List.of("\u0000", "\u0007", "\u001b", "\u007f")) + "Bērziņa"), auth, 400, "employee"));
                }
                weight = 3;
            }
            case "GET /api/my/participants/{id}/report", "GET /api/my/participants/{id}/cards" -> {
                // The contact's routes, here with the organiser's token (the context has no contact's): an id that can't
                // be a participant's is refused before anything is read (ParticipantHandler); the organisers' twins above
                // carry the query's cases.
                queryNames.addAll(key.endsWith("/cards") ? List.of("employee", "lang") : List.of("lang"));
                makers.add(r -> get(key, "not a participant id in the path", path.replace("{id}", segment(pick(r, notMatching(ID)))),
                        "", auth, Set.of(400, 404), "id"));
                weight = 2;
            }
            case "PUT /api/admin/questionnaire" -> {
                weight = 4;
                questionnaire(makers, key, path, auth);
            }
            case "POST /api/admin/visits" -> {
                weight = 4;
                planVisits(makers, key, path, auth);
            }
            case "POST /api/admin/visits/{id}/review" -> {
                weight = 3;
                review(makers, key, path, auth);
            }
            case "PUT /api/evaluate/visits/{id}" -> {
                weight = 5;
                submitVisit(makers, key, path, auth);
            }
            default -> {
                if (path.contains("{")) {
                    throw new IllegalStateException("the bad-input tier does not know the route " + key
                            + ": add its parameters to BadInputCases");
                }
                if (!method.equals("GET")) {
                    // An action without input (close, publish, recalculate, resend): anything sent is refused.
                    noInputBody(makers, key, method, path, auth);
                }
                weight = 1;
            }
        }
        // Every route: a query parameter it does not read, and a method it does not take.
        Set<String> known = Set.copyOf(queryNames);
        makers.add(r -> {
            String name = pick(r, HOSTILE.stream().filter(h -> !known.contains(h) && !h.isBlank()
                    && h.chars().noneMatch(ch -> Character.isSurrogate((char) ch))).toList());
            String target = concrete;
            String rawQuery = encode(name) + "=" + encode(pick(r, HOSTILE));
            if (method.equals("GET")) {
                return get(key, "unknown query parameter", target, rawQuery, auth, 400, cut(name));
            }
            return withQuery(validRequestOf(key, method, target, auth), rawQuery, "unknown query parameter", cut(name));
        });
        Set<String> declared = new TreeSet<>();
        methodsByPath.forEach((p, ms) -> {
            if (concrete.matches(p.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
                declared.addAll(ms);
            }
        });
        List<String> others = List.of("GET", "POST", "PUT", "DELETE", "PATCH").stream().filter(m -> !declared.contains(m)).toList();
        makers.add(r -> new Case(key, "method the route does not take", pick(r, others), concrete, auth,
                null, Set.of(405), "method"));
        routes.put(key, makers);
        weights.put(key, weight);
    }

    /** The request a route would take if nothing in it were wrong – only ever sent with one thing broken. */
    private Case validRequestOf(String key, String method, String target, Map<String, String> auth) {
        return switch (key) {
            case "POST /api/praise" -> json(key, "", method, target, "", auth, praiseBody(true), Set.of(), null);
            case "POST /api/admin/praise" -> json(key, "", method, target, "", auth, praiseBody(false), Set.of(), null);
            case "POST /api/praise/confirm" -> json(key, "", method, target, "", auth,
                    NODES.objectNode().put("token", c.expiredToken()), Set.of(), null);
            case "POST /api/nominations/confirm", "POST /api/praise/withdraw", "POST /api/my/digest/opt-out" -> json(key, "", method, target, "", auth,
                    NODES.objectNode().put("token", UNKNOWN_NOMINATION_TOKEN), Set.of(), null);
            case "POST /api/nominations" -> json(key, "", method, target, "", auth, NODES.objectNode().put("name", "X SIA")
                    .put("email", "n@example.com").put("consent", true), Set.of(), null);
            case "POST /api/my/signin" -> json(key, "", method, target, "", auth,
                    NODES.objectNode().put("email", "nobody-signs-in@example.com"), Set.of(), null);
            case "PUT /api/admin/participants/{id}/contacts" -> json(key, "", method, target, "", auth,
                    NODES.objectNode().set("contacts", NODES.arrayNode().add("contact-a@example.com")), Set.of(), null);
            case "PUT /api/admin/participants/{id}" -> json(key, "", method, target, "", auth, participantBody(false), Set.of(), null);
            case "POST /api/admin/participants/{id}/employees", "POST /api/my/participants/{id}/employees" ->
                    json(key, "", method, target, "", auth, mergeBody(), Set.of(), null);
            case "POST /api/admin/participants" -> json(key, "", method, target, "", auth, participantBody(true), Set.of(), null);
            case "POST /api/admin/moderation/decisions" -> json(key, "", method, target, "", auth, decisionsBody(), Set.of(), null);
            case "PUT /api/admin/campaign" -> json(key, "", method, target, "", auth, campaignCalendarBody(false), Set.of(), null);
            case "POST /api/admin/campaigns" -> json(key, "", method, target, "", auth, campaignCalendarBody(true), Set.of(), null);
            case "POST /api/admin/praise/erase" -> json(key, "", method, target, "", auth,
                    NODES.objectNode().put("praiseId", UNKNOWN_PRAISE_ID), Set.of(), null);
            case "POST /api/admin/praise/redact" -> json(key, "", method, target, "", auth,
                    NODES.objectNode().put("praiseId", UNKNOWN_PRAISE_ID).put("part", "29123456"), Set.of(), null);
            case "POST /api/admin/participants/import" -> csv(key, "", target, "", auth, participantCsv(), Set.of(), null);
            case "POST /api/admin/evaluations/import" -> csv(key, "", target, "", auth, evaluationCsv(), Set.of(), null);
            default -> new Case(key, "", method, target, auth, null, Set.of(), null);
        };
    }

    private static Case withQuery(Case valid, String rawQuery, String kind, String field) {
        return new Case(valid.route(), kind, valid.method(), valid.target() + "?" + rawQuery, valid.headers(), valid.body(),
                Set.of(400), field);
    }

    // ---------------------------------------------------------------- JSON bodies

    /** A merge of two employee keys (issue 18): only ever sent with one thing broken, so nothing is merged. */
    private static ObjectNode mergeBody() {
        return NODES.objectNode().put("merge", "ane berzina").put("into", "anna berzina");
    }

    /** What is not an employee key: any other type, or a name not in its compared form. */
    private static List<BadValue> employeeKey(String field) {
        return new ArrayList<>(List.of(
                r -> new Bad(null, 400, field),
                r -> new Bad(wrongType(r, "string"), 400, field),
                r -> new Bad(NODES.textNode(pick(r, List.of("Anna Bērziņa", "ANNA", "anna  berzina", " anna", "ā", "", "   ",
                        "<script>alert(1)</script>".toUpperCase()))), 400, field),
                r -> new Bad(NODES.textNode(huge(r, 121, 400)), 400, field)));
    }

    /** One invalid value for a field (null = the field left out) and the answer it must get. */
    private record Bad(JsonNode value, int status, String field) {
        Bad(JsonNode value, int status) {
            this(value, status, null);
        }
    }

    private interface BadValue extends Function<Random, Bad> {
    }

    private void jsonRoute(List<Maker> makers, String key, String method, String target, Map<String, String> auth,
                           ObjectNode base, Map<String, List<BadValue>> fields) {
        fields.forEach((field, bads) -> makers.add(r -> {
            Bad bad = pick(r, bads).apply(r);
            ObjectNode body = base.deepCopy();
            if (bad.value() == null) {
                body.remove(field);
            } else {
                body.set(field, bad.value());
            }
            String kind = field + ": " + (bad.value() == null ? "missing" : describe(bad.value()));
            return json(key, kind, method, target, "", auth, body, Set.of(bad.status()), bad.field() == null ? field : bad.field());
        }));
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            String name = pick(r, List.of(pick(r, SENDABLE), "__proto__", "constructor", "$where", "participantID",
                    "Stars", "stars ", "e-mail", huge(r, 65, 500), "id\u0000"));
            if (base.has(name)) {
                name = name + "_";
            }
            body.set(name, r.nextBoolean() ? NODES.textNode("x") : wrongType(r, ""));
            return json(key, "extra field", method, target, "", auth, body, Set.of(400), cut(name));
        });
        bodyLevel(makers, key, method, target, auth, base);
    }

    /** What is wrong with the body as a whole: the error names {@code body}. */
    private void bodyLevel(List<Maker> makers, String key, String method, String target, Map<String, String> auth,
                           ObjectNode base) {
        byte[] valid = bytes(base);
        String text = new String(valid, StandardCharsets.UTF_8);
        Map<String, String> json = withType(auth, "application/json");
        makers.add(r -> raw(key, "not a JSON object", method, target, json, pick(r, List.of("[]", "\"x\"", "1", "null", "true",
                "[" + text + "]", "\"" + text.replace("\"", "\\\"") + "\"")).getBytes(StandardCharsets.UTF_8), 400, "body"));
        makers.add(r -> raw(key, "not JSON", method, target, json, pick(r, List.of(text + " x", text + "}", text.substring(0,
                1 + r.nextInt(text.length() - 1)), text.replaceFirst("\"", "'"), "{/*c*/" + text.substring(1),
                text.replaceFirst(":", ":NaN,\"z\":"), "{" + text, "<xml/>", "a=1&b=2", " ")).getBytes(StandardCharsets.UTF_8),
                400, "body"));
        makers.add(r -> {
            String first = base.fieldNames().next();
            String dup = "{\"" + first + "\":" + base.get(first) + "," + text.substring(1);
            return raw(key, "duplicate key", method, target, json, dup.getBytes(StandardCharsets.UTF_8), 400, "body");
        });
        makers.add(r -> raw(key, "invalid UTF-8 bytes", method, target, json, withBadUtf8(r, valid), 400, "body"));
        makers.add(r -> {
            int depth = 17 + r.nextInt(3000);
            String nested = "[".repeat(depth) + "]".repeat(depth);
            String body = "{\"" + base.fieldNames().next() + "\":" + nested + "}";
            return raw(key, "nested " + depth + " deep", method, target, json, body.getBytes(StandardCharsets.UTF_8), 400, "body");
        });
        makers.add(r -> raw(key, "number literal over 32 digits", method, target, json, ("{\"" + base.fieldNames().next()
                + "\":1" + "0".repeat(32 + r.nextInt(200)) + "}").getBytes(StandardCharsets.UTF_8), 400, "body"));
        makers.add(r -> raw(key, "empty body", method, target, json, new byte[0], 400, "body"));
        makers.add(r -> raw(key, "not sent as JSON", method, target, r.nextInt(8) == 0 ? auth
                : withType(auth, pick(r, CONTENT_TYPES)), valid, 415, "body"));
        int limit = BODY_LIMITS.getOrDefault(key, 16 * 1024);
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            body.put(base.fieldNames().next(), "A".repeat(limit + r.nextInt(40_000)));
            return json(key, "over the body limit", method, target, "", auth, body, Set.of(413), "body");
        });
        fixed.add(raw(key, "over Lambda's 6 MB (7 MB)", method, target, json, padded(text, 7 * 1024 * 1024), 413, "body"));
        if (key.equals("POST /api/praise")) {
            fixed.add(raw(key, "over API Gateway's 10 MB (11 MB)", method, target, json, padded(text, 11 * 1024 * 1024), 413, "body"));
        }
    }

    // ---------------------------------------------------------------- visits (issue 17)

    /** One criterion of the questionnaire, valid: never sent without something broken (it would be saved). */
    private static ObjectNode criterionNode() {
        ObjectNode c = NODES.objectNode().put("id", "greeting");
        c.putObject("wording").put("lv", "Sveiciens").put("en", "Greeting").put("et", "Tervitus");
        c.put("weight", 10).put("scale", "one_five").put("notApplicable", false);
        c.putArray("channels").add("visit");
        return c;
    }

    private void questionnaire(List<Maker> makers, String key, String path, Map<String, String> auth) {
        ObjectNode base = NODES.objectNode().put("year", c.year());
        base.putArray("criteria").add(criterionNode());
        Map<String, List<BadValue>> fields = new LinkedHashMap<>();
        fields.put("year", List.of(r -> new Bad(null, 400), r -> new Bad(wrongType(r, "number"), 400),
                r -> new Bad(NODES.numberNode(1990 + r.nextInt(30)), 404)));
        fields.put("criteria", List.of(r -> new Bad(NODES.arrayNode(), 400), r -> new Bad(null, 400),
                r -> new Bad(wrongType(r, "array"), 400)));
        jsonRoute(makers, key, "PUT", path, auth, base, fields);
        Map<String, List<Function<Random, JsonNode>>> criterion = new LinkedHashMap<>();
        criterion.put("weight", List.of(r -> NODES.numberNode(0), r -> NODES.numberNode(-5), r -> NODES.numberNode(100.5),
                r -> NODES.numberNode(new java.math.BigDecimal("10.125")), r -> NODES.textNode("10"), r -> NODES.booleanNode(true)));
        criterion.put("scale", List.of(r -> NODES.textNode(pick(r, List.of("YES_NO", "1-5", "stars", pick(r, HOSTILE)))),
                r -> NODES.numberNode(5)));
        criterion.put("channels", List.of(r -> NODES.arrayNode().add(pick(r, List.of("fax", "email", "VISIT", pick(r, HOSTILE)))),
                r -> NODES.arrayNode(), r -> NODES.arrayNode().add("visit").add("visit")));
        List<String> badIds = HOSTILE.stream().filter(h -> !h.matches("[a-z0-9-]{1,40}")).toList();
        criterion.put("id", List.of(r -> NODES.textNode(pick(r, List.of("Greeting", "a b", "", "x".repeat(41), pick(r, badIds))))));
        criterion.put("bands", List.of(r -> NODES.arrayNode().add(NODES.objectNode().put("maxHours", 4).put("points", 100))));
        criterion.forEach((field, bads) -> makers.add(r -> {
            ObjectNode body = base.deepCopy();
            ((ObjectNode) body.get("criteria").get(0)).set(field, pick(r, bads).apply(r));
            return json(key, "criteria[0]." + field + ": out of its rule", "PUT", path, "", auth, body, Set.of(400),
                    "criteria[0]." + field);
        }));
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            String lang = pick(r, List.of("lv", "en", "et"));
            ObjectNode wording = (ObjectNode) body.get("criteria").get(0).get("wording");
            if (r.nextBoolean()) {
                wording.remove(lang);
            } else {
                wording.put(lang, pick(r, List.of("", " ", "a\tb", "x".repeat(301 + r.nextInt(500)))));
            }
            return json(key, "criteria[0].wording." + lang + ": missing, blank or too long", "PUT", path, "", auth, body,
                    Set.of(400), "criteria[0].wording." + lang);
        });
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            ((ArrayNode) body.get("criteria")).add(criterionNode());
            return json(key, "criteria[1].id: the same id twice", "PUT", path, "", auth, body, Set.of(400), "criteria[1].id");
        });
    }

    private ObjectNode planRow() {
        return NODES.objectNode().put("participantId", c.participantId()).put("channel", "visit")
                .put("evaluator", "tier-planned@example.lv").put("dueFrom", c.year() + "-03-01").put("dueTo", c.year() + "-03-20");
    }

    private void planVisits(List<Maker> makers, String key, String path, Map<String, String> auth) {
        ObjectNode base = NODES.objectNode().put("year", c.year());
        base.putArray("visits").add(planRow());
        Map<String, List<BadValue>> fields = new LinkedHashMap<>();
        fields.put("year", List.of(r -> new Bad(null, 400), r -> new Bad(wrongType(r, "number"), 400),
                r -> new Bad(NODES.numberNode(1990 + r.nextInt(30)), 404)));
        fields.put("visits", List.of(r -> new Bad(NODES.arrayNode(), 400), r -> new Bad(wrongType(r, "array"), 400)));
        jsonRoute(makers, key, "POST", path, auth, base, fields);
        Map<String, List<Bad>> row = new LinkedHashMap<>();
        row.put("participantId", List.of(new Bad(NODES.textNode("no-such-participant"), 404), new Bad(NODES.textNode(" "), 400)));
        row.put("channel", List.of(new Bad(NODES.textNode("fax"), 400), new Bad(NODES.textNode("VISIT"), 400),
                new Bad(NODES.numberNode(1), 400), new Bad(null, 400)));
        row.put("evaluator", List.of(new Bad(NODES.textNode("no-at-sign"), 400), new Bad(NODES.textNode("a b@example.lv"), 400),
                new Bad(null, 400), new Bad(NODES.textNode("<x@example.lv>"), 400)));
        row.put("dueFrom", List.of(new Bad(NODES.textNode("1.3.2027"), 400), new Bad(NODES.textNode(c.year() + "-02-30"), 400),
                new Bad(null, 400)));
        row.put("dueTo", List.of(new Bad(NODES.textNode(c.year() + "-02-01"), 400), new Bad(NODES.textNode("soon"), 400)));
        row.put("branch", List.of(new Bad(NODES.textNode(c.branches().get(0) + "x"), 400)));
        row.forEach((field, bads) -> makers.add(r -> {
            Bad bad = pick(r, bads);
            ObjectNode body = base.deepCopy();
            ArrayNode visits = (ArrayNode) body.get("visits");
            visits.insert(0, planRow());
            ObjectNode second = (ObjectNode) visits.get(1);
            if (bad.value() == null) {
                second.remove(field);
            } else {
                second.set(field, bad.value());
            }
            return json(key, "visits[1]." + field + ": " + (bad.value() == null ? "missing" : describe(bad.value())), "POST", path,
                    "", auth, body, Set.of(bad.status()), "visits[1]." + field);
        }));
        makers.add(r -> {
            ObjectNode body = NODES.objectNode().put("year", c.year());
            ObjectNode spread = body.putObject("spread");
            spread.putArray("participantIds").add(c.participantId());
            spread.putArray("channels").add("visit").add(pick(r, List.of("fax", "Phone", pick(r, HOSTILE))));
            spread.putArray("evaluators").add("tier-planned@example.lv");
            spread.put("dueFrom", c.year() + "-03-01").put("dueTo", c.year() + "-03-20");
            return json(key, "spread: unknown channel", "POST", path, "", auth, body, Set.of(400), "spread.channels[1]");
        });
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            ObjectNode spread = body.putObject("spread");
            spread.putArray("participantIds").add(c.participantId());
            return json(key, "both visits and spread", "POST", path, "", auth, body, Set.of(400), "spread");
        });
        String header = "participant,branch,channel,evaluator,due_from,due_to\n";
        String good = c.participantId() + ",," + "visit,tier-planned@example.lv," + c.year() + "-03-01," + c.year() + "-03-20\n";
        makers.add(r -> {
            String bad = pick(r, List.of("fax", "VISIT", "e mail"));
            return csv(key, "CSV row 2: unknown channel", path, "", auth, header + good + good.replace("visit", bad),
                    Set.of(400), "rows[2].channel");
        });
        makers.add(r -> csv(key, "CSV row 1: unknown participant", path, "", auth, header
                + good.replace(c.participantId(), "NO-SUCH-NUMBER-" + r.nextInt(1000)), Set.of(404), "rows[1].participant"));
        makers.add(r -> csv(key, "CSV: unknown column", path, "", auth, header.replace("due_to", pick(r, List.of("due", "until",
                "x"))) + good, Set.of(400), "header"));
    }

    private void review(List<Maker> makers, String key, String path, Map<String, String> auth) {
        String target = path.replace("{id}", c.openVisitId());
        // The visit is planned, not submitted: even a well-formed decision is refused (409), so nothing is written.
        ObjectNode base = NODES.objectNode().put("decision", "approve");
        Map<String, List<BadValue>> fields = new LinkedHashMap<>();
        fields.put("decision", List.of(r -> new Bad(null, 400), r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(NODES.textNode(pick(r, List.of("APPROVE", "reject", "ok", pick(r, HOSTILE)))), 400),
                r -> new Bad(NODES.textNode("approve"), 409, "visit")));
        fields.put("comment", List.of(r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(NODES.textNode("x".repeat(2001 + r.nextInt(3000))), 400),
                r -> new Bad(NODES.textNode("a\tb"), 400)));
        jsonRoute(makers, key, "POST", target, auth, base, fields);
        makers.add(r -> json(key, "return without a comment", "POST", target, "", auth,
                NODES.objectNode().put("decision", "return"), Set.of(400), "comment"));
        makers.add(r -> json(key, "hostile id in the path", "POST", path.replace("{id}", segment(hostileId(r))), "", auth,
                base, Set.of(400, 404), "id"));
        makers.add(r -> json(key, "no such visit", "POST", path.replace("{id}", UNKNOWN_VISIT_ID), "", auth, base,
                Set.of(404), "id"));
    }

    /** A full, valid submission of a visit over the "visit" channel on the default questionnaire. */
    private static ObjectNode submissionBody(String submissionId) {
        ObjectNode body = NODES.objectNode().put("submissionId", submissionId).put("visitedAt", "2027-03-05T10:00")
                .put("place", "Rīga, Brīvības iela 1");
        ArrayNode answers = body.putArray("answers");
        answers.addObject().put("criterion", "greeting").put("value", 4);
        answers.addObject().put("criterion", "listening").put("value", 5);
        answers.addObject().put("criterion", "competence").put("value", 3);
        answers.addObject().put("criterion", "options").put("value", 2);
        answers.addObject().put("criterion", "solved").put("value", "yes");
        answers.addObject().put("criterion", "positivity").put("value", 5);
        answers.addObject().put("criterion", "consistency").put("value", "na");
        answers.addObject().put("criterion", "respect").put("value", "yes");
        answers.addObject().put("criterion", "closing").put("value", 1);
        return body.put("comment", "Laipni.");
    }

    private void submitVisit(List<Maker> makers, String key, String path, Map<String, String> auth) {
        String target = path.replace("{id}", c.openVisitId());
        ObjectNode base = submissionBody("6d0e3f1a-2b4c-4d5e-8f6a-7b8c9d0e1f2a");
        Map<String, List<BadValue>> fields = new LinkedHashMap<>();
        fields.put("submissionId", List.of(r -> new Bad(null, 400), r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(NODES.textNode(pick(r, List.of("1", "not-a-uuid", pick(r, HOSTILE)))), 400)));
        fields.put("visitedAt", List.of(r -> new Bad(null, 400), r -> new Bad(NODES.textNode(pick(r, List.of("5.3.2027",
                "2027-03-05", "2027-02-30T10:00", "2027-03-05T25:00", pick(r, HOSTILE)))), 400)));
        fields.put("place", freeText("place", true, 200));
        fields.put("comment", List.of(r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(NODES.textNode("x".repeat(2001 + r.nextInt(3000))), 400)));
        fields.put("answers", List.of(r -> new Bad(wrongType(r, "array"), 400), r -> new Bad(NODES.arrayNode(), 400),
                r -> new Bad(null, 400)));
        jsonRoute(makers, key, "PUT", target, auth, base, fields);
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            int i = r.nextInt(9);
            ((ObjectNode) body.get("answers").get(i)).put("criterion", pick(r, List.of("friendliness", "response-time",
                    "GREETING", pick(r, HOSTILE))));
            return json(key, "answers[" + i + "]: unknown criterion", "PUT", target, "", auth, body, Set.of(400),
                    "answers[" + i + "].criterion");
        });
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            int i = pick(r, List.of(0, 1, 2, 3, 5, 8));
            JsonNode value = pick(r, List.<JsonNode>of(NODES.numberNode(6), NODES.numberNode(-1), NODES.numberNode(2.5),
                    NODES.textNode("yes"), NODES.textNode("na"), NODES.booleanNode(true), NODES.textNode(pick(r, HOSTILE))));
            ((ObjectNode) body.get("answers").get(i)).set("value", value);
            return json(key, "answers[" + i + "]: outside the scale", "PUT", target, "", auth, body, Set.of(400),
                    "answers[" + i + "].value");
        });
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            ((ArrayNode) body.get("answers")).remove(r.nextInt(9));
            return json(key, "an applicable criterion unanswered", "PUT", target, "", auth, body, Set.of(400), "answers");
        });
        makers.add(r -> {
            ObjectNode body = base.deepCopy();
            ((ObjectNode) body.get("answers").get(2)).put("note", "x".repeat(1001 + r.nextInt(2000)));
            return json(key, "a note over 1000 characters", "PUT", target, "", auth, body, Set.of(400), "answers[2].note");
        });
        makers.add(r -> json(key, "a visit of another evaluator", "PUT", path.replace("{id}", c.otherVisitId()), "", auth,
                submissionBody("7e1f4a2b-3c5d-4e6f-9a7b-8c9d0e1f2a3b"), Set.of(404), "id"));
        makers.add(r -> json(key, "a second submission", "PUT", path.replace("{id}", c.submittedVisitId()), "", auth,
                submissionBody("8f2a5b3c-4d6e-4f7a-8b8c-9d0e1f2a3b4c"), Set.of(409), "visit"));
        makers.add(r -> json(key, "hostile id in the path", "PUT", path.replace("{id}", segment(hostileId(r))), "", auth,
                base, Set.of(400, 404), "id"));
    }

    private void noInputBody(List<Maker> makers, String key, String method, String target, Map<String, String> auth) {
        Map<String, String> json = withType(auth, "application/json");
        makers.add(r -> {
            String name = pick(r, List.of(pick(r, SENDABLE), "force", "year", "confirm", "dryRun", huge(r, 65, 300)));
            ObjectNode body = NODES.objectNode();
            body.set(name, r.nextBoolean() ? NODES.booleanNode(true) : NODES.textNode(pick(r, HOSTILE)));
            return json(key, "a field the action does not take", method, target, "", auth, body, Set.of(400), cut(name));
        });
        makers.add(r -> raw(key, "not a JSON object", method, target, json, pick(r, List.of("[]", "\"go\"", "1", "null", "true",
                "[{}]")).getBytes(StandardCharsets.UTF_8), 400, "body"));
        makers.add(r -> raw(key, "not JSON", method, target, json, pick(r, List.of("{", "}", "{\"a\":}", "yes", "{}{}", "{'a':1}"))
                .getBytes(StandardCharsets.UTF_8), 400, "body"));
        makers.add(r -> raw(key, "invalid UTF-8 bytes", method, target, json, withBadUtf8(r, "{\"a\":\"b\"}".getBytes(
                StandardCharsets.UTF_8)), 400, "body"));
        makers.add(r -> raw(key, "a body not sent as JSON", method, target, withType(auth, pick(r, CONTENT_TYPES)),
                pick(r, HOSTILE).getBytes(StandardCharsets.UTF_8), 415, "body"));
        makers.add(r -> raw(key, "over 16 KB", method, target, json, ("{\"a\":\"" + "A".repeat(17_000 + r.nextInt(20_000)) + "\"}")
                .getBytes(StandardCharsets.UTF_8), 413, "body"));
    }

    private ObjectNode praiseBody(boolean publicForm) {
        ObjectNode body = NODES.objectNode().put("participantId", c.participantId()).put("branch", c.branches().get(0))
                .put("employee", "Ilze").put("stars", 5);
        body.putArray("aspects").add("speed");
        body.put("text", "Ļoti laipni un ātri!").put("channel", publicForm ? "branch" : "phone");
        if (publicForm) {
            body.put("email", "hostile-tests@example.com").put("consent", true).put("website", "");
        }
        return body.put("lang", "lv");
    }

    private Map<String, List<BadValue>> praiseFields(boolean publicForm) {
        Map<String, List<BadValue>> f = new LinkedHashMap<>();
        f.put("participantId", List.of(
                r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(null, 400),
                r -> new Bad(NODES.textNode(" "), 400),
                r -> new Bad(NODES.textNode(hostileId(r)), 404),
                r -> new Bad(NODES.textNode(huge(r, 81, 15000)), 404)));
        f.put("branch", List.of(
                r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(NODES.textNode(pick(r, HOSTILE.stream().filter(h -> !h.isBlank()).toList())), 400),
                r -> new Bad(NODES.textNode(c.branches().get(0) + "x"), 400),
                r -> new Bad(NODES.textNode(huge(r, 101, 15000)), 400)));
        f.put("employee", freeText("employee", false, 100));
        f.put("stars", List.of(
                r -> new Bad(pick(r, List.<JsonNode>of(NODES.numberNode(0), NODES.numberNode(6), NODES.numberNode(-1),
                        NODES.numberNode(2147483648L), NODES.numberNode(-2147483649L), NODES.numberNode(1e300),
                        NODES.numberNode(2.5), NODES.numberNode(5.0), NODES.numberNode(Integer.MIN_VALUE),
                        NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(new java.math.BigInteger("99999999999999999999")))), 400),
                r -> new Bad(wrongType(r, "number"), 400),
                r -> new Bad(NODES.textNode("5"), 400),
                r -> new Bad(null, 400)));
        f.put("aspects", List.of(
                r -> new Bad(NODES.textNode("speed"), 400),
                r -> new Bad(wrongType(r, "array"), 400),
                r -> new Bad(NODES.arrayNode().add(pick(r, HOSTILE)), 400),
                r -> new Bad(NODES.arrayNode().add("speed").add("speed"), 400),
                r -> new Bad(NODES.arrayNode().add(1), 400),
                r -> new Bad(NODES.arrayNode().addNull(), 400),
                r -> new Bad(NODES.arrayNode().add("SPEED"), 400),
                r -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 11 + r.nextInt(200); i++) {
                        many.add("speed");
                    }
                    return new Bad(many, 400);
                }));
        f.put("text", freeText("text", true, 2000));
        List<String> channels = publicForm ? List.of("phone", "paper", "ONLINE", "email", "") : List.of("online", "branch", "PHONE", "fax", "");
        f.put("channel", new ArrayList<>(List.<BadValue>of(
                r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(null, 400),
                r -> new Bad(NODES.textNode(pick(r, channels)), 400),
                r -> new Bad(NODES.textNode(pick(r, HOSTILE)), 400))));
        if (publicForm) {
            // The body names a branch: "online" with it is the branch's fault (served at a branch or not at all).
            f.get("channel").add(r -> new Bad(NODES.textNode("online"), 400, "branch"));
            f.put("email", email("email", true));
            f.put("consent", consent());
            f.put("website", List.of(r -> new Bad(wrongType(r, "string"), 400)));
        }
        f.put("lang", lang());
        return f;
    }

    private ObjectNode participantBody(boolean add) {
        ObjectNode body = NODES.objectNode();
        if (add) {
            body.put("name", "Hostile Tests Org").put("registrationNumber", "HOSTILE-0001");
        } else {
            body.put("name", c.participantName()).put("registrationNumber", c.participantRegNo());
        }
        body.put("category", c.category()).put("industry", c.industry()).put("sizeClass", c.sizeClass());
        ArrayNode branches = body.putArray("branches");
        (add ? List.of("Rīga") : c.branches()).forEach(branches::add);
        return body.put("contactEmail", "info@example.lv");
    }

    private Map<String, List<BadValue>> participantFields(boolean add) {
        Map<String, List<BadValue>> f = new LinkedHashMap<>();
        if (add) {
            f.put("id", List.of(
                    r -> new Bad(wrongType(r, "string"), 400),
                    r -> new Bad(NODES.textNode(pick(r, notMatching(ID))), 400),
                    r -> new Bad(NODES.textNode(huge(r, 81, 3000).toLowerCase()), 400),
                    r -> new Bad(NODES.textNode(c.participantId()), 400)));
        } else {
            f.put("id", List.of(
                    r -> new Bad(NODES.textNode(c.participantId()), 400),
                    r -> new Bad(NODES.textNode(pick(r, HOSTILE)), 400)));
        }
        f.put("name", freeText("name", true, 200));
        f.put("registrationNumber", List.of(
                r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(NODES.textNode(pick(r, notMatching(REG_NO).stream().filter(h -> !h.isBlank()).toList())), 400),
                r -> new Bad(NODES.textNode("1".repeat(41 + r.nextInt(100))), 400),
                r -> new Bad(NODES.textNode(add ? c.participantRegNo() : c.otherRegNo()), 400)));
        for (String vocabulary : List.of("category", "industry", "sizeClass")) {
            f.put(vocabulary, List.of(
                    r -> new Bad(wrongType(r, "string"), 400),
                    r -> new Bad(null, 400),
                    r -> new Bad(NODES.textNode(pick(r, HOSTILE)), 400)));
        }
        f.put("branches", List.of(
                r -> new Bad(NODES.textNode("Rīga"), 400, "branches"),
                r -> new Bad(wrongType(r, "array"), 400, "branches"),
                r -> new Bad(NODES.arrayNode().add("Rīga").add(r.nextBoolean() ? "rīga" : "RIGA"), 400, "branches[1]"),
                r -> new Bad(NODES.arrayNode().add("Rīga").add(pick(r, List.of("", " ", "\t"))), 400, "branches[1]"),
                r -> new Bad(NODES.arrayNode().add(huge(r, 101, 3000)), 400, "branches[0]"),
                r -> new Bad(NODES.arrayNode().add(1), 400, "branches"),
                r -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 51 + r.nextInt(100); i++) {
                        many.add("Filiāle " + i);
                    }
                    return new Bad(many, 400, "branches");
                }));
        f.put("contactEmail", email("contactEmail", false));
        return f;
    }

    /**
     * A campaign's calendar: for the settings, the awards late in the running year (valid); for a creation, next
     * year with its awards (refused as a whole while the running campaign is unpublished, so none is created).
     */
    private ObjectNode campaignCalendarBody(boolean create) {
        ObjectNode body = NODES.objectNode();
        if (create) {
            body.put("year", c.year() + 1);
            return body.put("awardsAt", (c.year() + 1) + "-04-12T12:00");
        }
        return body.put("awardsAt", c.year() + "-12-30T12:00");
    }

    private Map<String, List<BadValue>> campaignFields(boolean create) {
        int year = create ? c.year() + 1 : c.year();
        Map<String, List<BadValue>> f = new LinkedHashMap<>();
        if (create) {
            f.put("year", List.of(
                    r -> new Bad(null, 400),
                    r -> new Bad(wrongType(r, "number"), 400),
                    r -> new Bad(NODES.numberNode(c.year() - 1 - r.nextInt(3)), 400),
                    r -> new Bad(NODES.numberNode(c.year() + 6 + r.nextInt(1000)), 400),
                    r -> new Bad(NODES.numberNode(c.year() + 1.5), 400),
                    r -> new Bad(NODES.textNode(pick(r, HOSTILE)), 400)));
        }
        List<BadValue> time = List.of(
                r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(NODES.textNode(pick(r, HOSTILE)), 400),
                r -> new Bad(NODES.textNode(pick(r, List.of(year + "-02-30T12:00", year + "-13-01T00:00", "12.04." + year,
                        year + "-04-12", year + "-04-12T25:00", "", " "))), 400),
                r -> new Bad(NODES.textNode(huge(r, 41, 500)), 400));
        f.put("awardsAt", new ArrayList<>(time));
        // Out of order whatever the running calendar (the demo's follows the day of the run): a year before it
        // opens, a year after it closes.
        f.get("awardsAt").add(r -> new Bad(NODES.textNode((year - 1) + "-0" + (1 + r.nextInt(9)) + "-15T12:00"), 400));
        f.put("praiseOpensAt", new ArrayList<>(time));
        f.get("praiseOpensAt").add(r -> new Bad(NODES.textNode((year + 1) + "-0" + (1 + r.nextInt(9)) + "-15T00:00"), 400));
        f.put("praiseClosesAt", new ArrayList<>(time));
        f.get("praiseClosesAt").add(r -> new Bad(NODES.textNode((year - 1) + "-0" + (1 + r.nextInt(9)) + "-15T00:00"), 400));
        return f;
    }

    private ObjectNode decisionsBody() {
        ObjectNode body = NODES.objectNode();
        body.putArray("decisions").addObject().put("praiseId", c.confirmedPraiseId()).put("decision", "reject").put("reason", "spam");
        return body;
    }

    private void moderation(List<Maker> makers, String key, String path, Map<String, String> auth) {
        ObjectNode base = decisionsBody();
        Map<String, List<BadValue>> f = new LinkedHashMap<>();
        f.put("decisions", List.of(
                r -> new Bad(null, 400),
                r -> new Bad(NODES.arrayNode(), 400),
                r -> new Bad(wrongType(r, "array"), 400),
                r -> new Bad(NODES.arrayNode().add(pick(r, HOSTILE)), 400, "decisions[0]"),
                r -> new Bad(NODES.arrayNode().add(1), 400, "decisions[0]"),
                r -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 101 + r.nextInt(20); i++) {
                        many.addObject().put("praiseId", c.confirmedPraiseId() + i).put("decision", "approve");
                    }
                    return new Bad(many, 400);
                },
                r -> {
                    ArrayNode two = base.get("decisions").deepCopy();
                    two.add(two.get(0).deepCopy());
                    return new Bad(two, 400, "decisions[1].praiseId");
                },
                r -> item(base, "praiseId", null, 400),
                r -> item(base, "praiseId", wrongType(r, "string"), 400),
                r -> item(base, "praiseId", NODES.textNode(pick(r, HOSTILE)), 404),
                r -> item(base, "praiseId", NODES.textNode(randomB64(r, 16)), 404),
                r -> item(base, "praiseId", NODES.textNode(c.pendingPraiseId()), 404),
                r -> item(base, "decision", null, 400),
                r -> item(base, "decision", wrongType(r, "string"), 400),
                r -> item(base, "decision", NODES.textNode(pick(r, List.of("delete", "APPROVE", "approved", "", pick(r, HOSTILE)))), 400),
                r -> item(base, "reason", null, 400),
                r -> item(base, "reason", wrongType(r, "string"), 400),
                r -> item(base, "reason", NODES.textNode(pick(r, List.of("SPAM", "other", pick(r, HOSTILE)))), 400),
                r -> {
                    ArrayNode one = base.get("decisions").deepCopy();
                    ((ObjectNode) one.get(0)).put("decision", "approve");
                    return new Bad(one, 400, "decisions[0].reason");
                },
                r -> {
                    ArrayNode one = base.get("decisions").deepCopy();
                    String name = pick(r, List.of("status", "by", "__proto__", pick(r, HOSTILE)));
                    ((ObjectNode) one.get(0)).put(name, "x");
                    return new Bad(one, 400, "decisions[0]." + cut(name));
                }));
        jsonRoute(makers, key, "POST", path, auth, base, f);
    }

    /** The list of one decision with one of its fields broken. */
    private static Bad item(ObjectNode base, String field, JsonNode value, int status) {
        ArrayNode one = base.get("decisions").deepCopy();
        ObjectNode decision = (ObjectNode) one.get(0);
        if (value == null) {
            decision.remove(field);
        } else {
            decision.set(field, value);
        }
        return new Bad(one, status, "decisions[0]." + field);
    }

    private static List<BadValue> freeText(String field, boolean required, int max) {
        List<BadValue> bads = new ArrayList<>();
        bads.add(r -> new Bad(wrongType(r, "string"), 400));
        bads.add(r -> new Bad(NODES.textNode(huge(r, max + 1, Math.min(15_000, max * 3))), 400));
        if (required) {
            bads.add(r -> new Bad(null, 400));
            bads.add(r -> new Bad(NODES.nullNode(), 400));
            bads.add(r -> new Bad(NODES.textNode(pick(r, List.of("", " ", "\t\n", "\u3000"))), 400));
        }
        return bads;
    }

    private static List<BadValue> email(String field, boolean required) {
        List<BadValue> bads = new ArrayList<>();
        bads.add(r -> new Bad(wrongType(r, "string"), 400));
        bads.add(r -> new Bad(NODES.textNode(pick(r, List.of("no-at-sign", "a@", "@example.com", "a b@example.com",
                "a@b", "a@@example.com", "a@example..com", "<a@example.com>", "a@example.com, b@example.com", "a@exa mple.com",
                "\"><script>@example.com", pick(r, HOSTILE).replace("@", "")))), 400));
        bads.add(r -> new Bad(NODES.textNode("a".repeat(250 + r.nextInt(3000)) + "@example.com"), 400));
        if (required) {
            bads.add(r -> new Bad(null, 400));
            bads.add(r -> new Bad(NODES.textNode(" "), 400));
        }
        return bads;
    }

    private static List<BadValue> consent() {
        return List.of(
                r -> new Bad(NODES.booleanNode(false), 400),
                r -> new Bad(null, 400),
                r -> new Bad(pick(r, List.<JsonNode>of(NODES.textNode("true"), NODES.numberNode(1), NODES.arrayNode(),
                        NODES.objectNode(), NODES.textNode("yes"))), 400));
    }

    private static List<BadValue> lang() {
        return List.of(
                r -> new Bad(wrongType(r, "string"), 400),
                r -> new Bad(NODES.textNode(pick(r, List.of("de", "LV", "lv-LV", "ru", "", "en ", pick(r, HOSTILE)))), 400));
    }

    // ---------------------------------------------------------------- CSV imports

    private String participantCsv() {
        return "name,registration_number,category,industry,size_class,contact_email,branches\n"
                + "Hostile Tests One,HX-0001," + c.category() + "," + c.industry() + "," + c.sizeClass() + ",one@example.lv,Rīga\n"
                + "\"Hostile \"\"Two\"\"\",HX-0002," + c.category() + "," + c.industry() + "," + c.sizeClass() + ",,\n"
                + "Hostile Tests Three,HX-0003," + c.category() + "," + c.industry() + "," + c.sizeClass() + ",three@example.lv,\"A;B\"\n";
    }

    private String evaluationCsv() {
        return "registration_number,date,evaluator,channel,score\n"
                + c.participantRegNo() + "," + c.year() + "-03-10,Hostile Evaluator,visit,88\n"
                + c.otherRegNo() + ",12.03." + c.year() + ",Hostile Evaluator,e-mail,75\n"
                + c.participantRegNo() + "," + c.year() + "-03-11,Hostile Evaluator,web,60\n";
    }

    private void csvRoute(List<Maker> makers, String key, String path, Map<String, String> auth, boolean participants) {
        String valid = participants ? participantCsv() : evaluationCsv();
        List<String> lines = List.of(valid.split("\n"));
        List<String> columns = List.of(lines.get(0).split(","));
        Map<String, List<Function<Random, String>>> badValues = new LinkedHashMap<>();
        if (participants) {
            badValues.put("name", List.of(r -> "", r -> huge(r, 201, 2000)));
            badValues.put("registration_number", List.of(r -> "", r -> csvQuote(pick(r, notMatching(REG_NO))), r -> "1".repeat(41)));
            badValues.put("category", List.of(r -> "", r -> csvQuote(pick(r, HOSTILE))));
            badValues.put("industry", List.of(r -> "", r -> csvQuote(pick(r, HOSTILE))));
            badValues.put("size_class", List.of(r -> "", r -> csvQuote(pick(r, HOSTILE))));
            badValues.put("contact_email", List.of(r -> csvQuote(pick(r, List.of("no-at-sign", "a@b", "<a@b.lv>", "a b@c.lv"))),
                    r -> "a".repeat(260) + "@example.lv"));
            badValues.put("branches", List.of(r -> "A;a", r -> huge(r, 101, 500), r -> "A;;B", r -> String.join(";",
                    java.util.stream.IntStream.range(0, 51).mapToObj(i -> "F" + i).toList())));
        } else {
            badValues.put("registration_number", List.of(r -> "", r -> "NO-SUCH-" + r.nextInt(1_000_000), r -> csvQuote(pick(r, HOSTILE))));
            badValues.put("date", List.of(r -> c.year() + "-02-30", r -> "31.02." + c.year(), r -> "2003-03-10", r -> "",
                    r -> c.year() + "/03/10", r -> csvQuote(pick(r, HOSTILE)), r -> c.year() + "-13-01"));
            badValues.put("evaluator", List.of(r -> "", r -> huge(r, 101, 500)));
            badValues.put("channel", List.of(r -> "fax", r -> "", r -> csvQuote(pick(r, HOSTILE))));
            badValues.put("score", List.of(r -> "101", r -> "-1", r -> "87.5", r -> "abc", r -> "1e2", r -> "", r -> "99999999999"));
        }
        badValues.forEach((column, values) -> makers.add(r -> {
            int index = columns.indexOf(column);
            int row = 1 + r.nextInt(lines.size() - 1);
            List<String> out = new ArrayList<>(lines);
            out.set(row, replaceValue(lines.get(row), index, pick(r, values).apply(r)));
            return rowCase(key, "row value: " + column, path, r, auth, String.join("\n", out) + "\n", column);
        }));
        makers.add(r -> {
            List<String> out = new ArrayList<>(lines);
            int row = 1 + r.nextInt(lines.size() - 1);
            out.set(row, lines.get(row) + ",extra");
            return rowCase(key, "row with a value too many", path, r, auth, String.join("\n", out) + "\n", "row");
        });
        if (participants) {
            makers.add(r -> rowCase(key, "registration number twice in the file", path, r, auth,
                    valid + lines.get(1).replace("Hostile Tests One", "Hostile Again") + "\n", "registration_number"));
        } else {
            makers.add(r -> rowCase(key, "the same evaluation twice", path, r, auth, valid + lines.get(1) + "\n", "row"));
        }
        makers.add(r -> {
            List<String> out = new ArrayList<>(lines);
            int row = 1 + r.nextInt(lines.size() - 1);
            String line = lines.get(row);
            out.set(row, r.nextBoolean() ? "\"" + line : line.replaceFirst(",", ",\"x\"y,"));
            return csv(key, "broken quoting", path, query(r), auth, String.join("\n", out) + "\n", Set.of(400), "body");
        });
        makers.add(r -> {
            String separator = pick(r, List.of(";", "\t"));
            String body = valid.replace(",", separator);
            return csv(key, "separated by '" + separator.replace("\t", "\\t") + "'", path, query(r), auth,
                    (r.nextBoolean() ? "\uFEFF" : "") + body, Set.of(400), "body");
        });
        makers.add(r -> {
            List<String> out = new ArrayList<>(lines);
            int row = 1 + r.nextInt(lines.size() - 1);
            String column = pick(r, List.copyOf(badValues.keySet()));
            out.set(row, replaceValue(lines.get(row), columns.indexOf(column), pick(r, badValues.get(column)).apply(r)));
            return rowCase(key, "BOM, then a bad row", path, r, auth, "\uFEFF" + String.join("\r\n", out) + "\r\n", column);
        });
        makers.add(r -> {
            String column = pick(r, columns.subList(0, participants ? 5 : 5));
            List<String> header = new ArrayList<>(columns);
            int index = header.indexOf(column);
            List<String> out = new ArrayList<>();
            for (String line : lines) {
                List<String> values = splitCsv(line);
                values.remove(index);
                out.add(String.join(",", values));
            }
            return csv(key, "column missing", path, query(r), auth, String.join("\n", out) + "\n", Set.of(400), column);
        });
        makers.add(r -> {
            String column = pick(r, List.of("drop_table", "script", "note", "id", "password", "e_mail"));
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                out.add(lines.get(i) + "," + (i == 0 ? column : "x"));
            }
            return csv(key, "unknown column", path, query(r), auth, String.join("\n", out) + "\n", Set.of(400), column);
        });
        makers.add(r -> {
            String column = pick(r, columns);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                out.add(lines.get(i) + "," + (i == 0 ? column.toUpperCase() : "x"));
            }
            return csv(key, "column named twice", path, query(r), auth, String.join("\n", out) + "\n", Set.of(400), column);
        });
        makers.add(r -> new Case(key, "invalid UTF-8 bytes", "POST", path + "?" + query(r), withType(auth, "text/csv"),
                withBadUtf8(r, valid.getBytes(StandardCharsets.UTF_8)), Set.of(400), "body"));
        makers.add(r -> new Case(key, "not sent as CSV", "POST", path, withType(auth, pick(r, List.of("application/json",
                "text/plain", "application/vnd.ms-excel", "text/csv; charset=iso-8859-1", "text/csv;charset=windows-1257",
                "multipart/form-data; boundary=x"))), valid.getBytes(StandardCharsets.UTF_8), Set.of(415), "body"));
        makers.add(r -> new Case(key, "empty file", "POST", path, withType(auth, "text/csv"), new byte[0], Set.of(400), "body"));
        for (String flag : List.of("dryRun", "importValid")) {
            makers.add(r -> csv(key, flag + " not true or false", path, flag + "=" + encode(pick(r, List.of("yes", "1", "0", "on",
                    "TRUE ", pick(r, HOSTILE)))), auth, valid, Set.of(400), flag));
        }
        // 100 000 rows: over Lambda's 6 MB, over the handler's 5 MB, and under both but every row wrong.
        StringBuilder big = new StringBuilder(lines.get(0)).append('\n');
        StringBuilder small = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < 100_000; i++) {
            if (participants) {
                big.append("Hostile Tests Row ").append(i).append(",HXB-").append(i).append(',').append(c.category()).append(',')
                        .append(c.industry()).append(',').append(c.sizeClass()).append(",row").append(i).append("@example.lv,Rīga\n");
                small.append('n').append(i).append(",R").append(i).append(",X,").append(c.industry()).append(',')
                        .append(c.sizeClass()).append(",,\n");
            } else {
                big.append(c.participantRegNo()).append(',').append(c.year()).append("-03-10,Hostile Evaluator Number ").append(i)
                        .append(" With A Long Name,visit,101\n");
                small.append(c.participantRegNo()).append(',').append(c.year()).append("-03-10,E").append(i).append(",visit,101\n");
            }
        }
        String over6 = big.length() > 7 * 1024 * 1024 ? big.toString() : padCsv(big, 7 * 1024 * 1024);
        fixed.add(csv(key, "100 000 rows, over Lambda's 6 MB", path, "", auth, over6, Set.of(413), "body"));
        fixed.add(csv(key, "100 000 rows padded to 5.5 MB (over the import's 5 MB)", path, "", auth,
                padCsv(new StringBuilder(small), 5 * 1024 * 1024 + 512 * 1024), Set.of(413), "body"));
        fixed.add(csv(key, "100 000 rows, every one wrong", path, "", auth, small.toString(), Set.of(422),
                participants ? "category" : "score"));
        fixed.add(csv(key, "over API Gateway's 10 MB", path, "", auth, padCsv(new StringBuilder(over6), 11 * 1024 * 1024),
                Set.of(413), "body"));
    }

    /** Comment-free padding a CSV can't hold: rows of a branch name that only grow the file (the row is still bad). */
    private static String padCsv(StringBuilder csv, int size) {
        StringBuilder out = new StringBuilder(csv);
        out.setLength(out.length() - 1);
        int header = out.indexOf("\n");
        String firstRow = out.substring(header + 1, out.indexOf("\n", header + 1));
        out.append('\n');
        while (out.length() < size) {
            out.append(firstRow).append('\n');
        }
        return out.toString();
    }

    /**
     * A file with a rejected row: 422 and nothing imported – or, as a dry run, 200 with the same report;
     * either way a rejected row names the column.
     */
    private static Case rowCase(String key, String kind, String path, Random r, Map<String, String> auth, String body, String column) {
        boolean dryRun = r.nextInt(4) == 0;
        return csv(key, kind + (dryRun ? " (dry run)" : ""), path, dryRun ? "dryRun=true" : "", auth, body,
                Set.of(dryRun ? 200 : 422), column);
    }

    private static String query(Random r) {
        return r.nextInt(4) == 0 ? "dryRun=true" : "";
    }

    private static String replaceValue(String line, int index, String value) {
        List<String> values = splitCsv(line);
        values.set(index, value);
        return String.join(",", values);
    }

    /** The fields of one of our own valid rows (quotes kept as written). */
    private static List<String> splitCsv(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == ',' && !quoted) {
                values.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        values.add(current.toString());
        return values;
    }

    private static String csvQuote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    // ---------------------------------------------------------------- values

    private static JsonNode wrongType(Random r, String not) {
        List<JsonNode> all = new ArrayList<>(List.of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1.5),
                NODES.numberNode(1e300), NODES.booleanNode(true), NODES.booleanNode(false), NODES.objectNode(),
                NODES.objectNode().put("$ne", ""), NODES.objectNode().set("a", NODES.arrayNode().add(1))));
        if (!not.equals("array")) {
            all.add(NODES.arrayNode());
            all.add(NODES.arrayNode().add("x"));
        }
        if (!not.equals("string")) {
            all.add(NODES.textNode("x"));
        }
        if (not.equals("number")) {
            all.removeIf(JsonNode::isNumber);
        }
        if (not.equals("boolean")) {
            all.removeIf(JsonNode::isBoolean);
        }
        return pick(r, all);
    }

    private static String huge(Random r, int min, int max) {
        int length = min + r.nextInt(Math.max(1, max - min));
        String unit = pick(r, List.of("A", "ā", "😀", "<script>", "' OR 1=1 --", "a-"));
        StringBuilder s = new StringBuilder();
        while (s.codePointCount(0, s.length()) < length) {
            s.append(unit);
        }
        return s.toString();
    }

    private static String badLimit(Random r, int max) {
        return pick(r, List.of("0", "-1", Integer.toString(max + 1), Integer.toString(max + 1 + r.nextInt(1_000_000)),
                "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "0x10", "abc", "ten", "5;", "5 5", "NaN",
                "Infinity", pick(r, HOSTILE)));
    }

    private static String hostileId(Random r) {
        return r.nextInt(6) == 0 ? huge(r, 81, 3000) : pick(r, List.of(pick(r, HOSTILE), "UPPER-CASE", "no-such-participant-"
                + r.nextInt(1_000_000), "a".repeat(81), "ā-diacritics", "-leading-hyphen", "with space", "a/b", "a.b"));
    }

    private static String forgedCursor(Random r) {
        return pick(r, List.of(randomB64(r, 8 + r.nextInt(60)), pick(r, HOSTILE),
                Base64.getUrlEncoder().withoutPadding().encodeToString(("1|x#pending#|" + r.nextLong() + "|id").getBytes(StandardCharsets.UTF_8)),
                "====", huge(r, 500, 3000)));
    }

    private static String badCode(Random r) {
        return pick(r, List.of("7KQ2-M9XD-4HTB-W3Z", "7KQ2-M9XD-4HTB-W3ZAA", "UUUU-UUUU-UUUU-UUUU", "7KQ2_M9XD_4HTB_W3ZA",
                "7KQ2-M9XD-4HTB-W3Z!", "x".repeat(65 + r.nextInt(200)), "", pick(r, HOSTILE)).stream()
                .filter(s -> !s.isEmpty()).toList());
    }

    /** A code of the right form that no award has: 16 characters of Crockford base 32. */
    private static String forgedCode(Random r) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append(r.nextBoolean() ? "-" : "");
            }
            char ch = alphabet.charAt(r.nextInt(32));
            code.append(r.nextBoolean() ? Character.toLowerCase(ch) : ch);
        }
        return code.toString();
    }

    private static String randomB64(Random r, int bytes) {
        byte[] b = new byte[bytes];
        r.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A path segment sent with escapes that are broken, or that decode to bytes that are not UTF-8. */
    private static String rawBadSegment(Random r) {
        return pick(r, List.of("%C3%28", "%ED%A0%80", "%C0%AF", "%FF%FE", "%00", "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e%2f%2e%2e%2f", "..%5C..%5Cwin.ini", "%252e%252e%252f", "%E2%80%AE"));
    }

    private static List<String> notMatching(Pattern pattern) {
        return HOSTILE.stream().filter(h -> !pattern.matcher(h).matches()).toList();
    }

    private static String cut(String name) {
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static byte[] withBadUtf8(Random r, byte[] valid) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        String text = new String(valid, StandardCharsets.UTF_8);
        int at = text.indexOf("\":\"");
        int split = at < 0 ? valid.length / 2 : text.substring(0, at + 3).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, split);
        out.writeBytes(bad[r.nextInt(bad.length)]);
        out.write(valid, split, valid.length - split);
        return out.toByteArray();
    }

    private static byte[] padded(String json, int size) {
        StringBuilder out = new StringBuilder(size + 64);
        out.append("{\"pad\":\"");
        while (out.length() < size) {
            out.append("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        }
        out.append("\",").append(json.substring(1));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        String type = value.getNodeType().name().toLowerCase();
        return text.length() > 40 ? type + " of " + text.length() + " characters" : type + " " + text;
    }

    // ---------------------------------------------------------------- requests

    private static Case get(String route, String kind, String path, String rawQuery, Map<String, String> auth, int status, String field) {
        return get(route, kind, path, rawQuery, auth, Set.of(status), field);
    }

    private static Case get(String route, String kind, String path, String rawQuery, Map<String, String> auth, Set<Integer> statuses,
                            String field) {
        return new Case(route, kind, "GET", rawQuery.isEmpty() ? path : path + "?" + rawQuery, auth, null, statuses, field);
    }

    private static Case json(String route, String kind, String method, String path, String rawQuery, Map<String, String> auth,
                             JsonNode body, Set<Integer> statuses, String field) {
        if (bytes(body).length > BODY_LIMITS.getOrDefault(route, 16 * 1024)) {
            // A value long enough (in UTF-8) to take the body over the route's limit: that is what is wrong first.
            statuses = Set.of(413);
            field = "body";
        }
        return new Case(route, kind, method, rawQuery.isEmpty() ? path : path + "?" + rawQuery,
                withType(auth, "application/json"), bytes(body), statuses, field);
    }

    private static Case raw(String route, String kind, String method, String path, Map<String, String> headers, byte[] body,
                            int status, String field) {
        return new Case(route, kind, method, path, headers, body, Set.of(status), field);
    }

    private static Case csv(String route, String kind, String path, String rawQuery, Map<String, String> auth, String body,
                            Set<Integer> statuses, String field) {
        return new Case(route, kind, "POST", rawQuery.isEmpty() ? path : path + "?" + rawQuery,
                withType(auth, "text/csv; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8), statuses, field);
    }

    private static Map<String, String> withType(Map<String, String> headers, String type) {
        Map<String, String> out = new LinkedHashMap<>(headers);
        out.put("Content-Type", type);
        return out;
    }

    private static String query(String name, String value) {
        return encode(name) + "=" + encode(value);
    }

    /** Percent-encodes every byte but the unreserved ones, so a value stays one query value. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int ch = b & 0xFF;
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_'
                    || ch == '~') {
                out.append((char) ch);
            } else {
                out.append('%').append(String.format("%02X", ch));
            }
        }
        return out.toString();
    }

    /** A path segment: like a query value, but dots stay as written ("../.." is a traversal attempt). */
    private static String segment(String value) {
        return encode(value).replace("%2E", ".");
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
