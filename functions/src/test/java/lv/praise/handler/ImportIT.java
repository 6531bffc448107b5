package lv.praise.handler;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Participant;
import lv.praise.domain.imports.EvaluationImport;
import lv.praise.domain.imports.ParticipantImport;
import lv.praise.testkit.Events;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The import handlers over DynamoDB Local, on a table created from template.yaml. */
class ImportIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private String table;
    private DynamoParticipantStore participants;
    private DynamoEvaluationStore evaluations;
    private ImportParticipantsHandler participantsHandler;
    private ImportEvaluationsHandler evaluationsHandler;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        participants = new DynamoParticipantStore(dynamo, table);
        evaluations = new DynamoEvaluationStore(dynamo, table);
        participantsHandler = new ImportParticipantsHandler(
                new ParticipantImport(YEAR, new DynamoCampaignStore(dynamo, table), participants));
        evaluationsHandler = new ImportEvaluationsHandler(new EvaluationImport(YEAR, participants, evaluations));
    }

    @Test
    void importingTheParticipantsTwiceLeavesTheSameStateAndTheCountersAlone() {
        JsonNode first = report(participantsHandler, Events.load("import-participants.json"), 200);
        assertEquals(3, first.path("created").asInt());
        addPraise("maiznica-rudzupuke", 5);
        List<Participant> before = sorted(participants.all(YEAR));
        assertEquals(5, before.stream().filter(p -> p.id().equals("maiznica-rudzupuke")).findFirst().orElseThrow()
                .confirmedPraiseCount());

        JsonNode second = report(participantsHandler, Events.load("import-participants.json"), 200);

        assertEquals(0, second.path("created").asInt());
        assertEquals(0, second.path("updated").asInt());
        assertEquals(3, second.path("unchanged").asInt());
        assertEquals(before, sorted(participants.all(YEAR)), "same items, the praise counter included");

        APIGatewayV2HTTPEvent changed = Events.load("import-participants.json");
        changed.setBody(changed.getBody().replace("maize@rudzupuke.example.lv", "pasutijumi@rudzupuke.example.lv"));
        JsonNode third = report(participantsHandler, changed, 200);
        assertEquals(1, third.path("updated").asInt());
        Participant bakery = participants.find(YEAR, "maiznica-rudzupuke").orElseThrow();
        assertEquals("pasutijumi@rudzupuke.example.lv", bakery.contactEmail());
        assertEquals(5, bakery.confirmedPraiseCount(), "an update keeps the praise counter");
    }

    @Test
    void importingTheEvaluationsTwiceLeavesTheSameItems() {
        report(participantsHandler, Events.load("import-participants.json"), 200);

        JsonNode first = report(evaluationsHandler, Events.load("import-evaluations.json"), 200);
        assertEquals(4, first.path("created").asInt());
        List<Evaluation> before = evaluations.all(YEAR);
        assertEquals(4, before.size());
        assertEquals(4, evaluationItems());

        JsonNode second = report(evaluationsHandler, Events.load("import-evaluations.json"), 200);

        assertEquals(4, second.path("unchanged").asInt());
        assertEquals(4, evaluationItems(), "the same item count");
        assertEquals(new HashSet<>(before), new HashSet<>(evaluations.all(YEAR)));
        assertEquals(3, participants.all(YEAR).size(), "evaluations are not listed as participants");
    }

    @Test
    void aThousandParticipantsImportAndReimportIdempotently() {
        StringBuilder csv = new StringBuilder("name,registration_number,category,industry,size_class,contact_email,branches\n");
        String[] categories = {"B2C", "B2B", "STATE", "E_SERVICE"};
        String[] industries = {"TRANSPORT", "TRADE", "TELECOM", "RESTAURANTS", "FINANCE", "EDUCATION"};
        for (int i = 1; i <= 1000; i++) {
            // Every tenth name repeats an earlier one, so ids need their -2 suffixes.
            String name = i % 10 == 0 ? "Līdzīgs Uzņēmums" : "Uzņēmums Nr. " + i;
            csv.append('"').append(name).append("\",").append(40000000000L + i).append(',')
                    .append(categories[i % 4]).append(',').append(industries[i % 6]).append(",SMALL,")
                    .append("info").append(i).append("@example.lv,\"Rīga;Cēsis\"\n");
        }
        APIGatewayV2HTTPEvent event = Events.load("import-participants.json");
        event.setBody(csv.toString());

        long started = System.nanoTime();
        JsonNode first = report(participantsHandler, event, 200);
        long firstMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1000, first.path("created").asInt());
        List<Participant> stored = sorted(participants.all(YEAR));
        assertEquals(1000, stored.size());
        Set<String> ids = new HashSet<>();
        stored.forEach(p -> ids.add(p.id()));
        assertEquals(1000, ids.size());
        assertTrue(ids.contains("lidzigs-uznemums-100"), "the hundredth same name");

        started = System.nanoTime();
        JsonNode second = report(participantsHandler, event, 200);
        long secondMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1000, second.path("unchanged").asInt());
        assertEquals(0, second.path("created").asInt() + second.path("updated").asInt());
        assertEquals(stored, sorted(participants.all(YEAR)));
        System.out.printf("1000 participants: first import %d ms, re-import %d ms%n", firstMs, secondMs);
    }

    private static JsonNode report(AdminHandler handler, APIGatewayV2HTTPEvent event, int status) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(status, response.getStatusCode(), response.getBody());
        return Events.body(response);
    }

    /** What a confirmation does to the counter (pattern 8 of docs/data-model.md), without the praise. */
    private void addPraise(String participantId, int n) {
        dynamo.updateItem(r -> r.tableName(table)
                .key(Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                        "SK", AttributeValue.fromS("PARTICIPANT#" + participantId)))
                .updateExpression("ADD confirmedPraiseCount :n")
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(n)))));
    }

    private int evaluationItems() {
        return dynamo.query(r -> r.tableName(table)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                        ":prefix", AttributeValue.fromS("EVALUATION#")))
                .select("COUNT")).count();
    }

    private static List<Participant> sorted(List<Participant> list) {
        return list.stream().sorted(Comparator.comparing(Participant::id)).toList();
    }
}
