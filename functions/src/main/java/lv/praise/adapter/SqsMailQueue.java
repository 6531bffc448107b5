package lv.praise.adapter;

import lv.praise.domain.mail.ConfirmationRequest;
import lv.praise.domain.mail.MailQueue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The confirmation e-mails' SQS queue ({@code MAIL_QUEUE_URL}). A failure is thrown as it is: the
 * submission then deletes its pending praise and answers 503, and the person tries again.
 */
public final class SqsMailQueue implements MailQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsMailQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(ConfirmationRequest request) {
        sqs.sendMessage(message -> message.queueUrl(queueUrl).messageBody(ConfirmationMessages.write(request)));
    }
}
