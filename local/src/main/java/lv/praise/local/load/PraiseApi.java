package lv.praise.local.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The public routes a load run calls, over HTTP as a browser would, and the one organiser read it checks. */
final class PraiseApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** An HTTP status with the body's {@code status}, or its {@code error.code}, when it has one. */
    record Answer(int httpStatus, String code, String body) {
        boolean is(int expectedStatus, String expectedCode) {
            return httpStatus == expectedStatus && expectedCode.equals(code);
        }

        @Override
        public String toString() {
            return httpStatus + " " + (code.isEmpty() ? abbreviated(body) : code);
        }
    }

    /** The moderation counters as organisers see them. */
    record ModerationCounts(long pending, long approved, long rejected) {
    }

    private final HttpClient http;
    private final URI base;

    PraiseApi(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Answer submit(String participantId, String email, String text, int stars) throws IOException, InterruptedException {
        ObjectNode praise = JSON.createObjectNode()
                .put("participantId", participantId)
                .put("stars", stars)
                .put("text", text)
                .put("channel", "online")
                .put("email", email)
                .put("consent", true)
                .put("lang", "en");
        return post("/api/praise", praise.toString());
    }

    Answer confirm(String token) throws IOException, InterruptedException {
        return post("/api/praise/confirm", JSON.createObjectNode().put("token", token).toString());
    }

    /** The participant's public {@code confirmedPraiseCount}, as its card on the site shows it. */
    long publicCount(String participantId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("/api/participants/" + participantId).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode card = read(response, "GET /api/participants/" + participantId);
        JsonNode count = card.get("confirmedPraiseCount");
        if (count == null || !count.canConvertToLong()) {
            throw new IllegalStateException("the card of " + participantId + " has no confirmedPraiseCount: " + card);
        }
        return count.asLong();
    }

    ModerationCounts moderationCounts(String organiserToken) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("/api/admin/moderation?status=pending&limit=1")
                .header("Authorization", "Bearer " + organiserToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode counts = read(response, "GET /api/admin/moderation").path("counts");
        return new ModerationCounts(counts.path("pending").asLong(-1), counts.path("approved").asLong(-1),
                counts.path("rejected").asLong(-1));
    }

    private Answer post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), code(response.body()), response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
    }

    private static JsonNode read(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + abbreviated(response.body()));
        }
        return JSON.readTree(response.body());
    }

    private static String code(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                return "";
            }
            if (node.hasNonNull("status")) {
                return node.get("status").asText();
            }
            return node.path("error").path("code").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
