package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoErasureStore;
import lv.praise.adapter.DynamoModerationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.domain.Actor;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.moderation.EnterPraise;
import lv.praise.domain.moderation.PraiseWall;
import lv.praise.domain.moderation.RedactPraise;
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
 * Redaction and the list of entered praise on DynamoDB Local, through the real adapter and the handlers, on a table
 * made from the template: the praise item holds only the redacted text, the audit record beside it the original and
 * the actor; the wall shows the redacted text; erasing the praise deletes the audit record in the same transaction;
 * the entered list is read from its log items, newest first, with the praises' states now.
 */
class RedactionIT {
    private static final String TEXT = "Paldies! Mans tālrunis: 29123456.";

    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final RecordingMailer mailer = new RecordingMailer();
    private String table;
    private SubmitPraise submit;
    private ConfirmPraise confirm;
    private DynamoModerationStore moderation;
    private RedactPraiseHandler redact;
    private GetPraiseWallHandler wall;
    private EnterPraiseHandler enter;
    private ListEnteredPraiseHandler entered;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        DynamoPraiseStore praises = new DynamoPraiseStore(dynamo, table);
        DynamoCampaignStore campaigns = new DynamoCampaignStore(dynamo, table);
        campaigns.save(Campaign.defaults(YEAR));
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        participants.save(LIBRARY);
        moderation = new DynamoModerationStore(dynamo, table);
        submit = new SubmitPraise(YEAR, praises, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock);
        confirm = new ConfirmPraise(campaigns, praises, clock);
        redact = new RedactPraiseHandler(new RedactPraise(YEAR, moderation, campaigns, new lv.praise.domain.HashRetention(30), clock));
        wall = new GetPraiseWallHandler(new PraiseWall(YEAR, campaigns, participants, moderation));
        EnterPraise enterPraise = new EnterPraise(YEAR, campaigns, participants, moderation, clock);
        enter = new EnterPraiseHandler(enterPraise);
        entered = new ListEnteredPraiseHandler(enterPraise);
    }

    private String confirmed(String text) {
        clock.advance(Duration.ofMinutes(1));
        submit.submit(new PraiseSubmission(LIBRARY.id(), null, null, 5, List.of("speed"), text, Channel.ONLINE,
                "anna" + clock.instant().getEpochSecond() + "@example.lv", Lang.LV));
        String token = mailer.lastToken();
        confirm.confirm(token);
        return token.substring(0, token.indexOf('.'));
    }

    @Test
    void theOriginalIsOnlyInTheAuditRecordAndGoesWithAnErasure() {
        String id = confirmed(TEXT);
        APIGatewayV2HTTPResponse response = redact.handleRequest(Events.withBody("redact-praise.json", b -> {
            b.put("praiseId", id);
            b.put("part", "29123456");
        }), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("Paldies! Mans tālrunis: […].", praiseItem(id, "PRAISE").get("text").s());
        Map<String, AttributeValue> audit = praiseItem(id, "AUDIT");
        assertEquals(TEXT, audit.get("originalText").s());
        assertEquals(String.valueOf(Campaign.defaults(YEAR).awardsAt().plus(Duration.ofDays(30)).getEpochSecond()),
                audit.get("purgeAt").n(), "the original words expire by TTL with the other retained data");
        assertEquals(Events.ORGANISER_SUB, audit.get("redactions").l().get(0).m().get("by").s());
        assertEquals("organiser@example.lv", audit.get("redactions").l().get(0).m().get("byEmail").s());

        // A second redaction keeps the first original and adds its own entry.
        redact.handleRequest(Events.withBody("redact-praise.json", b -> {
            b.put("praiseId", id);
            b.put("part", "Mans tālrunis");
        }), null);
        audit = praiseItem(id, "AUDIT");
        assertEquals(TEXT, audit.get("originalText").s());
        assertEquals(2, audit.get("redactions").l().size());

        // Approved: the wall shows the redacted text only.
        moderation.decide(moderation.findConfirmed(id).orElseThrow(), moderation.findConfirmed(id).orElseThrow()
                .decided(lv.praise.domain.moderation.ModerationStatus.APPROVED, null, Actor.SCHEDULE, clock.instant()));
        String shown = wall.handleRequest(Events.load("get-praise-wall.json"), null).getBody();
        assertTrue(shown.contains("Paldies! […]: […]."), shown);
        assertFalse(shown.contains("29123456"));
        List<String> holders = new ArrayList<>();
        dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items().forEach(item -> {
            if (item.toString().contains("29123456")) {
                holders.add(item.get("SK").s());
            }
        });
        assertEquals(List.of("AUDIT"), holders, "the number is in the audit record and nowhere else");

        new DynamoErasureStore(dynamo, table).erase(id, Actor.SCHEDULE, clock.instant());
        assertNull(praiseItem(id, "AUDIT"), "erased with the praise's words");
        assertEquals(404, redact.handleRequest(Events.withBody("redact-praise.json", b -> {
            b.put("praiseId", id);
            b.put("part", "Paldies");
        }), null).getStatusCode());
    }

    @Test
    void aRedactionFromAStaleTextIsRefusedByTheConditionAndWritesNothing() {
        String id = confirmed(TEXT);
        var stale = moderation.findConfirmed(id).orElseThrow();
        assertEquals(lv.praise.domain.moderation.ModerationStore.RedactOutcome.REDACTED,
                moderation.redact(stale, "Paldies! […]", Actor.SCHEDULE, clock.instant(), clock.instant()));
        assertEquals(lv.praise.domain.moderation.ModerationStore.RedactOutcome.TEXT_CHANGED,
                moderation.redact(stale, "Other […]", Actor.SCHEDULE, clock.instant(), clock.instant()));
        assertEquals("Paldies! […]", praiseItem(id, "PRAISE").get("text").s());
        assertEquals(1, praiseItem(id, "AUDIT").get("redactions").l().size());
    }

    @Test
    void theEnteredListIsReadFromItsLogNewestFirstAndPages() {
        confirmed("From the form: not on the list");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            APIGatewayV2HTTPResponse response = enter.handleRequest(Events.load("enter-praise.json"), null);
            assertEquals(201, response.getStatusCode(), response.getBody());
            ids.add(0, Events.body(response).path("praiseId").asText());
        }
        new DynamoErasureStore(dynamo, table).erase(ids.get(2), Actor.SCHEDULE, clock.instant());
        var first = Events.load("list-entered-praise.json");
        first.setQueryStringParameters(Map.of("limit", "2"));
        JsonNode page = Events.body(entered.handleRequest(first, null));
        assertEquals(ids.subList(0, 2), List.of(page.path("items").get(0).path("praiseId").asText(),
                page.path("items").get(1).path("praiseId").asText()));
        assertEquals("approved", page.path("items").get(0).path("status").asText());
        assertEquals(LIBRARY.name(), page.path("items").get(0).path("participantName").asText());
        assertEquals(Events.ORGANISER_SUB, page.path("items").get(0).path("enteredBy").asText());
        var next = Events.load("list-entered-praise.json");
        next.setQueryStringParameters(Map.of("limit", "2", "cursor", page.path("nextCursor").asText()));
        JsonNode rest = Events.body(entered.handleRequest(next, null));
        assertEquals(1, rest.path("items").size());
        assertEquals(ids.get(2), rest.path("items").get(0).path("praiseId").asText());
        assertEquals("erased", rest.path("items").get(0).path("status").asText());
        assertTrue(rest.path("nextCursor").isNull());
    }

    private Map<String, AttributeValue> praiseItem(String id, String sort) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(
                "PK", AttributeValue.fromS("PRAISE#" + id), "SK", AttributeValue.fromS(sort)))).item();
        return item == null || item.isEmpty() ? null : item;
    }
}
