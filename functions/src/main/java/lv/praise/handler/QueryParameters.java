package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.RefusedException;

/** Reading a request's query string, where an empty value counts as not given. */
final class QueryParameters {
    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters of(APIGatewayV2HTTPEvent event) {
        return new QueryParameters(event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters());
    }

    /** Refuses a parameter the route does not read, naming it (cut to 64 characters, as body fields are). */
    static void requireOnly(APIGatewayV2HTTPEvent event, Set<String> known) {
        if (event.getQueryStringParameters() == null) {
            return;
        }
        for (String name : event.getQueryStringParameters().keySet()) {
            if (!known.contains(name)) {
                String field = name == null || name.isBlank() ? "query" : name.length() > 64 ? name.substring(0, 64) : name;
                throw RefusedException.invalid(field, "unknown query parameter");
            }
        }
    }

    String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    Integer wholeNumber(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw RefusedException.invalid(name, name + " must be a whole number");
        }
    }
}
