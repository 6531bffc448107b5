package lv.praise.local;

import java.util.List;
import lv.praise.testkit.twin.DynamoTwin;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Marks a function's DynamoDB call that sends again what a conflict refused, so that the twin counts the
 * functions' own retries apart from their first attempts (the load run's "retries"). The functions' one
 * retry helper ({@code Transactions}) knows nothing of the twin; what it does is visible from outside: on
 * the thread that met a conflict, the next call of the same operation is its retry – any other caller
 * lets the conflict end the request. The SDK's own retries happen within one call and are not marked.
 *
 * <p>A conflict is what the helper retries: a transaction cancelled for {@code TransactionConflict} with
 * no failed condition, or a single write answered {@code TransactionConflictException}. {@link RouteTag}
 * forgets a thread's conflict when it starts serving another request, so a request that ended in its
 * conflict cannot make the next one's first call look like a retry. Loaded like {@link RouteTag}, from
 * this module's global interceptor file: nothing of it runs in AWS.
 */
public final class RetryTag implements ExecutionInterceptor {
    /** The operation (request class) whose last call on this thread a conflict refused. */
    private static final ThreadLocal<Class<?>> CONFLICTED = new ThreadLocal<>();
    private static final ExecutionAttribute<Boolean> RETRY = new ExecutionAttribute<>("PraiseRetry");

    /** This thread starts afresh (a new request or scheduled run): nothing before it is retried now. */
    static void forget() {
        CONFLICTED.remove();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!dynamo(attributes)) {
            return;
        }
        SdkRequest request = context.request();
        attributes.putAttribute(RETRY, CONFLICTED.get() == request.getClass());
        CONFLICTED.remove();
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        if (!Boolean.TRUE.equals(attributes.getAttribute(RETRY))) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder().putHeader(DynamoTwin.RETRY_HEADER, "1").build();
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (dynamo(attributes) && conflict(context.exception())) {
            CONFLICTED.set(context.request().getClass());
        }
    }

    private static boolean conflict(Throwable failure) {
        if (failure instanceof TransactionConflictException) {
            return true;
        }
        if (failure instanceof TransactionCanceledException cancelled) {
            List<String> codes = cancelled.cancellationReasons().stream().map(CancellationReason::code).toList();
            return codes.contains("TransactionConflict") && !codes.contains("ConditionalCheckFailed");
        }
        return false;
    }

    private static boolean dynamo(ExecutionAttributes attributes) {
        return "DynamoDb".equalsIgnoreCase(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
    }
}
