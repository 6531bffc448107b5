package lv.praise.local;

import lv.praise.testkit.twin.DynamoTwin;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Names the route a function is serving (or the scheduled function running) on every DynamoDB call it
 * makes, in the header the twin counts capacity and conflicts by. The functions' one DynamoDB client is
 * built by {@code Wiring} and knows nothing of routes; the local gateway knows which route it invokes on
 * which thread. The SDK loads this interceptor for every client from the global interceptor file in this
 * module's resources – the Lambda jar has no such file, so nothing of it runs in AWS.
 *
 * <p>The route is inherited by threads a function starts while serving it (the recalculation's parallel
 * Scan, the snapshot's writers), so their calls are counted for the route too.
 */
public final class RouteTag implements ExecutionInterceptor {
    private static final InheritableThreadLocal<String> ROUTE = new InheritableThreadLocal<>();

    /** Until closed, this thread's (and its new threads') DynamoDB calls are counted for the route. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Counts the DynamoDB calls made until {@link Scope#close()} for {@code route} ("POST /api/praise", "schedule X"). */
    public static Scope open(String route) {
        String outer = ROUTE.get();
        ROUTE.set(route);
        RetryTag.forget();
        return () -> {
            if (outer == null) {
                ROUTE.remove();
            } else {
                ROUTE.set(outer);
            }
        };
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        String route = ROUTE.get();
        // The SDK names the service "DynamoDb"; SES's calls (none locally: the outbox) are left alone.
        if (route == null || !"DynamoDb".equalsIgnoreCase(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder().putHeader(DynamoTwin.ROUTE_HEADER, route).build();
    }
}
