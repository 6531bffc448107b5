package lv.praise.adapter;

import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
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
        } catch (MessageRejectedException | BadRequestException e) {
            throw new MailNotSentException(MailNotSentException.Reason.REJECTED,
                    "SES refused the message: " + e.awsErrorDetails().errorCode(), e);
        } catch (MailFromDomainNotVerifiedException | AccountSuspendedException | SendingPausedException e) {
            // The sender, not this recipient: a letter's other recipients must not be counted as refused for good.
            throw new MailNotSentException(MailNotSentException.Reason.SENDER_REFUSED,
                    "SES refuses the sender: " + e.awsErrorDetails().errorCode(), e);
        } catch (SesV2Exception e) {
            if (e.statusCode() == 429) {
                throw new MailNotSentException(MailNotSentException.Reason.THROTTLED, "SES throttled the message", e);
            }
            if (e.statusCode() >= 400 && e.statusCode() < 500) {
                throw new MailNotSentException(MailNotSentException.Reason.REJECTED,
                        "SES refused the message (" + e.statusCode() + ")", e);
            }
            throw e;
        } catch (SdkClientException e) {
            if (connectionRefused(e)) {
                throw new MailNotSentException(MailNotSentException.Reason.UNREACHABLE, "SES could not be reached", e);
            }
            throw e;
        }
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
