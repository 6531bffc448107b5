package lv.praise.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lv.praise.testkit.SamTemplate;

/**
 * The HTTP API's route table, as API Gateway matches it: a method and a path template per route,
 * where {@code {name}} is one path segment and {@code {name+}} the rest of the path; a literal
 * segment wins over a parameter, an exact method over {@code ANY}.
 */
final class ApiRoutes {
    /** Lambda's limits of a function; the template's Globals are not read here (SamTemplate hides them). */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    static final int DEFAULT_MEMORY_MB = 1024;

    record Function(String logicalId, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                    Duration timeout, int memoryMb) {
    }

    /** @param authorizer the authorizer API Gateway runs before the function; null when none */
    record Route(String method, String path, Function function, String authorizer) {
        Route(String method, String path, Function function) {
            this(method, path, function, null);
        }

        String routeKey() {
            return method + " " + path;
        }
    }

    sealed interface Match permits Found, NotFound, WrongMethod {
    }

    record Found(Route route, Map<String, String> pathParameters) implements Match {
    }

    record NotFound() implements Match {
    }

    record WrongMethod(List<String> allowed) implements Match {
    }

    private final List<Route> routes;

    ApiRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /**
     * Every HttpApi route of every function in the template, each served by its function's handler
     * behind the authorizer its event names. Functions without an HttpApi event (a schedule, say)
     * have no route here.
     */
    static ApiRoutes fromTemplate(SamTemplate template) {
        List<Route> routes = new ArrayList<>();
        for (SamTemplate.Function f : template.functions()) {
            if (f.routes().isEmpty()) {
                continue;
            }
            Map<String, Object> properties = template.properties(f.logicalId());
            Duration timeout = properties.get("Timeout") instanceof Number n
                    ? Duration.ofSeconds(n.longValue()) : DEFAULT_TIMEOUT;
            int memory = properties.get("MemorySize") instanceof Number n ? n.intValue() : DEFAULT_MEMORY_MB;
            Function function = new Function(f.logicalId(), Handlers.instantiate(f.logicalId(), f.handlerClass()),
                    timeout, memory);
            for (SamTemplate.Route r : f.routes()) {
                routes.add(new Route(r.method(), r.path(), function, r.authorizer()));
            }
        }
        return new ApiRoutes(routes);
    }

    List<Route> routes() {
        return routes;
    }

    /** Matches a request; {@code rawPath} is the path as sent (percent-encoded). */
    Match match(String method, String rawPath) {
        String[] segments = split(rawPath);
        Found best = null;
        int bestScore = -1;
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> parameters = matchPath(split(route.path()), segments);
            if (parameters == null) {
                continue;
            }
            allowed.add(route.method());
            boolean anyMethod = route.method().equals("ANY");
            if (!anyMethod && !route.method().equals(method)) {
                continue;
            }
            int score = literalCount(route.path()) * 2 + (anyMethod ? 0 : 1);
            if (score > bestScore) {
                best = new Found(route, parameters);
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        return allowed.isEmpty() ? new NotFound() : new WrongMethod(List.copyOf(allowed));
    }

    private static Map<String, String> matchPath(String[] template, String[] path) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("+}")) {
                if (i >= path.length) {
                    return null;
                }
                String[] rest = Arrays.copyOfRange(path, i, path.length);
                String[] decoded = Arrays.stream(rest).map(Percent::decodePath).toArray(String[]::new);
                parameters.put(t.substring(1, t.length() - 2), String.join("/", decoded));
                return parameters;
            }
            if (i >= path.length) {
                return null;
            }
            String segment = Percent.decodePath(path[i]);
            if (t.startsWith("{") && t.endsWith("}")) {
                if (path[i].isEmpty()) {
                    return null;
                }
                parameters.put(t.substring(1, t.length() - 1), segment);
            } else if (!t.equals(segment)) {
                return null;
            }
        }
        return template.length == path.length ? parameters : null;
    }

    private static int literalCount(String pathTemplate) {
        return (int) Arrays.stream(split(pathTemplate)).filter(s -> !s.startsWith("{")).count();
    }

    /** "/a/b" → [a, b]; "/a/b/" → [a, b, ""] (a trailing slash is another path, as in API Gateway). */
    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.split("/", -1);
    }
}
