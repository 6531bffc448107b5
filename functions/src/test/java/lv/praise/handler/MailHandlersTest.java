package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.adapter.ConfirmationMessages;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.mail.ConfirmationRequest;
import lv.praise.domain.mail.RecordMailFeedback;
import lv.praise.domain.mail.SendConfirmation;
import lv.praise.domain.mail.SuppressionReason;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.InMemorySuppressionList;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

/**
 * The mail path's two functions, fed by events/: the sender consuming the confirmation queue (SQS) and
 * the SES bounce and complaint events arriving through SNS; and the two together behind a submission.
 */
class MailHandlersTest {
    private static final String BOUNCED = "nobody@example.lv";
    private static final String COMPLAINED = "annoyed@example.lv";

    private final KeyedHasher hasher = new KeyedHasher(EMAIL_KEY);
    private final InMemorySuppressionList suppressions = new InMemorySuppressionList();
    private final RecordingMailer mailer = new RecordingMailer();
    private final SendConfirmationMailHandler sender =
            new SendConfirmationMailHandler(new SendConfirmation(suppressions, mailer));
    private final MailFeedbackHandler feedback = new MailFeedbackHandler(
            new RecordMailFeedback(hasher, suppressions, Fixtures.clockAt(DURING_WINDOW)));
    private final List<String> logLines = new ArrayList<>();

    @Test
    void aHardBounceSuppressesTheAddressByItsKeyedHashAndLogsNoAddress() {
        Map<String, Object> result = logged(() -> feedback.handleRequest(snsEvent("ses-bounce.json"), null));

        assertEquals(Map.of("events", 1, "suppressed", 1), result);
        assertEquals(Map.of(hasher.hash(BOUNCED), new InMemorySuppressionList.Entry(SuppressionReason.HARD_BOUNCE, DURING_WINDOW)),
                suppressions.entries());
        assertNoAddressLogged(BOUNCED);
        assertTrue(logLines.stream().anyMatch(l -> l.contains(MailFeedbackHandler.RECORDED) && l.contains("\"BOUNCE\"")), logLines.toString());
    }

    @Test
    void aComplaintSuppressesTheAddress() {
        logged(() -> feedback.handleRequest(snsEvent("ses-complaint.json"), null));

        assertEquals(SuppressionReason.COMPLAINT, suppressions.entries().get(hasher.hash(COMPLAINED)).reason());
        assertEquals(1, suppressions.entries().size());
        assertNoAddressLogged(COMPLAINED);
    }

    @Test
    void aTransientBounceSuppressesNobody() {
        SNSEvent event = snsEvent("ses-bounce.json");
        event.getRecords().get(0).getSNS().setMessage(changeMessage(event, m ->
                ((ObjectNode) m.path("bounce")).put("bounceType", "Transient").put("bounceSubType", "MailboxFull")));

        assertEquals(Map.of("events", 1, "suppressed", 0), feedback.handleRequest(event, null));
        assertTrue(suppressions.entries().isEmpty());
    }

    /** Our forms refuse such an address, so no submission carries it: the event is recorded with nothing to suppress. */
    @Test
    void aRecipientOurFormsWouldRefuseIsSkippedNotFailed() {
        SNSEvent event = snsEvent("ses-bounce.json");
        event.getRecords().get(0).getSNS().setMessage(changeMessage(event, m -> ((ObjectNode) m.path("bounce")
                .path("bouncedRecipients").get(0)).put("emailAddress", "not an address")));

        assertEquals(Map.of("events", 1, "suppressed", 0), feedback.handleRequest(event, null));
        assertTrue(suppressions.entries().isEmpty());
    }

    @Test
    void aMessageThatIsNoSesEventFailsTheInvocationForLambdasRetriesWithoutQuotingIt() {
        SNSEvent event = snsEvent("ses-bounce.json");
        event.getRecords().get(0).getSNS().setMessage("{\"to\": \"" + BOUNCED + "\"");

        assertThrows(IllegalArgumentException.class, () -> logged(() -> feedback.handleRequest(event, null)));
        assertTrue(suppressions.entries().isEmpty());
        assertNoAddressLogged(BOUNCED);
    }

    @Test
    void theSenderSendsTheQueuedEmailAsItIsAndReportsNoFailure() {
        SQSEvent event = EventLoader.loadSQSEvent("../events/send-confirmation-mail.json");

        SQSBatchResponse response = logged(() -> sender.handleRequest(event, null));

        assertTrue(response.getBatchItemFailures().isEmpty());
        assertEquals(1, mailer.sent().size());
        assertEquals("anna@example.lv", mailer.last().to());
        assertEquals(Lang.LV, mailer.last().lang());
        assertTrue(mailer.last().text().contains("/confirm.html?token=Qm9vdGgtMjAyNy0wMy0wOQ."), mailer.last().text());
        assertEquals(1, suppressions.reads(), "one read per send");
        assertNoAddressLogged("anna@example.lv");
        assertFalse(logLines.stream().anyMatch(l -> l.contains("token=")), "the link is a secret: " + logLines);
        assertTrue(logLines.stream().anyMatch(l -> l.contains(SendConfirmationMailHandler.SENT)), logLines.toString());
    }

