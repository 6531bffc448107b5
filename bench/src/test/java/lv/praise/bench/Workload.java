package lv.praise.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lv.praise.domain.intake.ConfirmationToken;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Participant;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.testkit.Events;

/**
 * The praises both sides send: the sample event's body, each time from another e-mail address and
 * to the next of the seeded participants. Everything here is prepared before a call's clock starts.
 */
final class Workload {
    /** What the bare calls need to write the item the handler would: inputs, not work. */
    record BarePraise(String participantId, String participantName, String emailHash, String praiseId,
                      String tokenHash, String branch, String employee, int stars, List<String> aspects,
                      String text, String channel, String lang, Instant submittedAt, Instant tokenExpiresAt) {
    }

    private final APIGatewayV2HTTPEvent event;
    private final ObjectNode body;
    private final List<Participant> participants;
    private final KeyedHasher hasher;
    private final Instant now;
    private long handlerSeq;
    private long bareSeq;
    private boolean pinned;

    Workload(APIGatewayV2HTTPEvent sample, ObjectNode sampleBody, List<Participant> participants,
             KeyedHasher hasher, Instant now) {
        this.event = sample;
        this.body = sampleBody.deepCopy();
        this.participants = List.copyOf(participants);
        this.hasher = hasher;
        this.now = now;
    }

    /** The keyed hash of the sample event's viewer address (CloudFront's header), as the handler counts it. */
    String sourceAddressHash() {
        String viewer = event.getHeaders().get(lv.praise.handler.EdgeOrigin.VIEWER_HEADER);
        return hasher.hashIpAddress(lv.praise.domain.SenderIpAddress.parse(viewer).orElseThrow().limitKey());
    }

    /** While pinned, both sides use the first participant (for comparing their calls byte for byte). */
    void pinParticipant(boolean pinned) {
        this.pinned = pinned;
    }

    /** The sample event with the next distinct body; the event object is reused. */
    APIGatewayV2HTTPEvent nextHandlerEvent() {
        long i = handlerSeq++;
        body.put("participantId", participant(i).id());
        body.put("email", email("h", i));
        try {
            event.setBody(Events.JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }

    BarePraise nextBare() {
        long i = bareSeq++;
        Participant participant = participant(i);
        ConfirmationToken token = ConfirmationToken.generate();
        List<String> aspects = new ArrayList<>();
        body.get("aspects").forEach(a -> aspects.add(a.textValue()));
        return new BarePraise(participant.id(), participant.name(), hasher.hash(email("b", i)), token.praiseId(),
                token.secretHash(), text("branch"), text("employee"), body.get("stars").intValue(),
                List.copyOf(aspects), text("text"), text("channel"), text("lang"), now,
                now.plus(SubmitPraise.TOKEN_LIFETIME));
    }

    private Participant participant(long i) {
        return pinned ? participants.get(0) : participants.get((int) (i % participants.size()));
    }

    private String text(String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.textValue().strip();
    }

    /** lasitajs+h17@example.lv: a new person each time, so no praise meets the one-per-person rule. */
    private static String email(String side, long i) {
        return String.format(Locale.ROOT, "lasitajs+%s%d@example.lv", side, i);
    }
}
