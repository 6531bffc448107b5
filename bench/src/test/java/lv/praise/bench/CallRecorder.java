package lv.praise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Records every DynamoDB call a client makes: operation, HTTP body size and, for the calls of
 * the praise path, their shape. Used once, on a separate client, to check that the bare calls are
 * the very calls the handler makes; the timed runs use a client without it.
 */
final class CallRecorder implements ExecutionInterceptor {

    /** One call: its operation, the bytes of its JSON request body and a description of its shape. */
    record Call(String operation, long bodyBytes, String shape) {
    }

    private final List<Call> calls = new ArrayList<>();

    @Override
    public synchronized void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        long bytes = context.requestBody().flatMap(RequestBody::optionalContentLength).orElse(-1L);
        calls.add(new Call(operation, bytes, shape(context.request())));
    }

    synchronized List<Call> takeCalls() {
        List<Call> taken = List.copyOf(calls);
        calls.clear();
        return taken;
    }

    /** Attribute names and types of a put item, key count of a batch get, condition: what must match. */
    private static String shape(SdkRequest request) {
        if (request instanceof PutItemRequest put) {
            return "item " + types(put.item()) + " if " + put.conditionExpression();
        }
        if (request instanceof UpdateItemRequest update) {
            return "key " + types(update.key()) + " " + update.updateExpression() + " if " + update.conditionExpression()
                    + " names " + new TreeMap<>(update.expressionAttributeNames())
                    + " values " + types(update.expressionAttributeValues());
        }
        if (request instanceof BatchGetItemRequest get) {
            StringBuilder keys = new StringBuilder();
            get.requestItems().values().forEach(k -> k.keys().forEach(key -> keys.append(types(key))));
            return get.requestItems().size() + " table(s), keys " + keys
                    + (get.requestItems().values().stream().anyMatch(k -> Boolean.TRUE.equals(k.consistentRead()))
                    ? " consistent" : "");
        }
        return request.getClass().getSimpleName();
    }

    private static String types(Map<String, AttributeValue> item) {
        Map<String, String> types = new TreeMap<>();
        item.forEach((name, value) -> types.put(name, value.type().toString()));
        return types.toString();
    }
}
