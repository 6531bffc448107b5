package lv.praise.adapter;

/**
 * What a stored failure keeps of its exception: the class and the message (the first 300 characters, without
 * e-mail or IP shapes), and the same of each cause and suppressed exception – enough to tell a bug from a refusal
 * without the stack, which goes to the log.
 */
final class FailureDetail {
    private static final int MAX = 300;

    private FailureDetail() {
    }

    static String of(Throwable failure) {
        StringBuilder text = new StringBuilder(describe(failure));
        for (Throwable suppressed : failure.getSuppressed()) {
            text.append("; suppressed ").append(describe(suppressed));
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            text.append("; caused by ").append(describe(cause));
        }
        String scrubbed = JsonLog.scrub(text.toString());
        return scrubbed.length() <= MAX ? scrubbed : scrubbed.substring(0, MAX) + "…";
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
    }
}
