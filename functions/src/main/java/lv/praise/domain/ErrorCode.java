package lv.praise.domain;

import java.util.Locale;

/** Stable reasons a request is refused; the site translates them, programs branch on them. */
public enum ErrorCode {
    INVALID,
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
    MAIL_FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
