package lv.praise.domain.jobs;

/** The long runs an organiser starts and watches: each has one job per campaign at a time. */
public enum JobKind {
    /** Freeze, the results record and the certificate letters (docs/awards.md). */
    PUBLICATION("publication"),
    /** Every participant's and branch's poster and QR codes, as one ZIP to download. */
    POSTERS("posters"),
    /** Next year's start: last year's questionnaire and participants, the participants as invitations. */
    CARRY_OVER("carryOver"),
    /** After publication: every participant's PDF report to its contacts, once each (issue 18). */
    REPORTS("reports");

    private final String code;

    JobKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static JobKind fromCode(String code) {
        for (JobKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no job kind " + code);
    }
}
