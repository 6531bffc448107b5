package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import lv.praise.domain.PraiseException;

/** Reading a request's query string, where an empty value counts as not given. */
final class QueryParameters {
    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters of(APIGatewayV2HTTPEvent event) {
        return new QueryParameters(event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters());
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
            throw PraiseException.invalid(name, name + " must be a whole number");
        }
    }
}
