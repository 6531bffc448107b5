package lv.praise.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.mail.ConfirmationRequest;
import lv.praise.domain.mail.MailQueue;

/**
 * A mailer that keeps what it was asked to send, and can be told to fail. As a {@link MailQueue} it is
 * a queue whose sender delivers at once, so use-case and handler tests read the e-mail as soon as the
 * submission returns; a failing one refuses the request as an unreachable queue would.
 */
public final class RecordingMailer implements Mailer, MailQueue {
    private static final Pattern TOKEN = Pattern.compile("confirm\\.html\\?token=([A-Za-z0-9_.-]+)");

    private final List<OutgoingMail> sent = new ArrayList<>();
    private volatile boolean failing;

    @Override
    public synchronized void send(OutgoingMail mail) {
        if (failing) {
            throw new IllegalStateException("mail server unavailable");
        }
        sent.add(mail);
    }

    @Override
    public void enqueue(ConfirmationRequest request) {
        send(request.mail());
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    public synchronized List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }

    public synchronized OutgoingMail last() {
        return sent.get(sent.size() - 1);
    }

    /** The confirmation token in the last message's link. */
    public String lastToken() {
        Matcher m = TOKEN.matcher(last().text());
        if (!m.find()) {
            throw new AssertionError("no confirmation link in: " + last().text());
        }
        return m.group(1);
    }
}
