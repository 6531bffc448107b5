package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The posters ZIP over the local run: the organiser starts the build (202 at once), the posters worker runs
 * asynchronously as Lambda would run it (LocalLambda), the status is polled to completion, and the signed link
 * it gives downloads the whole campaign's ZIP – every participant's and branch's poster – from the files
 * folder; a link with its signature changed, or past its expiry, is refused.
 */
class PostersZipIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theOrganiserBuildsTheZipAndDownloadsItThroughAShortLivedLink() throws Exception {
        LocalServer server = LocalServer.shared();
        HttpResponse<String> started = send(server, "POST", "/api/admin/posters");
        assertEquals(202, started.statusCode(), started.body());
        JsonNode job = JSON.readTree(started.body()).get("job");
        assertEquals("posters", job.get("kind").asText());

        JsonNode status = pollUntilBuilt(server);
        assertEquals("done", status.get("job").get("state").asText(), status.toString());
        int posters = status.get("download").get("posters").asInt();
        assertEquals(posters, status.get("job").get("total").asInt());
        assertEquals(posters, status.get("job").get("done").asInt());
        String url = status.get("download").get("url").asText();
        assertTrue(url.startsWith(server.baseUrl() + LocalFiles.PREFIX), url);

        HttpResponse<InputStream> zip = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, zip.statusCode());
        assertEquals("attachment; filename=\"plakati-" + server.campaignYear() + ".zip\"",
                zip.headers().firstValue("Content-Disposition").orElse(""));
        Set<String> folders = new HashSet<>();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(zip.body())) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries++;
                folders.add(e.getName().substring(0, e.getName().indexOf('/')));
            }
        }
        assertEquals(3 * posters, entries, "a PDF, a PNG and an SVG per poster");
        assertTrue(folders.containsAll(server.participantIds()), "a folder for every participant");

        String forged = url.replaceFirst("signature=([0-9a-f])", "signature=" + (url.contains("signature=0") ? "1" : "0"));
        assertEquals(403, HTTP.send(HttpRequest.newBuilder(URI.create(forged)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "a forged signature");
        String extended = url.replaceFirst("expires=\\d+", "expires=" + (System.currentTimeMillis() / 1000 + 86_400));
        assertEquals(403, HTTP.send(HttpRequest.newBuilder(URI.create(extended)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "an expiry moved on by hand");
    }

    private static JsonNode pollUntilBuilt(LocalServer server) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < end) {
            HttpResponse<String> response = send(server, "GET", "/api/admin/posters");
            assertEquals(200, response.statusCode(), response.body());
            JsonNode status = JSON.readTree(response.body());
            String state = status.path("job").path("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return status;
            }
            // A poll with a deadline, as the console's every 2 s: the worker runs on the server's threads.
            Thread.sleep(200);
        }
        throw new AssertionError("the posters job did not finish in 120 s");
    }

    private static HttpResponse<String> send(LocalServer server, String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve(path))
                .header("Authorization", "Bearer " + server.organiserToken())
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
