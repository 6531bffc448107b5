package lv.praise.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;

/**
 * Stands in for SES's bounce and complaint events locally: no real mailbox bounces an outbox file, so the
 * dev endpoint {@code POST /_local/ses/feedback} makes the event SES would publish for the template's
 * configuration set (its {@code AWS::SES::ConfigurationSetEventDestination} to an SNS topic) and delivers it,
 * inside the SNS envelope, to every function the template subscribes to that topic – as SNS would.
 */
final class SesFeedback {
    private static final String ACCOUNT = "000000000000";

    /** A function subscribed to the feedback topic. */
    record Subscriber(String functionId, String topic, Object handler, Duration timeout, int memoryMb) {
    }

    private final List<Subscriber> subscribers;

    private SesFeedback(List<Subscriber> subscribers) {
        this.subscribers = List.copyOf(subscribers);
    }

    static SesFeedback fromTemplate(SamTemplate template) {
        List<String> topics = new ArrayList<>();
        for (String id : template.resourcesOfType("AWS::SES::ConfigurationSetEventDestination")) {
            Object arn = map(map(map(template.properties(id).get("EventDestination")).get("SnsDestination")).get("TopicARN"));
            Object topic = map(arn).get("Ref");
            if (topic != null) {
                topics.add(String.valueOf(topic));
            }
        }
        List<Subscriber> subscribers = new ArrayList<>();
        for (SamTemplate.Function f : template.functions()) {
            Map<String, Object> properties = template.properties(f.logicalId());
            for (Object event : map(properties.get("Events")).values()) {
                Map<String, Object> e = map(event);
                Object topic = map(map(e.get("Properties")).get("Topic")).get("Ref");
                if ("SNS".equals(String.valueOf(e.get("Type"))) && topics.contains(String.valueOf(topic))) {
                    Duration timeout = properties.get("Timeout") instanceof Number n
                            ? Duration.ofSeconds(n.longValue()) : ApiRoutes.DEFAULT_TIMEOUT;
                    int memory = properties.get("MemorySize") instanceof Number n ? n.intValue() : ApiRoutes.DEFAULT_MEMORY_MB;
                    subscribers.add(new Subscriber(f.logicalId(), String.valueOf(topic),
                            ScheduledFunctions.instantiate(f.logicalId(), f.handlerClass()), timeout, memory));
                }
            }
        }
        return new SesFeedback(subscribers);
    }

    /**
     * Delivers one SES event for {@code email}: {@code Bounce} (with {@code bounceType} Permanent or
     * Transient) or {@code Complaint}. Returns each subscriber's answer, by function.
     */
    Map<String, JsonNode> deliver(String eventType, String bounceType, String email, Instant now) throws Exception {
        if (subscribers.isEmpty()) {
            throw new IllegalStateException("no function of the template is subscribed to the SES configuration set's topic");
        }
        String message = Replies.JSON.writeValueAsString(sesEvent(eventType, bounceType, email, now));
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Subscriber s : subscribers) {
            SNSEvent.SNS sns = new SNSEvent.SNS()
                    .withType("Notification")
                    .withMessageId(UUID.randomUUID().toString())
                    .withTopicArn("arn:aws:sns:" + LocalDynamoDb.REGION + ":" + ACCOUNT + ":" + s.topic())
                    .withMessage(message)
                    .withTimestamp(new org.joda.time.DateTime(now.toEpochMilli(), org.joda.time.DateTimeZone.UTC))
                    .withSignatureVersion("1")
                    .withMessageAttributes(Map.of());
            SNSEvent event = new SNSEvent().withRecords(List.of(new SNSEvent.SNSRecord()
                    .withEventSource("aws:sns").withEventVersion("1.0")
                    .withEventSubscriptionArn("arn:aws:sns:" + LocalDynamoDb.REGION + ":" + ACCOUNT + ":" + s.topic() + ":local")
                    .withSns(sns)));
            try (RouteTag.Scope counted = RouteTag.open("topic " + s.functionId())) {
                @SuppressWarnings("unchecked")
                RequestHandler<SNSEvent, Object> handler = (RequestHandler<SNSEvent, Object>) s.handler();
                Object answer = handler.handleRequest(event, LocalContext.of(UUID.randomUUID().toString(), s.functionId(),
                        s.timeout(), s.memoryMb()));
                answers.put(s.functionId(), Replies.JSON.valueToTree(answer));
            }
        }
        return answers;
    }

    /** The event SES publishes for a configuration set's event destination (event publishing format). */
    static ObjectNode sesEvent(String eventType, String bounceType, String email, Instant now) {
        String at = now.truncatedTo(ChronoUnit.MILLIS).toString();
        ObjectNode event = Replies.JSON.createObjectNode();
        event.put("eventType", eventType);
        if (eventType.equals("Bounce")) {
            ObjectNode bounce = event.putObject("bounce");
            bounce.put("feedbackId", UUID.randomUUID().toString());
            bounce.put("bounceType", bounceType);
            bounce.put("bounceSubType", bounceType.equals("Permanent") ? "General" : "MailboxFull");
            bounce.putArray("bouncedRecipients").addObject().put("emailAddress", email).put("action", "failed")
                    .put("status", bounceType.equals("Permanent") ? "5.1.1" : "4.2.2");
            bounce.put("timestamp", at);
        } else {
            ObjectNode complaint = event.putObject("complaint");
            complaint.put("feedbackId", UUID.randomUUID().toString());
            complaint.putArray("complainedRecipients").addObject().put("emailAddress", email);
            complaint.put("timestamp", at);
            complaint.put("complaintFeedbackType", "abuse");
        }
        ObjectNode mail = event.putObject("mail");
        mail.put("timestamp", at);
        mail.put("source", "praise@localhost");
        mail.put("messageId", UUID.randomUUID().toString());
        mail.putArray("destination").add(email);
        return event;
    }

    List<String> subscribers() {
        return subscribers.stream().map(Subscriber::functionId).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
