package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.mail.MailFeedback;
import lv.praise.domain.mail.RecordMailFeedback;

/**
 * Receives the SES configuration set's bounce and complaint events through the SNS topic
 * {@code MailFeedbackTopic} and records hard bounces and complaints in the suppression list. The event
 * carries the recipients' addresses: they go straight to the use case, which keeps only their keyed hashes;
 * the log names the event's kind, the SES message id and counts. A failure is thrown: Lambda retries the
 * asynchronous invocation, then parks the event in {@code MailFeedbackFailuresQueue} (alarmed).
 */
public final class MailFeedbackHandler implements RequestHandler<SNSEvent, Map<String, Object>> {
    static final String RECORDED = "mail_feedback_recorded";
    static final String FAILED = "mail_feedback_failed";

    private final RecordMailFeedback recordMailFeedback;

    public MailFeedbackHandler() {
        this(Wiring.get().recordMailFeedback());
    }

    MailFeedbackHandler(RecordMailFeedback recordMailFeedback) {
        this.recordMailFeedback = recordMailFeedback;
    }

    @Override
    public Map<String, Object> handleRequest(SNSEvent event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            int events = 0;
            int suppressed = 0;
            List<SNSEvent.SNSRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
            for (SNSEvent.SNSRecord record : records) {
                Map<String, Object> fields = new LinkedHashMap<>();
                try {
                    JsonNode notification = parse(record.getSNS().getMessage());
                    MailFeedback feedback = read(notification);
                    fields.put("kind", feedback.kind().name());
                    fields.put("permanent", feedback.permanent());
                    fields.put("sesMessageId", notification.path("mail").path("messageId").asText(""));
                    fields.put("recipients", feedback.recipients().size());
                    int count = recordMailFeedback.record(feedback);
                    fields.put("suppressed", count);
                    JsonLog.info(RECORDED, fields);
                    events++;
                    suppressed += count;
                } catch (RuntimeException e) {
                    JsonLog.error(FAILED, e, fields);
                    throw e;
                }
            }
            return Map.of("events", events, "suppressed", suppressed);
        }
    }

    /** Without the parser's message, which quotes the text it stopped at (an address, perhaps). */
    private static JsonNode parse(String message) {
        try {
            JsonNode node = Json.MAPPER.readTree(message == null ? "" : message);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the SNS message is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("the SNS message is not JSON");
        }
    }

    /**
     * An SES event (configuration set event publishing: {@code eventType}) or notification
     * ({@code notificationType}): Bounce with {@code bounce.bounceType} and {@code bouncedRecipients}, or
     * Complaint with {@code complainedRecipients}; anything else is OTHER and suppresses nobody.
     */
    static MailFeedback read(JsonNode notification) {
        String type = notification.path("eventType").asText(notification.path("notificationType").asText(""));
        return switch (type) {
            case "Bounce" -> new MailFeedback(MailFeedback.Kind.BOUNCE,
                    "Permanent".equals(notification.path("bounce").path("bounceType").asText()),
                    addresses(notification.path("bounce").path("bouncedRecipients")));
            case "Complaint" -> new MailFeedback(MailFeedback.Kind.COMPLAINT, true,
                    addresses(notification.path("complaint").path("complainedRecipients")));
            case "" -> throw new IllegalArgumentException("the SNS message is not an SES event (no eventType)");
            default -> new MailFeedback(MailFeedback.Kind.OTHER, false, List.of());
        };
    }

    private static List<String> addresses(JsonNode recipients) {
        List<String> addresses = new ArrayList<>();
        for (JsonNode recipient : recipients) {
            String address = recipient.path("emailAddress").asText("");
            if (!address.isBlank()) {
                addresses.add(address);
            }
        }
        return addresses;
    }
}
