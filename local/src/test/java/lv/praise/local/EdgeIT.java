package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import lv.praise.handler.EdgeOrigin;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * Over the local run: the site's /api/* goes through the local CloudFront, which adds the origin secret;
 * the gateway's own address (as execute-api's) reaches the very same gateway and functions without it,
 * and every function of every route refuses that call.
 */
class EdgeIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final LocalServer server = LocalServer.shared();

    /** Every route of the template, its path parameters filled in, with an organiser's token where it needs one. */
    private List<HttpRequest.Builder> everyRoute(URI base) {
        List<HttpRequest.Builder> requests = new ArrayList<>();
        for (SamTemplate.Function f : server.template().functions()) {
            for (SamTemplate.Route r : f.routes()) {
                String path = r.path().replaceAll("\\{[^}]+}", "x");
                // Each route with a token its authorizer lets through, so that only the edge check can refuse it.
                String token = "ParticipantAuthorizer".equals(r.authorizer())
                        ? server.jwt().issueContact("edge.contact@example.lv", "x") : server.organiserToken();
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(r.method(), r.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
                requests.add(b);
            }
        }
        assertTrue(requests.size() >= 30, requests.size() + " routes");
        return requests;
    }

    @Test
    void everyRouteCalledPastCloudFrontAnswers403EdgeRequired() throws Exception {
        int refused = 0;
        for (HttpRequest.Builder request : everyRoute(server.directApiUrl())) {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String route = request.build().method() + " " + request.build().uri().getPath();
            assertEquals(403, r.statusCode(), route + ": " + r.body());
            JsonNode error = Replies.JSON.readTree(r.body()).path("error");
            assertEquals("edge_required", error.path("code").asText(), route);
            assertEquals("origin", error.path("field").asText(), route);
            refused++;
        }
        assertEquals(everyRoute(server.directApiUrl()).size(), refused);
    }

    /**
     * The same reading routes through the site answer as they always do: the check is real, not a closed door.
     * (Only GET: through the site a POST would act – close the campaign of the shared server.)
     */
    @Test
    void throughTheSiteNoReadingRouteMeetsTheEdgeCheck() throws Exception {
        int read = 0;
        for (HttpRequest.Builder request : everyRoute(server.baseUrl())) {
            if (request.build().method().equals("GET")) {
                HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertFalse(r.body().contains("edge_required"), request.build().uri() + ": " + r.body());
                read++;
            }
        }
        assertTrue(read >= 15, read + " GET routes");
    }

    @Test
    void aWrongOrForgedSecretIsRefusedAndTheRunsOwnPasses() throws Exception {
        String secret = server.originSecret();
        assertTrue(secret.length() >= 32);
        for (String sent : new String[] {"", secret.substring(1), secret + "x", "sample-origin-secret-of-the-events-only-0123456789"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.directApiUrl() + "/api/campaign"))
                    .header(EdgeOrigin.ORIGIN_HEADER, sent).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode(), "'" + sent + "'");
        }
        // Whoever holds the secret is CloudFront as far as the functions can tell: it lives only in the stack.
        HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create(server.directApiUrl() + "/api/campaign"))
                .header(EdgeOrigin.ORIGIN_HEADER, secret).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
    }

    /** A viewer can't send CloudFront's headers for itself: the local CloudFront replaces them, as CloudFront does. */
    @Test
    void aViewersOwnOriginHeaderIsReplacedNotTrusted() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/campaign"))
                .header(EdgeOrigin.ORIGIN_HEADER, "guess").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), "the edge's secret replaced the viewer's guess");
        assertFalse(r.body().contains(server.originSecret()), "and is never echoed");
    }
}
