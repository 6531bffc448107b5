package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import lv.praise.domain.Actor;
import org.junit.jupiter.api.Test;

/** The single argument of every handler: the caller authorize decided, of the role the handler's base names. */
class CallTest {
    @Test
    void aRolesCallerIsReadAsThatRoleOnly() {
        AdminHandler.Organiser anna = new AdminHandler.Organiser(new Actor("sub-1", "anna@example.lv"));
        Call call = new Call(new APIGatewayV2HTTPEvent(), null, anna);
        assertSame(anna, call.organiser());
        assertThrows(IllegalStateException.class, call::evaluator);
        assertThrows(IllegalStateException.class,
                new Call(new APIGatewayV2HTTPEvent(), null, Caller.ANONYMOUS)::organiser);
    }

    @Test
    void aPathParameterOrNone() {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        assertNull(new Call(event, null, Caller.ANONYMOUS).path("id"));
        event.setPathParameters(Map.of("id", "p-1"));
        assertEquals("p-1", new Call(event, null, Caller.ANONYMOUS).path("id"));
    }
}
