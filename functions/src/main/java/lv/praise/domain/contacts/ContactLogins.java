package lv.praise.domain.contacts;

import java.util.List;
import lv.praise.domain.Lang;

/**
 * Port: the contacts' sign-in accounts (in AWS the participants' Cognito user pool). Each call is idempotent and
 * takes the whole truth from the table, so calling it again after a failure repairs what the failure left.
 */
public interface ContactLogins {
    /**
     * Makes the account of {@code email} allow exactly {@code participantIds} (its {@code custom:participants}):
     * creates it (e-mail verified, no invitation) when missing; deletes it when the list is empty.
     *
     * @throws LoginsUnavailable when the accounts' service failed (nothing in the table is undone)
     */
    void allow(String email, List<String> participantIds);

    /**
     * As {@link #allow(String, List)}, and the account's language ({@code locale}) set to {@code language}: the
     * language its sign-in code e-mail is written in (SignInCodeMailHandler). A null language leaves it as it is.
     * Accounts that keep no language (tests' stand-ins) ignore it.
     */
    default void allow(String email, List<String> participantIds, Lang language) {
        allow(email, participantIds);
    }

    /** The accounts' service failed or refused: the caller answers 503 and a retry repairs. */
    final class LoginsUnavailable extends RuntimeException {
        public LoginsUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
