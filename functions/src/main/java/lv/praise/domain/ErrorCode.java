package lv.praise.domain;

import java.util.Locale;

/** Stable reasons a request is refused; the site translates them, programs branch on them. */
public enum ErrorCode {
    INVALID,
    /**
     * A name or text holds a line break (a name) or another control character (any text): 400, naming the
     * field ({@link FreeText}).
     */
    CONTROL_CHARACTER,
    UNAUTHORIZED,
    FORBIDDEN,
    MALFORMED_JSON,
    UNSUPPORTED_MEDIA_TYPE,
    TOO_LARGE,
    UNKNOWN_PARTICIPANT,
    NOT_FOUND,
    NOT_OPEN_YET,
    CLOSED,
    ALREADY_PRAISED,
    INVALID_TOKEN,
    TOKEN_EXPIRED,
    /** The praise of this link was withdrawn by its writer (or erased by an organiser): nothing to confirm. 410. */
    WITHDRAWN,
    /** An import file had rejected rows, so nothing was imported (the answer carries the report). */
    REJECTED_ROWS,
    MAIL_FAILED,
    /** Too many praises from one sender address or e-mail address in the current window (429, Retry-After). */
    LIMIT_REACHED,
    /** The praise window is still open (or not open yet), so there are no final results to publish. */
    NOT_CLOSED,
    /** The action needs published results, and there are none yet. */
    NOT_PUBLISHED,
    /**
     * The current campaign's publication is still under way or left something undone (its job not done, a
     * certificate letter pending or failed): next year waits for it. 409, field {@code year}.
     */
    PUBLICATION_UNFINISHED,
    /** What the request would create exists already (a campaign of that year): 409, nothing was written. */
    ALREADY_EXISTS,
    /**
     * The action needs a setting the stack does not have yet (the site's address before the deploy that
     * gives it): 503, nothing was done.
     */
    NOT_CONFIGURED,
    /**
     * The request did not come through the site's address (CloudFront): a direct call to the API, without
     * the origin header CloudFront adds. 403, nothing was read or done.
     */
    EDGE_REQUIRED,
    /** A visit already submitted (or approved) got a different submission: 409, field {@code visit}. */
    ALREADY_SUBMITTED,
    /** A review of a visit that is not waiting for one: 409, field {@code visit}. */
    NOT_SUBMITTED,
    /** The campaign's results are published, so its visits and questionnaire no longer change: 409. */
    PUBLISHED,
    /**
     * The participants' sign-in accounts (Cognito) could not be updated; what the table holds is saved, and the
     * same request again repairs the accounts: 503 (issue 18, PUT .../contacts).
     */
    SIGN_IN_UNAVAILABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
