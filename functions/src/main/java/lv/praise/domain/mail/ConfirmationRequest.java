package lv.praise.domain.mail;

import java.util.Objects;
import lv.praise.domain.OutgoingMail;

/**
 * One confirmation e-mail waiting in the queue: everything the sender needs, so it reads nothing but the
 * suppression list. The link's token was made at submission and only its hash stored, so the message is
 * the only copy of the secret: sending it again after a crash repeats the same link, never a second one.
 *
 * @param praiseId  the pending praise the e-mail confirms (the queue's deduplication and log key)
 * @param emailHash the keyed hash of the recipient ({@link lv.praise.domain.KeyedHasher}), for the
 *                  suppression list
 * @param mail      the composed e-mail, with the recipient and the secret link: never logged
 */
public record ConfirmationRequest(String praiseId, String emailHash, OutgoingMail mail) {
    public ConfirmationRequest {
        Objects.requireNonNull(praiseId, "praiseId");
        Objects.requireNonNull(emailHash, "emailHash");
        Objects.requireNonNull(mail, "mail");
    }

    /** Names the praise only: the address and the link stay out of any log or exception message. */
    @Override
    public String toString() {
        return "ConfirmationRequest[praiseId=" + praiseId + "]";
    }
}
