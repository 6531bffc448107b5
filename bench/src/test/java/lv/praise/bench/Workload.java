package lv.praise.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import lv.praise.domain.Participant;
import lv.praise.testkit.Events;

/**
 * The praises the handler is sent: the sample event's body, each time from another e-mail address and
 * to the next of the seeded participants (the bare side sends the handler's own requests again, see
 * {@link BareCalls}). Everything here is prepared before a call's clock starts.
 */
final class Workload {
    private final APIGatewayV2HTTPEvent event;
    private final ObjectNode body;
    private final List<Participant> participants;
    private long seq;

    Workload(APIGatewayV2HTTPEvent sample, ObjectNode sampleBody, List<Participant> participants) {
        this.event = sample;
        this.body = sampleBody.deepCopy();
        this.participants = List.copyOf(participants);
    }

    /** The sample event with the next distinct body; the event object is reused. */
    APIGatewayV2HTTPEvent nextHandlerEvent() {
        long i = seq++;
        body.put("participantId", participants.get((int) (i % participants.size())).id());
        // A mailbox of its own each time (not lasitajs+N: a sub-address is the same mailbox, whose limit counter
        // would stop the run), so no praise meets the per-e-mail limit or the one-per-person rule.
        body.put("email", String.format(Locale.ROOT, "lasitajs%d@example.lv", i));
        try {
            event.setBody(Events.JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }
}
