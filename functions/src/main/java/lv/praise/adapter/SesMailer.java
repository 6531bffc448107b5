package lv.praise.adapter;

import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Sends through Amazon SES v2 as raw MIME. Throttling is retried by the SDK's standard retry policy. */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        byte[] mime = MimeMessages.build(from, mail);
        ses.sendEmail(request -> request
                .fromEmailAddress(from)
                .destination(destination -> destination.toAddresses(mail.to()))
                .content(content -> content.raw(raw -> raw.data(SdkBytes.fromByteArray(mime)))));
    }
}
