package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import lv.praise.testkit.Events;
import org.junit.jupiter.params.ParameterizedTest;

class ConsoleConfigHandlerTest {
    private static final String DOMAIN = "https://praise-organisers-123456789012.auth.eu-north-1.amazoncognito.com";

    private static JsonNode answer(APIGatewayV2HTTPEvent event, Map<String, String> settings) {
        var handler = new ConsoleConfigHandler(name -> Optional.ofNullable(settings.get(name)).filter(v -> !v.isBlank()));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("Content-Type"));
        return Events.body(response);
    }

    @ParameterizedTest
    @Event(value = "../events/get-console-config.json", type = APIGatewayV2HTTPEvent.class)
    void inAwsTheConsoleGetsTheHostedUiDomainAndTheAppClient(APIGatewayV2HTTPEvent event) {
        JsonNode body = answer(event, Map.of("COGNITO_DOMAIN", DOMAIN, "COGNITO_CLIENT_ID", "3n4b5urk1ft4fl3mg5e62d9ado",
                "SITE_URL", "https://praise.example.lv"));
        assertEquals("cognito", body.path("auth").asText());
        assertEquals(DOMAIN, body.path("domain").asText());
        assertEquals("3n4b5urk1ft4fl3mg5e62d9ado", body.path("clientId").asText());
        assertEquals(4, body.size(), "nothing else: " + body);
        assertTrue(body.path("participants").isNull(), "no participants' pool configured: " + body);
    }

    @ParameterizedTest
    @Event(value = "../events/get-console-config.json", type = APIGatewayV2HTTPEvent.class)
    void theParticipantsPageGetsItsPoolsEndpointAndClient(APIGatewayV2HTTPEvent event) {
        JsonNode body = answer(event, Map.of("COGNITO_DOMAIN", DOMAIN, "COGNITO_CLIENT_ID", "3n4b5urk1ft4fl3mg5e62d9ado",
                "SITE_URL", "https://praise.example.lv",
                "PARTICIPANT_SIGNIN_ENDPOINT", "https://cognito-idp.eu-north-1.amazonaws.com/",
                "PARTICIPANT_CLIENT_ID", "5abcdefghijklmnopqrstuvwx1"));
        assertEquals("{\"endpoint\":\"https://cognito-idp.eu-north-1.amazonaws.com/\",\"clientId\":\"5abcdefghijklmnopqrstuvwx1\"}",
                body.path("participants").toString());
        // The local run: its twin on the site's own origin (a local-only setting, never read inside Lambda).
        JsonNode local = answer(event, Map.of("COGNITO_SIGNIN_PATH", "/_local/cognito/",
                "PARTICIPANT_SIGNIN_ENDPOINT", "https://cognito-idp.eu-north-1.amazonaws.com/",
                "PARTICIPANT_CLIENT_ID", "praiselocalparticipants"));
        assertEquals("/_local/cognito/", local.path("participants").path("endpoint").asText());
        // Anything else is no endpoint: the page must never be sent to another host.
        for (String endpoint : java.util.List.of("https://evil.example/", "http://cognito-idp.eu-north-1.amazonaws.com/",
                "https://cognito-idp.${AWS::Region}.amazonaws.com/")) {
            JsonNode refused = answer(event, Map.of("PARTICIPANT_SIGNIN_ENDPOINT", endpoint, "PARTICIPANT_CLIENT_ID", "abc"));
            assertTrue(refused.path("participants").isNull(), endpoint);
        }
    }

    @ParameterizedTest
    @Event(value = "../events/get-console-config.json", type = APIGatewayV2HTTPEvent.class)
    void withoutRealValuesItIsTheLocalRun(APIGatewayV2HTTPEvent event) {
        for (Map<String, String> settings : java.util.List.of(
                Map.<String, String>of(),                                          // absent
                Map.of("COGNITO_DOMAIN", "", "COGNITO_CLIENT_ID", ""),             // the local run's blanks
                Map.of("COGNITO_DOMAIN", DOMAIN),                                  // half of it
                Map.of("COGNITO_DOMAIN", "https://${OrganiserPoolDomain}.auth.eu-north-1.amazoncognito.com",
                        "COGNITO_CLIENT_ID", "OrganiserPoolClient-x"),             // unresolved
                Map.of("COGNITO_DOMAIN", "http://example.com", "COGNITO_CLIENT_ID", "abc"))) { // not https
            JsonNode body = answer(event, settings);
            assertEquals("local", body.path("auth").asText(), settings.toString());
            assertFalse(body.has("domain"), body.toString());
            assertFalse(body.has("clientId"), body.toString());
        }
    }
}
