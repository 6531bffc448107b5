package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.domain.ParticipantDirectory;
import lv.praise.domain.SearchParticipants;
import lv.praise.testkit.Events;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * GET /api/participants as wired in AWS, on DynamoDB Local, with every request the client sends counted
 * at the SDK wire: the first search of a function instance reads the participants; repeating it, or
 * typing on, reads nothing from DynamoDB until the list is refreshed.
 */
class SearchCacheIT {
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger itemsRead = new AtomicInteger();

    @Test
    void anUnchangedRepeatedSearchReadsNoParticipantItems() {
        LocalDynamoDb dynamo = LocalDynamoDb.shared();
        String table = dynamo.createFreshTable(SamTemplate.load(), "PraiseTable");
        DynamoParticipantStore setUp = new DynamoParticipantStore(dynamo.client(), table);
        setUp.save(LIBRARY);
        setUp.save(BAKERY);
        DynamoDbClient counted = dynamo.client(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                calls.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new AtomicInteger())
                        .incrementAndGet();
                if (context.response() instanceof QueryResponse q) {
                    itemsRead.addAndGet(q.count());
                }
            }
        }));
        SearchParticipantsHandler handler = new SearchParticipantsHandler(new SearchParticipants(YEAR,
                new DynamoParticipantStore(counted, table), Clock.systemUTC(), ParticipantDirectory.DEFAULT_REFRESH));

        assertEquals(List.of(LIBRARY.id()), ids(handler.handleRequest(search("preilu"), null)));
        assertEquals(Map.of("Query", 1), snapshot());
        assertEquals(2, itemsRead.get(), "the first search reads the campaign's participants once");

        calls.clear();
        itemsRead.set(0);
        for (String typed : new String[] {"preilu", "preilu", "p", "pr", "rudzu", ""}) {
            handler.handleRequest(search(typed), null);
        }
        assertEquals(List.of(BAKERY.id()), ids(handler.handleRequest(search("Rudzupuķe"), null)));
        assertEquals(Map.of(), snapshot(), "no DynamoDB request while the list is fresh");
        assertEquals(0, itemsRead.get());
    }

    private Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        calls.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    private static APIGatewayV2HTTPEvent search(String q) {
        APIGatewayV2HTTPEvent event = Events.load("search-participants.json");
        event.setQueryStringParameters(Map.of("q", q));
        return event;
    }

    private static List<String> ids(APIGatewayV2HTTPResponse response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Events.body(response).path("participants").findValuesAsText("id");
    }
}
