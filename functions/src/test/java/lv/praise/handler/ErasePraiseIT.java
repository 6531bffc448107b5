package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoErasureStore;
import lv.praise.adapter.DynamoModerationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.erasure.OrganiserErasure;
import lv.praise.domain.moderation.ModerationCounts;
import lv.praise.testkit.Events;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An organiser's erasure by address on DynamoDB Local, through the real adapters and the handler, on a table made
 * from the template (index ByPerson included): the address of the sample event finds the person's praiser slots,
 * every praise of theirs is erased (text and names gone, out of the counts and the review queue), their slots are
 * deleted, and another person's praise is untouched. What DynamoDB Local doesn't model: a GSI's lag behind the
 * table (the adapter reads each slot strongly consistent and skips one already gone).
 */
class ErasePraiseIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final RecordingMailer mailer = new RecordingMailer();
    private final KeyedHasher hasher = new KeyedHasher(EMAIL_KEY);
    private String table;
    private DynamoParticipantStore participants;
    private DynamoModerationStore moderation;
    private SubmitPraise submit;
    private ConfirmPraise confirm;
    private ErasePraiseHandler erase;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        DynamoPraiseStore praises = new DynamoPraiseStore(dynamo, table);
        DynamoCampaignStore campaigns = new DynamoCampaignStore(dynamo, table);
        campaigns.save(Campaign.defaults(YEAR));
        participants = new DynamoParticipantStore(dynamo, table);
        participants.save(LIBRARY);
        participants.save(BAKERY);
        moderation = new DynamoModerationStore(dynamo, table);
        submit = new SubmitPraise(YEAR, praises, mailer, hasher, SITE, clock);
        confirm = new ConfirmPraise(campaigns, praises, clock);
        erase = new ErasePraiseHandler(new OrganiserErasure(YEAR, new DynamoErasureStore(dynamo, table), hasher, clock));
    }

    private String confirmed(String participantId, String email) {
        submit.submit(new PraiseSubmission(participantId, null, "Ilze Kalniņa", 5, List.of("speed"), "Paldies Ilzei!",
                Channel.ONLINE, email, Lang.LV));
        String token = mailer.lastToken();
        confirm.confirm(token);
        return token.substring(0, token.indexOf('.'));
    }

    @Test
    void everyPraiseOfOneMailboxIsErasedWithItsSlotsAndTheCountsFollow() {
        // The sample event's mailbox (anna.berzina@example.lv), written two ways: one person.
        String toLibrary = confirmed(LIBRARY.id(), "Anna.Berzina@example.lv");
        String toBakery = confirmed(BAKERY.id(), "anna.berzina@EXAMPLE.LV");
        String other = confirmed(BAKERY.id(), "juris@example.lv");
        assertEquals(1, count(LIBRARY.id()));
        assertEquals(2, count(BAKERY.id()));
        assertEquals(3, slots().size());

        APIGatewayV2HTTPResponse response = erase.handleRequest(Events.load("erase-praise.json"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode answer = Events.body(response);
        assertEquals(2, answer.path("erased").asInt(), response.getBody());
        assertEquals(0, answer.path("published").asInt());

        for (String id : List.of(toLibrary, toBakery)) {
            Map<String, AttributeValue> item = praiseItem(id);
            assertEquals("ERASED", item.get("status").s());
            assertFalse(item.containsKey("text"), id);
            assertFalse(item.containsKey("employee"), id);
            assertFalse(item.containsKey("moderationKey"), "out of the review queue");
        }
        assertEquals("CONFIRMED", praiseItem(other).get("status").s());
        assertEquals(0, count(LIBRARY.id()));
        assertEquals(1, count(BAKERY.id()));
        assertEquals(new ModerationCounts(1, 0, 0), moderation.counts(YEAR));
        List<Map<String, AttributeValue>> left = slots();
        assertEquals(1, left.size(), "the person's slots are gone, the other's stays");
        assertEquals(other, left.get(0).get("praiseId").s());

        // Asked again (a retry after a time-out): nothing left to find, nothing counted twice.
        APIGatewayV2HTTPResponse again = erase.handleRequest(Events.load("erase-praise.json"), null);
        assertEquals(200, again.getStatusCode(), again.getBody());
        assertEquals(0, Events.body(again).path("erased").asInt());
        assertEquals(1, count(BAKERY.id()));
    }

    @Test
    void aRunThatDiedAfterErasingFinishesWhenAskedAgain() {
        // The praise erased (withdrawn by its link, or a run that died before deleting the slot): the slot still
        // links the address to it; the organiser's erasure deletes it and counts the praise once, as already erased.
        String id = confirmed(LIBRARY.id(), "anna.berzina@example.lv");
        new DynamoErasureStore(dynamo, table).erase(id, lv.praise.domain.Actor.PERSON, clock.instant());
        APIGatewayV2HTTPResponse response = erase.handleRequest(Events.load("erase-praise.json"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(0, Events.body(response).path("erased").asInt());
        assertEquals(1, Events.body(response).path("alreadyErased").asInt());
        assertTrue(slots().isEmpty());
        assertEquals(0, count(LIBRARY.id()));
    }

    private long count(String participantId) {
        return participants.find(YEAR, participantId).orElseThrow().confirmedPraiseCount();
    }

    private Map<String, AttributeValue> praiseItem(String id) {
        return dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(
                "PK", AttributeValue.fromS("PRAISE#" + id), "SK", AttributeValue.fromS("PRAISE")))).item();
    }

    private List<Map<String, AttributeValue>> slots() {
        List<Map<String, AttributeValue>> slots = new ArrayList<>();
        dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true).filterExpression("#type = :praiser")
                        .expressionAttributeNames(Map.of("#type", "type"))
                        .expressionAttributeValues(Map.of(":praiser", AttributeValue.fromS("PRAISER"))))
                .items().forEach(slots::add);
        return slots;
    }
}
