package lv.praise.domain;

import java.util.Objects;

/**
 * Who did a recorded act (closed the window, published, moderated, entered a praise): an organiser by the
 * immutable identifier of their account (Cognito's {@code sub}), with their e-mail address as it was then, kept
 * only for reading – an e-mail can change hands, a {@code sub} never does – or the awards day's schedule.
 *
 * <p>Items written before this record held the e-mail as the identifier and no e-mail beside it; they read as
 * an actor whose {@code id} is that address and whose {@code email} is null ({@link #shown()} gives it).
 *
 * @param id    the account's {@code sub}, or {@value #SCHEDULE_ID}
 * @param email the e-mail address the token carried, for reading only; null when unknown
 */
public record Actor(String id, String email) {
    public static final String SCHEDULE_ID = "schedule";
    /** The one-time EventBridge schedule at the awards' time. */
    public static final Actor SCHEDULE = new Actor(SCHEDULE_ID, null);
    public static final String PERSON_ID = "person";
    /** The person who wrote a praise, acting through the secret link of their e-mail (a withdrawal). */
    public static final Actor PERSON = new Actor(PERSON_ID, null);

    public Actor {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an actor needs an identifier");
        }
        email = email == null || email.isBlank() ? null : email;
    }

    /** What a person reads: the e-mail when known, else the identifier. */
    public String shown() {
        return email != null ? email : id;
    }

    public boolean isSchedule() {
        return SCHEDULE_ID.equals(id);
    }
}
