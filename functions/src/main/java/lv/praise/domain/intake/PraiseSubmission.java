package lv.praise.domain.intake;

import lv.praise.domain.Channel;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import java.util.List;

/**
 * What a person sends from the praise form, checked field by field. Building one either succeeds
 * or names the first field at fault.
 */
public record PraiseSubmission(Praise.Content content, String email) implements Praise.HasContent {

    public PraiseSubmission(String participantId, String branch, String employee, int stars, List<String> aspects,
                            String text, Channel channel, String email, Lang lang) {
        this(PraiseFields.content(participantId, branch, employee, stars, aspects, text, channel, lang), email);
    }

    public static final int MAX_TEXT = PraiseFields.MAX_TEXT;
    public static final int MAX_EMPLOYEE = PraiseFields.MAX_EMPLOYEE;
    public static final int MAX_EMAIL = EmailAddress.MAX_LENGTH;

    /** The channel the public form sends, by its code: online or at a branch (400 {@code channel} otherwise). */
    public static Channel publicChannel(String code) {
        return requirePublic(code == null ? null : Channel.fromCode(code).orElse(null));
    }

    /** The form is sent only by someone who agreed to the privacy notice (400 {@code consent} otherwise). */
    public static void requireConsent(Boolean consent) {
        if (!Boolean.TRUE.equals(consent)) {
            throw RefusedException.invalid("consent", "consent to the privacy notice is required");
        }
    }

    // Phone and paper praise has no e-mail to confirm it: only an organiser enters it (EnteredPraise).
    private static Channel requirePublic(Channel channel) {
        if (channel == null || !channel.publicForm()) {
            throw RefusedException.invalid("channel", "channel is required: online or branch");
        }
        return channel;
    }

    /** The e-mail as a parsed address (its mailbox is the one-praise-per-person key). */
    public EmailAddress emailAddress() {
        return EmailAddress.of(email);
    }

    public PraiseSubmission {
        requirePublic(content.channel());
        // The branch says where the person was served, so it belongs to praise "at a branch" only.
        if (content.branch() != null && content.channel() != Channel.BRANCH) {
            throw RefusedException.invalid("branch", "a branch is given only with channel 'branch' (served at a branch)");
        }
        // Where the link is sent: the address as typed, in its one accepted form (not the canonical mailbox).
        email = EmailAddress.parse("email", email).address();
    }
}
