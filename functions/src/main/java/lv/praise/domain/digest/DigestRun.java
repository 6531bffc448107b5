package lv.praise.domain.digest;

/**
 * What one run of the weekly digest did.
 *
 * @param active       whether the week is one of the campaign's digest weeks (otherwise nothing was read)
 * @param participants participants with approved praise that week
 * @param sent         participants whose digest this run sent (and marked SENT)
 * @param done         participants skipped as already sent, or held by another run
 * @param noRecipients participants with no contact left to write to (every contact opted out, or none)
 * @param refused      participants whose every contact (not opted out) was refused for good: done, never tried again,
 *                     but nobody got the digest – not counted as sent
 * @param failed       participants whose sending failed; their claim is left to expire or given up, for a retry
 * @param mails        e-mails handed to the mailer
 * @param finished     false when the run stopped at its deadline with participants left for the next run
 */
public record DigestRun(int year, String week, boolean active, int participants, int sent, int done,
                        int noRecipients, int refused, int failed, int mails, boolean finished) {
    static DigestRun inactive(int year, String week) {
        return new DigestRun(year, week, false, 0, 0, 0, 0, 0, 0, 0, true);
    }
}
