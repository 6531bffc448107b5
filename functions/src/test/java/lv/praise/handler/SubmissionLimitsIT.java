package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.adapter.DynamoSubmissionLimits;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.intake.LimitPolicy;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.RecordingMailer;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The submission counters on DynamoDB Local, through the real handler and adapters. */
class SubmissionLimitsIT {
    private static final int SENDERS = 40;
    private static final int PER_ADDRESS = 15;
    private static final String SOURCE_IP = "192.0.2.10";

    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
    private final KeyedHasher hasher = new KeyedHasher(EMAIL_KEY);
    private final SamTemplate template = SamTemplate.load();
    private String table;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(template, "PraiseTable");
        new DynamoParticipantStore(dynamo, table).save(LIBRARY);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private SubmitPraiseHandler handler(String countersTable) {
        return new SubmitPraiseHandler(new SubmitPraise(YEAR, new DynamoPraiseStore(dynamo, table), mailer, hasher,
                SITE, Fixtures.clockAt(DURING_WINDOW), LimitPolicy.of(PER_ADDRESS, 5, 60),
                new DynamoSubmissionLimits(dynamo, countersTable)));
    }

    private static APIGatewayV2HTTPEvent praise(int i) {
        APIGatewayV2HTTPEvent event = Events.withBody("submit-praise.json", b -> b.put("email", "sender" + i + "@example.lv"));
        return Events.fromViewer(event, SOURCE_IP);
    }

    @Test
    void concurrentSubmissionsFromOneAddressAcceptExactlyTheLimit() throws Exception {
        SubmitPraiseHandler handler = handler(table);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<APIGatewayV2HTTPResponse>> answers = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return handler.handleRequest(praise(n), null);
            }));
        }
        start.countDown();
        List<APIGatewayV2HTTPResponse> responses = new ArrayList<>();
        for (Future<APIGatewayV2HTTPResponse> answer : answers) {
            responses.add(answer.get());
        }
        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(APIGatewayV2HTTPResponse::getStatusCode, Collectors.counting()));
        assertEquals(Map.of(202, (long) PER_ADDRESS, 429, (long) (SENDERS - PER_ADDRESS)), byStatus);
        for (APIGatewayV2HTTPResponse r : responses) {
            if (r.getStatusCode() == 429) {
                assertEquals("3600", r.getHeaders().get("Retry-After"), "the hour from 10:00 to 11:00");
                assertEquals("address", Events.body(r).path("error").path("field").asText());
            }
        }

        List<Map<String, AttributeValue>> items = scan();
        assertEquals(PER_ADDRESS, items.stream().filter(i -> "PRAISE".equals(s(i, "type"))).count());
        assertEquals(PER_ADDRESS, mailer.sent().size());

        long windowEnd = DURING_WINDOW.plusSeconds(3600).getEpochSecond();
        String ttl = String.valueOf(((Map<?, ?>) template.properties("PraiseTable").get("TimeToLiveSpecification"))
                .get("AttributeName"));
        List<Map<String, AttributeValue>> counters = items.stream().filter(i -> "LIMIT".equals(s(i, "type"))).toList();
        assertEquals(1 + PER_ADDRESS, counters.size(), "one address counter and one per accepted e-mail");
        Map<String, AttributeValue> address = counters.stream()
                .filter(i -> s(i, "PK").equals("LIMIT#address#" + hasher.hashIpAddress(SOURCE_IP))).findFirst().orElseThrow();
        assertEquals("WINDOW#" + DURING_WINDOW.getEpochSecond(), s(address, "SK"));
        assertEquals(String.valueOf(PER_ADDRESS), address.get("count").n(), "never above the limit");
        for (Map<String, AttributeValue> counter : counters) {
            assertEquals(String.valueOf(windowEnd), counter.get(ttl).n(), "expires by TTL (" + ttl + ") at the window's end");
            String key = s(counter, "PK") + s(counter, "SK") + counter;
            assertFalse(key.contains(SOURCE_IP) || key.contains("@example.lv"), "no raw address is stored: " + key);
        }
        assertEquals(PER_ADDRESS, counters.stream().filter(i -> s(i, "PK").startsWith("LIMIT#email#"))
                .filter(i -> i.get("count").n().equals("1")).count());
    }

    @Test
    void refusedRequestsWriteNothing() {
        SubmitPraiseHandler handler = handler(table);
        List<Map<String, AttributeValue>> before = scan();
        for (int i = 0; i < 30; i++) {
            int n = i;
            APIGatewayV2HTTPEvent bad = Events.withBody("submit-praise.json", b -> {
                if (n % 2 == 0) {
                    b.put("participantId", "nobody");
                } else {
                    b.put("stars", 0);
                }
            });
            int status = handler.handleRequest(bad, null).getStatusCode();
            assertTrue(status == 404 || status == 400, "status " + status);
        }
        assertEquals(before, scan(), "malformed and unknown-participant requests leave the table as it was");
    }

    @Test
    void aFailingCounterWriteIsA500AndNoPraise() {
        APIGatewayV2HTTPResponse response = handler("no-such-counter-table").handleRequest(praise(1), null);
        assertEquals(500, response.getStatusCode(), response.getBody());
        assertEquals("internal", Events.body(response).path("error").path("code").asText());
        assertFalse(response.getBody().contains("ResourceNotFound"));
        assertTrue(scan().stream().noneMatch(i -> "PRAISE".equals(s(i, "type"))));
        assertTrue(mailer.sent().isEmpty());
    }

    private List<Map<String, AttributeValue>> scan() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items().forEach(items::add);
        return items;
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? "" : value.s();
    }
}