    @Test
    void aSuppressedAddressGetsNothingAndTheMessageIsDone() {
        suppressions.suppress(hasher.hash("anna@example.lv"), SuppressionReason.HARD_BOUNCE, DURING_WINDOW);
        SQSEvent event = EventLoader.loadSQSEvent("../events/send-confirmation-mail.json");
        // The sample's emailHash is made up: the one the submission computed is what the sender looks up.
        event.getRecords().get(0).setBody(event.getRecords().get(0).getBody()
                .replaceFirst("\"emailHash\":\"[0-9a-f]+\"", "\"emailHash\":\"" + hasher.hash("anna@example.lv") + "\""));

        SQSBatchResponse response = logged(() -> sender.handleRequest(event, null));

        assertTrue(response.getBatchItemFailures().isEmpty(), "nothing to retry");
        assertTrue(mailer.sent().isEmpty());
        assertTrue(logLines.stream().anyMatch(l -> l.contains(SendConfirmationMailHandler.SUPPRESSED)), logLines.toString());
    }

    @Test
    void onlyTheMessagesThatFailedAreReportedForAnotherDelivery() {
        SQSEvent event = EventLoader.loadSQSEvent("../events/send-confirmation-mail.json");
        SQSEvent.SQSMessage good = event.getRecords().get(0);
        SQSEvent.SQSMessage unreadable = EventLoader.loadSQSEvent("../events/send-confirmation-mail.json").getRecords().get(0);
        unreadable.setMessageId("unreadable-1");
        unreadable.setBody("{\"v\":1,\"praiseId\":\"x\"}");
        event.setRecords(List.of(unreadable, good));

        SQSBatchResponse response = logged(() -> sender.handleRequest(event, null));

        assertEquals(List.of("unreadable-1"), response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(1, mailer.sent().size(), "the good message was still sent");
        assertTrue(logLines.stream().anyMatch(l -> l.contains(SendConfirmationMailHandler.FAILED)), logLines.toString());
    }

    @Test
    void aMailerFailureReportsTheMessageSoSqsDeliversItAgain() {
        mailer.failing(true);
        SQSEvent event = EventLoader.loadSQSEvent("../events/send-confirmation-mail.json");

        SQSBatchResponse response = logged(() -> sender.handleRequest(event, null));

        assertEquals(List.of(event.getRecords().get(0).getMessageId()), response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
    }

    /**
     * Submit, queue (the SQS body as the adapter writes it), send; a bounce for that address; submit again:
     * the same answer, a pending praise, and no second e-mail. A redelivery of the first message sends the
     * same link again, never a new one.
     */
    @Test
    void aBounceSuppressesLaterEmailsWhileTheSubmissionAnswersTheSame() {
        InMemoryStore store = new InMemoryStore();
        store.save(LIBRARY);
        List<String> queue = new ArrayList<>();
        SubmitPraise submit = new SubmitPraise(YEAR, store, request -> queue.add(ConfirmationMessages.write(request)),
                hasher, SITE, Fixtures.clockAt(DURING_WINDOW));

        submit.submit(submission(BOUNCED));
        sender.handleRequest(sqsEvent(queue.get(0)), null);
        assertEquals(1, mailer.sent().size());
        String firstLink = mailer.last().text();
        sender.handleRequest(sqsEvent(queue.get(0)), null);
        assertEquals(firstLink, mailer.last().text(), "a redelivered message repeats the same link");

        feedback.handleRequest(snsEvent("ses-bounce.json"), null);
        store.save(Fixtures.BAKERY);
        submit.submit(new PraiseSubmission(Fixtures.BAKERY.id(), null, null, 4, List.of(), "Garšīga maize.",
                lv.praise.domain.Channel.ONLINE, BOUNCED.toUpperCase(), Lang.LV));
        SQSBatchResponse response = sender.handleRequest(sqsEvent(queue.get(1)), null);

        assertTrue(response.getBatchItemFailures().isEmpty());
        assertEquals(2, mailer.sent().size(), "nothing more was sent");
        assertEquals(2, store.praises().size());
        assertTrue(store.praises().stream().allMatch(p -> p.status() == PraiseStatus.PENDING), "both wait, and expire unconfirmed");
        ConfirmationRequest second = ConfirmationMessages.read(queue.get(1));
        assertEquals(hasher.hash(BOUNCED), second.emailHash());
    }

    private static PraiseSubmission submission(String email) {
        return new PraiseSubmission(LIBRARY.id(), null, null, 5, List.of(), "Ļoti laipni.", lv.praise.domain.Channel.ONLINE,
                email, Lang.LV);
    }

    private static SQSEvent sqsEvent(String body) {
        SQSEvent event = EventLoader.loadSQSEvent("../events/send-confirmation-mail.json");
        event.getRecords().get(0).setBody(body);
        return event;
    }

    private static SNSEvent snsEvent(String name) {
        return EventLoader.loadSNSEvent("../events/" + name);
    }

    private static String changeMessage(SNSEvent event, java.util.function.Consumer<ObjectNode> change) {
        try {
            ObjectNode message = (ObjectNode) Events.JSON.readTree(event.getRecords().get(0).getSNS().getMessage());
            change.accept(message);
            return Events.JSON.writeValueAsString(message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T logged(java.util.function.Supplier<T> call) {
        try (JsonLog.Invocation ignored = JsonLog.record(logLines::add)) {
            return call.get();
        }
    }

    private void assertNoAddressLogged(String address) {
        assertFalse(logLines.isEmpty(), "something was logged");
        for (String line : logLines) {
            assertFalse(line.toLowerCase().contains(address), "an address in the log: " + line);
            assertFalse(line.contains("@"), "an address in the log: " + line);
        }
    }
}
