package lv.praise.adapter;

import java.util.Locale;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * Sends through Amazon SES v2 as raw MIME (attachments included). The client is built without SDK
 * retries (see {@code Wiring}): a retry after a lost answer would be a silent second letter, so every
 * retry is the caller's, who knows whether the message may already have gone. A refusal by SES is
 * reported as {@link MailNotSentException}, so the caller can retry without risking a second copy;
 * anything else (a lost answer, a time-out) is thrown as it is: the outcome is unknown.
 */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String from;
    private final String configurationSet;

    public SesMailer(SesV2Client ses, String from) {
        this(ses, from, null);
    }

    /**
     * @param configurationSet the SES configuration set every send names ({@code SES_CONFIGURATION_SET}),
     *                         whose event destinations report bounces and complaints; null: none
     */
    public SesMailer(SesV2Client ses, String from, String configurationSet) {
        this.ses = ses;
        this.from = from;
        this.configurationSet = configurationSet;
    }

    @Override
    public void send(OutgoingMail mail) {
        byte[] mime = MimeMessages.buildOrRefuse(from, mail);
        try {
            ses.sendEmail(request -> request
                    .fromEmailAddress(from)
                    .configurationSetName(configurationSet)
                    .destination(destination -> destination.toAddresses(mail.to()))
                    .content(content -> content.raw(raw -> raw.data(SdkBytes.fromByteArray(mime)))));
        } catch (TooManyRequestsException | LimitExceededException e) {
            throw new MailNotSentException(MailNotSentException.Reason.THROTTLED, "SES throttled the message", e);
        } catch (MessageRejectedException e) {
            if (aboutTheRecipient(e)) {
                throw new MailNotSentException(MailNotSentException.Reason.REJECTED,
                        "SES refused the message: " + e.awsErrorDetails().errorCode(), e);
            }
            throw new MailNotSentException(MailNotSentException.Reason.SENDER_REFUSED,
                    "SES refused the message for the sender or its size: " + e.awsErrorDetails().errorCode(), e);
        } catch (MailFromDomainNotVerifiedException | AccountSuspendedException | SendingPausedException e) {
            // The sender, not this recipient: a letter's other recipients must not be counted as refused for good.
            throw new MailNotSentException(MailNotSentException.Reason.SENDER_REFUSED,
                    "SES refuses the sender: " + e.awsErrorDetails().errorCode(), e);
        } catch (SesV2Exception e) {
            if (e.statusCode() == 429) {
                throw new MailNotSentException(MailNotSentException.Reason.THROTTLED, "SES throttled the message", e);
            }
            if (e.statusCode() >= 400 && e.statusCode() < 500) {
                // BadRequest, 403 AccessDenied (the IAM policy's identity not the sender's), 404 NotFound (the
                // configuration set), …: the set-up's, the same for every recipient. Certainly not sent, so retried
                // after the fix – never recorded as a contact refused for good (that would end every letter "done").
                throw new MailNotSentException(MailNotSentException.Reason.SENDER_REFUSED,
                        "SES refused the request (" + e.statusCode() + " " + errorCode(e) + ")", e);
            }
            throw e;
        } catch (SdkClientException e) {
            if (connectionRefused(e)) {
                throw new MailNotSentException(MailNotSentException.Reason.UNREACHABLE, "SES could not be reached", e);
            }
            throw e;
        }
    }

    /**
     * Whether SES's MessageRejected is about this recipient (e.g. "Address blacklisted", in the sandbox the recipient
     * not verified) rather than the sender (its identity failing the check: SES names it) or the message's size.
     */
    private boolean aboutTheRecipient(MessageRejectedException e) {
        String text = String.valueOf(e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage())
                .toLowerCase(Locale.ROOT);
        String sender = senderAddress();
        if (sender != null && text.contains(sender)) {
            return false;
        }
        return !text.contains("message length") && !text.contains("too large") && !text.contains("message size");
    }

    /** The bare sender address, lower-cased, or null when {@code from} can't be read. */
    private String senderAddress() {
        int open = from.lastIndexOf('<');
        int close = from.lastIndexOf('>');
        String bare = open >= 0 && close > open ? from.substring(open + 1, close) : from;
        bare = bare.strip().toLowerCase(Locale.ROOT);
        return bare.isEmpty() ? null : bare;
    }

    private static String errorCode(SesV2Exception e) {
        return e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
    }

    /** Refused before any byte left: the only client-side failure where nothing can have been sent. */
    private static boolean connectionRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
