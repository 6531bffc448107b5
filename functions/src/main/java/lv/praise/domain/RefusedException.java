package lv.praise.domain;

/**
 * A request refused – bad input, not allowed, not now, limited – that the caller can act on: it names the reason
 * ({@link ErrorCode}) and the input at fault; the one error mapper (handler Responses) turns it into a 4xx (or a 503
 * for a setting missing on our side).
 */
public class RefusedException extends RuntimeException {
    private final ErrorCode code;
    private final String field;

    public RefusedException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public RefusedException(ErrorCode code, String field, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field;
    }

    public static RefusedException invalid(String field, String message) {
        return new RefusedException(ErrorCode.INVALID, field, message);
    }

    public static RefusedException alreadyPraised() {
        return new RefusedException(ErrorCode.ALREADY_PRAISED, "email",
                "this e-mail address has already praised this participant in this campaign");
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
