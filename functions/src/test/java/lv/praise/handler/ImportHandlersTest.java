package lv.praise.handler;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.imports.EvaluationImport;
import lv.praise.domain.imports.ParticipantImport;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryEvaluations;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ImportHandlersTest {
    private static final String PARTICIPANTS = "import-participants.json";
    private static final String EVALUATIONS = "import-evaluations.json";

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    private final ImportParticipantsHandler participantsHandler =
            new ImportParticipantsHandler(new ParticipantImport(YEAR, store, store));
    private final ImportEvaluationsHandler evaluationsHandler =
            new ImportEvaluationsHandler(new EvaluationImport(YEAR, store, evaluations));

    @ParameterizedTest
    @Event(value = "../events/import-participants.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleParticipantFileIsImportedWithAReport(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("Content-Type"));
        JsonNode report = Events.body(response);
        assertFalse(report.path("dryRun").asBoolean());
        assertTrue(report.path("imported").asBoolean());
        assertEquals(3, report.path("rows").asInt());
        assertEquals(3, report.path("created").asInt());
        assertEquals(0, report.path("updated").asInt());
        assertEquals(0, report.path("unchanged").asInt());
        assertEquals(0, report.path("rejected").size());
        assertTrue(report.path("error").isMissingNode());
        assertEquals("Maiznīca \"Rudzupuķe\"", store.find(YEAR, "maiznica-rudzupuke").orElseThrow().name());
        assertEquals("RESTAURANTS", store.find(YEAR, "maiznica-rudzupuke").orElseThrow().industry());

        JsonNode again = Events.body(participantsHandler.handleRequest(Events.load(PARTICIPANTS), null));
        assertEquals(3, again.path("unchanged").asInt(), "the same file again changes nothing");
        assertEquals(0, again.path("created").asInt() + again.path("updated").asInt());
    }

    @ParameterizedTest
    @Event(value = "../events/import-evaluations.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleEvaluationFileIsImportedWithAReport(APIGatewayV2HTTPEvent event) {
        participantsHandler.handleRequest(Events.load(PARTICIPANTS), null);

        APIGatewayV2HTTPResponse response = evaluationsHandler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode report = Events.body(response);
        assertTrue(report.path("imported").asBoolean());
        assertEquals(4, report.path("created").asInt());
        assertEquals(4, evaluations.all(YEAR).size());
        assertTrue(evaluations.all(YEAR).stream().anyMatch(e -> e.participantId().equals("atrie-kurjeri")
                && e.channel().equals("web") && e.score() == 81));
    }

    @Test
    void withoutClaimsIs401() {
        APIGatewayV2HTTPEvent event = Events.load(PARTICIPANTS);
        event.getRequestContext().setAuthorizer(null);
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(event, null);
        assertEquals(401, response.getStatusCode());
        assertEquals("unauthorized", Events.body(response).path("error").path("code").asText());
        assertTrue(store.all(YEAR).isEmpty());
    }

    @Test
    void withoutTheOrganiserGroupIs403() {
        for (String handler : new String[] {PARTICIPANTS, EVALUATIONS}) {
            APIGatewayV2HTTPEvent event = Events.load(handler);
            Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
            claims.put("cognito:groups", "[judges]");
            event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
            APIGatewayV2HTTPResponse response = handler.equals(PARTICIPANTS)
                    ? participantsHandler.handleRequest(event, null) : evaluationsHandler.handleRequest(event, null);
            assertEquals(403, response.getStatusCode());
            assertEquals("forbidden", Events.body(response).path("error").path("code").asText());
        }
        assertTrue(store.all(YEAR).isEmpty());
        assertEquals(0, evaluations.written());
    }

    @Test
    void aBodyThatIsNotCsvIs415() {
        for (String type : new String[] {"application/json", "text/plain", "text/csv; charset=windows-1257"}) {
            APIGatewayV2HTTPEvent event = Events.load(PARTICIPANTS);
            event.getHeaders().put("content-type", type);
            APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(event, null);
            assertEquals(415, response.getStatusCode(), type);
            assertEquals("unsupported_media_type", Events.body(response).path("error").path("code").asText());
        }
        APIGatewayV2HTTPEvent none = Events.load(EVALUATIONS);
        none.getHeaders().remove("content-type");
        assertEquals(415, evaluationsHandler.handleRequest(none, null).getStatusCode());
    }

    @Test
    void aFileOverFiveMegabytesIs413() {
        String header = "name,registration_number,category,industry,size_class,contact_email,branches\n";
        String big = header + "x".repeat(5 * 1024 * 1024 - header.length() + 1);
        APIGatewayV2HTTPEvent text = Events.load(PARTICIPANTS);
        text.setBody(big);
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(text, null);
        assertEquals(413, response.getStatusCode());
        assertEquals("too_large", Events.body(response).path("error").path("code").asText());

        APIGatewayV2HTTPEvent encoded = Events.load(PARTICIPANTS);
        encoded.getHeaders().put("content-type", "application/csv");
        encoded.setIsBase64Encoded(true);
        encoded.setBody(Base64.getEncoder().encodeToString(big.getBytes(StandardCharsets.UTF_8)));
        assertEquals(413, participantsHandler.handleRequest(encoded, null).getStatusCode());

        APIGatewayV2HTTPEvent multibyte = Events.load(PARTICIPANTS);
        multibyte.setBody(header + "ā".repeat(3 * 1024 * 1024)); // 3 M characters, 6 MB
        assertEquals(413, participantsHandler.handleRequest(multibyte, null).getStatusCode());
        assertTrue(store.all(YEAR).isEmpty());
    }

    @Test
    void aBase64BodyIsDecoded() {
        APIGatewayV2HTTPEvent event = Events.load(PARTICIPANTS);
        String csv = "\uFEFF" + event.getBody();
        event.getHeaders().put("content-type", "application/csv");
        event.setIsBase64Encoded(true);
        event.setBody(Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)));
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(3, store.all(YEAR).size());
    }

    @Test
    void aFileThatIsNotUtf8Is400NamingTheBody() {
        APIGatewayV2HTTPEvent event = Events.load(PARTICIPANTS);
        // "Résumé" saved in a Western code page: é is the single byte 0xE9, which is no UTF-8.
        byte[] windows = ("name,registration_number,category,industry,size_class,contact_email,branches\n"
                + "R\u00e9sum\u00e9,1,B2C,TRADE,SMALL,,\n").getBytes(StandardCharsets.ISO_8859_1);
        event.setIsBase64Encoded(true);
        event.setBody(Base64.getEncoder().encodeToString(windows));
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(event, null);
        assertEquals(400, response.getStatusCode());
        JsonNode error = Events.body(response).path("error");
        assertEquals("invalid", error.path("code").asText());
        assertEquals("body", error.path("field").asText());
        assertTrue(error.path("message").asText().contains("UTF-8"));
    }

    @Test
    void rejectedRowsAre422WithTheReportAndNothingIsImported() {
        APIGatewayV2HTTPEvent event = Events.load(PARTICIPANTS);
        event.setBody(event.getBody() + "Nezināms,40100000001,KOSMOSS,TRADE,SMALL,,\r\n");
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(event, null);

        assertEquals(422, response.getStatusCode(), response.getBody());
        JsonNode body = Events.body(response);
        assertFalse(body.path("imported").asBoolean());
        assertEquals(4, body.path("rows").asInt());
        assertEquals(3, body.path("created").asInt(), "what the valid rows would do");
        assertEquals(1, body.path("rejectedRows").asInt());
        JsonNode rejection = body.path("rejected").get(0);
        assertEquals(5, rejection.path("line").asInt());
        assertEquals("category", rejection.path("field").asText());
        assertEquals("unknown category 'KOSMOSS'", rejection.path("reason").asText(), "the English sentence, for programs");
        assertEquals("unknown_term", rejection.path("code").asText(), "the code the console translates");
        assertEquals("KOSMOSS", rejection.path("params").path("value").asText());
        assertEquals("rejected_rows", body.path("error").path("code").asText());
        assertEquals("body", body.path("error").path("field").asText());
        assertTrue(store.all(YEAR).isEmpty());
    }

    @Test
    void importValidImportsTheValidRowsAndDryRunNothing() {
        APIGatewayV2HTTPEvent dry = Events.load(PARTICIPANTS);
        dry.setQueryStringParameters(Map.of("dryRun", "true"));
        JsonNode dryReport = Events.body(participantsHandler.handleRequest(dry, null));
        assertTrue(dryReport.path("dryRun").asBoolean());
        assertFalse(dryReport.path("imported").asBoolean());
        assertEquals(3, dryReport.path("created").asInt());
        assertTrue(store.all(YEAR).isEmpty());

        APIGatewayV2HTTPEvent event = Events.load(PARTICIPANTS);
        event.setBody(event.getBody() + "Nezināms,40100000001,KOSMOSS,TRADE,SMALL,,\r\n");
        event.setQueryStringParameters(Map.of("importValid", "true"));
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        JsonNode report = Events.body(response);
        assertTrue(report.path("imported").asBoolean());
        assertEquals(1, report.path("rejected").size());
        assertEquals(3, store.all(YEAR).size());
    }

    @Test
    void aFlagThatIsNotTrueOrFalseIs400NamingIt() {
        APIGatewayV2HTTPEvent event = Events.load(PARTICIPANTS);
        event.setQueryStringParameters(Map.of("dryRun", "yes"));
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(event, null);
        assertEquals(400, response.getStatusCode());
        assertEquals("dryRun", Events.body(response).path("error").path("field").asText());
    }

    @Test
    void aMissingColumnIs400NamingIt() {
        APIGatewayV2HTTPEvent event = Events.load(EVALUATIONS);
        event.setBody("registration_number,date,evaluator,score\n90000012345,2027-03-10,Anna,88\n");
        APIGatewayV2HTTPResponse response = evaluationsHandler.handleRequest(event, null);
        assertEquals(400, response.getStatusCode());
        assertEquals("channel", Events.body(response).path("error").path("field").asText());
    }

    @Test
    void semicolonsAndAnOpenQuoteAre400NamingTheBody() {
        APIGatewayV2HTTPEvent semicolons = Events.load(PARTICIPANTS);
        semicolons.setBody(semicolons.getBody().replace(',', ';'));
        JsonNode error = Events.body(participantsHandler.handleRequest(semicolons, null)).path("error");
        assertEquals("body", error.path("field").asText());
        assertTrue(error.path("message").asText().contains("use commas"));

        APIGatewayV2HTTPEvent open = Events.load(PARTICIPANTS);
        open.setBody(open.getBody() + "\"Nepabeigts,1,B2C,TRADE,SMALL,,\n");
        APIGatewayV2HTTPResponse response = participantsHandler.handleRequest(open, null);
        assertEquals(400, response.getStatusCode());
        assertTrue(Events.body(response).path("error").path("message").asText().startsWith("line 5:"));
        assertTrue(store.all(YEAR).isEmpty());
    }

    @Test
    void anEvaluationOfAnUnknownParticipantIsRejected() {
        APIGatewayV2HTTPResponse response = evaluationsHandler.handleRequest(Events.load(EVALUATIONS), null);
        assertEquals(422, response.getStatusCode());
        JsonNode body = Events.body(response);
        assertEquals(4, body.path("rejectedRows").asInt());
        assertTrue(body.path("rejected").get(0).path("reason").asText().startsWith("unknown participant"));
        assertEquals(List.of(), evaluations.all(YEAR));
    }
}
