package lv.praise.domain.awards;

import java.util.Locale;

/** Where an award's certificate letter is. Only {@link #SENT} is final. */
public enum DeliveryState {
    /** Not tried yet. */
    PENDING,
    /** Claimed by a run that is sending it now (or died doing so: the claim then goes stale and is taken over). */
    SENDING,
    SENT,
    /** The last try failed; a later run (or "resend failed") tries again. */
    FAILED,
    /** The participant has no contact e-mail; sent once an organiser adds one and resends. */
    NO_CONTACT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
