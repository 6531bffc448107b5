package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import lv.praise.testkit.LocalDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The e-mail path over the local run: the submission answers 202 and queues the confirmation e-mail, the
 * sender function takes it from the (local) SQS queue into the outbox, an SES bounce or complaint for an
 * address (injected as SES would publish it, through POST /_local/ses/feedback) suppresses later e-mails
 * to it – the submission still answers the same 202 – and a message that keeps failing ends in the
 * dead-letter queue.
 */
class MailSuppressionIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String QUEUE = "ConfirmationMailQueue";
    private static final String DEAD_LETTERS = "ConfirmationMailFailuresQueue";
    private static LocalServer server;
    private static List<String> participants;

    @BeforeAll
    static void start() {
        server = LocalServer.shared();
        participants = server.participantIds();
    }

    @Test
    void aBounceEventForAnAddressSuppressesLaterEmailsToItWithNothingSentAndTheSame202() throws Exception {
        String email = "bounce-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> first = praise(participants.get(3), email);
        assertEquals(202, first.statusCode(), first.body());
        OutboxMail.awaitNext(server.outboxDir(), email, 0, WAIT);

        JsonNode recorded = feedback(email, "bounce", "Permanent");
        assertEquals(1, recorded.path("MailFeedbackFunction").path("suppressed").asInt(), recorded.toString());

        long done = QueueCounts.count(server, QUEUE, "deleted");
        HttpResponse<String> second = praise(participants.get(4), email);
        assertEquals(first.statusCode(), second.statusCode());
        assertEquals(Replies.JSON.readTree(first.body()), Replies.JSON.readTree(second.body()), "the same answer");
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        // The sender has taken the message and finished with it (not failed: nothing comes again) ...
        QueueCounts.awaitDone(server, QUEUE, done + 1, WAIT);
        // ... and wrote nothing: the first e-mail is the only one to this address.
        assertEquals(1, OutboxMail.to(server.outboxDir(), email).size(), "no e-mail after the bounce");
    }

    @Test
    void aComplaintSuppressesTooButATransientBounceDoesNot() throws Exception {
        String complained = "complaint-" + UUID.randomUUID() + "@example.com";
        String full = "mailbox-full-" + UUID.randomUUID() + "@example.com";
        assertEquals(1, feedback(complained, "complaint", "Permanent").path("MailFeedbackFunction").path("suppressed").asInt());
        assertEquals(0, feedback(full, "bounce", "Transient").path("MailFeedbackFunction").path("suppressed").asInt());

        long done = QueueCounts.count(server, QUEUE, "deleted");
        assertEquals(202, praise(participants.get(5), complained).statusCode());
        assertEquals(202, praise(participants.get(5), full).statusCode());

        OutboxMail.awaitNext(server.outboxDir(), full, 0, WAIT);
        QueueCounts.awaitDone(server, QUEUE, done + 2, WAIT);
        assertEquals(0, OutboxMail.to(server.outboxDir(), complained).size(), "nothing to the address that complained");
    }

    /** Over SQS's wire, as the submit function sends: a message the sender can't read fails each try, then is parked. */
    @Test
    void aMessageThatKeepsFailingMovesToTheDeadLetterQueueAfterMaxReceiveCount() {
        long parked = QueueCounts.count(server, DEAD_LETTERS, "visible");
        long moved = QueueCounts.count(server, QUEUE, "movedToDeadLetters");
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(server.sqsEndpoint())
                .region(Region.of(LocalDynamoDb.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            sqs.sendMessage(m -> m.queueUrl(server.environment().get("MAIL_QUEUE_URL")).messageBody("{\"v\":1}"));
        }
        QueueCounts.await(server, DEAD_LETTERS, c -> ((Number) c.get("visible")).longValue() == parked + 1,
                "the message parked", WAIT);
        Object max = ((java.util.Map<?, ?>) server.template().properties(QUEUE).get("RedrivePolicy")).get("maxReceiveCount");
        assertTrue(max instanceof Number n && n.intValue() > 1, "the template retries: " + max);
        assertEquals(moved + 1, QueueCounts.count(server, QUEUE, "movedToDeadLetters"));
    }

    private static HttpResponse<String> praise(String participant, String email) throws Exception {
        ObjectNode praise = Replies.JSON.createObjectNode().put("participantId", participant).put("stars", 5)
                .put("text", "Laipni un ātri.").put("channel", "online").put("email", email).put("consent", true);
        return post("/api/praise", praise.toString());
    }

    private static JsonNode feedback(String email, String event, String bounceType) throws Exception {
        ObjectNode body = Replies.JSON.createObjectNode().put("email", email).put("event", event).put("bounceType", bounceType);
        HttpResponse<String> response = post(DevEndpoints.SES_FEEDBACK, body.toString());
        assertEquals(200, response.statusCode(), response.body());
        return Replies.JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
