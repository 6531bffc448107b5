package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.domain.Participant;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.twin.DynamoTwin;
import lv.praise.testkit.twin.TwinReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;

/**
 * PRAISE_DYNAMODB_ENDPOINT with PRAISE_DEMO_DATA=0: the local server on a DynamoDB Local started
 * separately (its own loopback port, as a {@code java -jar DynamoDBLocal.jar} would be) creates the table
 * from template.yaml, writes no demo data, serves the site, and a praise is submitted and confirmed there
 * – with the twin in front of that endpoint, counting the functions' calls per route. A JVM of its own
 * (local/pom.xml): one local server per JVM.
 */
class ExternalDynamoDbIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("/confirm\\.html\\?token=([A-Za-z0-9_.~-]+)");
    private static LocalDynamoDb separate;
    private static DynamoDbClient database;
    private static LocalServer server;

    @BeforeAll
    static void start() {
        // The database alone, no twin of its own: what the endpoint of an earlier `java -jar DynamoDBLocal.jar` is.
        separate = LocalDynamoDb.start(0, null, new DynamoTwin.Settings(false, Duration.ZERO));
        database = separate.client();
        // As PRAISE_DYNAMODB_ENDPOINT=<it> PRAISE_DEMO_DATA=0 set them (LocalServerConfigTest reads those).
        server = LocalServer.start(LocalServer.Config.forTests().withDynamoEndpoint(separate.endpoint())
                .withDemoData(false));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            LocalServer.deleteOutbox(server.outboxDir());
        }
        separate.close();
    }

    @Test
    void theTableIsCreatedFromTheTemplateThereAndNoDemoDataIsWritten() {
        assertTrue(database.listTables().tableNames().contains(server.tableName()), "created at the endpoint");
        assertEquals(List.of(), server.participantIds(), "no demo participants when it started");
        for (DemoData.Row demo : DemoData.load().rows()) {
            assertTrue(new DynamoParticipantStore(database, server.tableName()).find(server.day().getYear(), demo.id())
                    .isEmpty(), "demo participant " + demo.id());
        }
        List<String> indexes = database.describeTable(r -> r.tableName(server.tableName())).table()
                .globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).sorted().toList();
        @SuppressWarnings("unchecked")
        List<String> declared = ((List<Map<String, Object>>) lv.praise.testkit.SamTemplate.load().properties("PraiseTable")
                .get("GlobalSecondaryIndexes")).stream().map(index -> (String) index.get("IndexName")).sorted().toList();
        assertTrue(declared.contains("ByTally"), declared.toString());
        assertEquals(declared, indexes, "the template's indexes");
        assertEquals(server.config().twin().on(), server.twin().isPresent(),
                "the twin runs in front of a plain-HTTP endpoint, unless PRAISE_TWIN=off");
        server.twin().ifPresent(twin -> {
            assertEquals(twin.endpoint(), server.dynamoEndpoint());
            assertEquals(separate.endpoint(), twin.upstream());
        });
    }

    @Test
    void theSiteIsServedAndAPraiseIsSubmittedAndConfirmed() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html"), "the site's front page");

        // The endpoint's own data, as an organiser's import would have written it: a campaign open today.
        new DynamoCampaignStore(database, server.tableName()).save(DemoData.campaign(server.day()));
        new DynamoParticipantStore(database, server.tableName()).save(new Participant(server.day().getYear(),
                "arejais-veikals", "Ārējais veikals", "B2C", "TRADE", "SMALL", List.of(), null, 0));

        ObjectNode praise = Replies.JSON.createObjectNode()
                .put("participantId", "arejais-veikals")
                .put("stars", 5)
                .put("text", "Ātri un laipni!")
                .put("channel", "online")
                .put("email", "external@example.com")
                .put("consent", true);
        HttpResponse<String> submitted = postJson("/api/praise", praise.toString());
        assertEquals(202, submitted.statusCode(), submitted.body());
        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), "external@example.com", 0, Duration.ofSeconds(10));
        Matcher token = TOKEN.matcher(mail.text());
        assertTrue(token.find(), mail.text());
        HttpResponse<String> confirmed = postJson("/api/praise/confirm", "{\"token\":\"" + token.group(1) + "\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());

        JsonNode card = Replies.JSON.readTree(get("/api/participants/arejais-veikals").body());
        assertEquals(1, card.get("confirmedPraiseCount").asLong());
        assertEquals("1", database.getItem(r -> r.tableName(server.tableName()).key(Map.of(
                        "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("CAMPAIGN#" + server.day().getYear()),
                        "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("PARTICIPANT#arejais-veikals"))))
                .item().get("confirmedPraiseCount").n(), "written at the external endpoint");

        if (server.twin().isEmpty()) {
            return;
        }
        TwinReport report = server.twin().orElseThrow().report();
        TwinReport.Row confirm = report.row("POST /api/praise/confirm", "TransactWriteItems")
                .orElseThrow(() -> new AssertionError("no confirmation counted for its route:\n" + report.markdown()));
        assertEquals(1, confirm.requests(), "the confirmation's transaction, counted for its route");
        assertTrue(confirm.writeUnits() >= 6, "three items, twice each in a transaction: " + confirm);
        assertTrue(report.row("POST /api/praise", "PutItem").isPresent(), report.markdown());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postJson(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
