package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static site: the right files with the right types, nothing outside its folder, CloudFront's headers. */
class StaticSiteTest {
    private static final String SECRET = "TOP-SECRET-CONTENT";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path folder;
    private static HttpServer server;
    private static int port;
    private static String csp;

    @BeforeAll
    static void start() throws IOException {
        Path site = Files.createDirectories(folder.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>Home</title>");
        Files.writeString(site.resolve("praise.html"), "<!doctype html><title>Praise</title>");
        Files.createDirectories(site.resolve("evaluate"));
        Files.writeString(site.resolve("evaluate/index.html"), "<!doctype html><title>Evaluate</title>");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/app.js"), "console.log('ā');");
        Files.writeString(site.resolve("assets/site.css"), "body{}");
        Files.write(site.resolve("assets/icon.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(site.resolve(".env"), SECRET);
        Files.writeString(folder.resolve("secret.txt"), SECRET);
        Files.writeString(folder.resolve("site-secret.html"), SECRET);

        SamTemplate template = SamTemplate.load();
        csp = templateCsp(template);
        Replies replies = new Replies(CloudFrontHeaders.fromTemplate(template));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", new SiteRouter(exchange -> exchange.sendResponseHeaders(418, -1),
                exchange -> exchange.sendResponseHeaders(418, -1), new StaticSite(site, replies), replies));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void servesTheSiteWithContentTypesAndNoCacheForHtml() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<title>Home</title>"));
        assertEquals("text/html; charset=utf-8", index.headers().firstValue("content-type").orElseThrow());
        assertEquals("no-cache", index.headers().firstValue("cache-control").orElseThrow());

        HttpResponse<String> praise = get("/praise");
        assertEquals(200, praise.statusCode());
        assertTrue(praise.body().contains("<title>Praise</title>"));
        assertEquals(200, get("/praise.html").statusCode());

        HttpResponse<String> js = get("/assets/app.js");
        assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("content-type").orElseThrow());
        assertEquals("console.log('ā');", js.body());
        assertEquals("text/css; charset=utf-8", get("/assets/site.css").headers().firstValue("content-type").orElseThrow());
        assertEquals("image/png", get("/assets/icon.png").headers().firstValue("content-type").orElseThrow());
    }

    /**
     * A page in a folder of its own (the evaluators' /evaluate/, issue 17) is its folder's index.html, here and
     * in CloudFront, whose viewer-request function on the site's behaviour makes the same rewrite (S3 has no
     * index documents below the root).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aFoldersAddressServesItsIndexHereAndBehindCloudFront() throws Exception {
        for (String path : List.of("/evaluate/", "/evaluate", "/evaluate/index.html")) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("<title>Evaluate</title>"), path);
            assertEquals("no-cache", page.headers().firstValue("cache-control").orElseThrow(), path);
        }
        SamTemplate template = SamTemplate.load();
        String code = String.valueOf(template.properties("SiteIndexFunction").get("FunctionCode"));
        assertTrue(code.contains("if (request.uri.endsWith('/')) {") && code.contains("request.uri += 'index.html';"), code);
        Map<String, Object> config = (Map<String, Object>) template.properties("SiteDistribution").get("DistributionConfig");
        Map<String, Object> site = (Map<String, Object>) config.get("DefaultCacheBehavior");
        assertTrue(String.valueOf(site.get("FunctionAssociations")).contains("SiteIndexFunction"), String.valueOf(site));
        assertTrue(Files.isRegularFile(SamTemplate.locate().resolveSibling("static-site").resolve("evaluate/index.html")),
                "the evaluators' page is in the site");
    }

    @Test
    void sendsTheSecurityHeadersOfTheTemplatesCloudFrontPolicy() throws Exception {
        for (String path : List.of("/", "/assets/app.js", "/no-such-page")) {
            HttpResponse<String> response = get(path);
            assertEquals(csp, response.headers().firstValue("content-security-policy").orElseThrow(), path);
            assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElseThrow(), path);
            assertEquals("DENY", response.headers().firstValue("x-frame-options").orElseThrow(), path);
            assertEquals("no-referrer", response.headers().firstValue("referrer-policy").orElseThrow(), path);
        }
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        List<String> attempts = List.of(
                "/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
                "/..%5csecret.txt", "/%252e%252e/secret.txt", "/../site-secret", "//../secret.txt",
                "/.env", "/%2eenv", "/assets/..%00/secret.txt", "/../pom.xml", "/%2e%2e/%2e%2e/pom.xml");
        for (String path : attempts) {
            String raw = rawGet(path);
            assertTrue(raw.startsWith("HTTP/1.1 404") || raw.startsWith("HTTP/1.1 400"), path + " → " + firstLine(raw));
            assertFalse(raw.contains(SECRET), path + " leaked the file");
            assertFalse(raw.contains("<modelVersion>"), path + " leaked the pom");
        }
        HttpResponse<String> encoded = get("/%2e%2e/secret.txt");
        assertEquals(404, encoded.statusCode());
        assertFalse(encoded.body().contains(SECRET));
    }

    @Test
    void missingFilesGetA404PageAndOtherMethodsA405() throws Exception {
        HttpResponse<String> missing = get("/nothing.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void unchangedFilesAreRevalidatedWithAnEtag() throws Exception {
        String etag = get("/").headers().firstValue("etag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @Test
    void aMissingSiteFolderStillAnswersWithAHelpful404() {
        StaticSite site = new StaticSite(folder.resolve("no-such-folder"), new Replies(CloudFrontHeaders.none()));
        assertTrue(site.resolve("/").isEmpty());
        assertTrue(site.resolve("/index.html").isEmpty());
    }

    /** The CSP string as the template writes it, looked up here independently of the server. */
    @SuppressWarnings("unchecked")
    private static String templateCsp(SamTemplate template) {
        List<String> policies = template.resourcesOfType("AWS::CloudFront::ResponseHeadersPolicy");
        assertEquals(1, policies.size());
        Map<String, Object> config = (Map<String, Object>) template.properties(policies.get(0))
                .get("ResponseHeadersPolicyConfig");
        Map<String, Object> security = (Map<String, Object>) config.get("SecurityHeadersConfig");
        String value = SamTemplate.resolve(((Map<String, Object>) security.get("ContentSecurityPolicy")).get("ContentSecurityPolicy"),
                Map.of("AWS::Region", lv.praise.testkit.LocalDynamoDb.REGION, "AWS::URLSuffix", "amazonaws.com"));
        assertNotNull(value);
        assertTrue(value.contains("default-src"));
        return value;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The request line exactly as written (an HTTP client would normalise the dots away). */
    private static String rawGet(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstLine(String response) {
        int end = response.indexOf('\r');
        return end < 0 ? response : response.substring(0, end);
    }
}
