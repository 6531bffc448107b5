package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.Actor;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Audit fields in an item: the sub as the record, the e-mail beside it; items from before stay readable. */
class AuditFieldsTest {
    @Test
    void theSubIsTheRecordAndTheEmailSitsBesideIt() {
        Map<String, AttributeValue> item = new HashMap<>();
        Attributes.putActor(item, "moderatedBy", new Actor("5f0c2a7e", "anna@example.lv"));
        assertEquals("5f0c2a7e", item.get("moderatedBy").s());
        assertEquals("anna@example.lv", item.get("moderatedByEmail").s());
        assertEquals(new Actor("5f0c2a7e", "anna@example.lv"), Attributes.actor(item, "moderatedBy"));
    }

    @Test
    void theScheduleHasNoEmail() {
        Map<String, AttributeValue> item = new HashMap<>();
        Attributes.putActor(item, "publishedBy", Actor.SCHEDULE);
        assertFalse(item.containsKey("publishedByEmail"));
        assertEquals(Actor.SCHEDULE, Attributes.actor(item, "publishedBy"));
    }

    @Test
    void anItemFromBeforeHoldsTheEmailAsItsIdentifierAndStaysReadable() {
        Map<String, AttributeValue> item = Map.of("closedEarlyBy", AttributeValue.fromS("anna@example.lv"));
        Actor actor = Attributes.actor(item, "closedEarlyBy");
        assertEquals("anna@example.lv", actor.id());
        assertNull(actor.email());
        assertEquals("anna@example.lv", actor.shown());
    }

    @Test
    void anUnknownEmailWrittenAsNullReadsAsNone() {
        Map<String, AttributeValue> item = Map.of("publishedBy", AttributeValue.fromS("5f0c2a7e"),
                "publishedByEmail", AttributeValue.fromNul(true));
        assertEquals(new Actor("5f0c2a7e", null), Attributes.actor(item, "publishedBy"));
        assertNull(Attributes.actor(Map.of(), "publishedBy"));
    }
}
