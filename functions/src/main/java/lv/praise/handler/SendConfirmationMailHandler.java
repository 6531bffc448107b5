package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.ConfirmationMessages;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.mail.ConfirmationRequest;
import lv.praise.domain.mail.SendConfirmation;

/**
 * Consumes the confirmation e-mail queue (SQS event source, {@code ReportBatchItemFailures}): each message
 * is sent unless its address is suppressed. A message that fails is reported back alone, so SQS delivers
 * only it again; after the queue's {@code maxReceiveCount} it moves to the dead-letter queue, whose alarm
 * calls an operator (docs/runbook.md). Its praise then stays pending and expires. Logs name the praise and
 * the message, never the address nor the body (which holds the secret link).
 */
public final class SendConfirmationMailHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    /** Log lines (the mail sender's metric filters and the runbook name them). */
    static final String SENT = "confirmation_mail_sent";
    static final String SUPPRESSED = "confirmation_mail_suppressed";
    static final String FAILED = "confirmation_mail_failed";

    private final SendConfirmation sendConfirmation;

    public SendConfirmationMailHandler() {
        this(Wiring.get().sendConfirmation());
    }

    SendConfirmationMailHandler(SendConfirmation sendConfirmation) {
        this.sendConfirmation = sendConfirmation;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
            List<SQSEvent.SQSMessage> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
            for (SQSEvent.SQSMessage message : records) {
                if (!send(message)) {
                    failures.add(SQSBatchResponse.BatchItemFailure.builder()
                            .withItemIdentifier(message.getMessageId()).build());
                }
            }
            return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
        }
    }

    /** @return false when the message must come again (or, after its last try, go to the dead-letter queue) */
    private boolean send(SQSEvent.SQSMessage message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("messageId", message.getMessageId());
        Map<String, String> attributes = message.getAttributes();
        if (attributes != null && attributes.get("ApproximateReceiveCount") != null) {
            fields.put("receiveCount", attributes.get("ApproximateReceiveCount"));
        }
        try {
            ConfirmationRequest request = ConfirmationMessages.read(message.getBody());
            fields.put("praiseId", request.praiseId());
            SendConfirmation.Outcome outcome = sendConfirmation.send(request);
            JsonLog.info(outcome == SendConfirmation.Outcome.SENT ? SENT : SUPPRESSED, fields);
            return true;
        } catch (RuntimeException e) {
            // An unreadable message fails too: retrying won't mend it, but the dead-letter queue shows it.
            JsonLog.error(FAILED, e, fields);
            return false;
        }
    }
}
