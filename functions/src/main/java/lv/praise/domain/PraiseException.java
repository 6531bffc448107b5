package lv.praise.domain;

/** A refusal the caller can act on: it names the reason and the input at fault. */
public class PraiseException extends RuntimeException {
    private final ErrorCode code;
    private final String field;

    public PraiseException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public PraiseException(ErrorCode code, String field, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field;
    }

    public static PraiseException invalid(String field, String message) {
        return new PraiseException(ErrorCode.INVALID, field, message);
    }

    public static PraiseException alreadyPraised() {
        return new PraiseException(ErrorCode.ALREADY_PRAISED, "email",
                "this e-mail address has already praised this participant in this campaign");
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
