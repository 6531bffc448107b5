package lv.praise.domain.mail;

/** Why an address gets no more e-mail. */
public enum SuppressionReason {
    /** The receiving server said the mailbox does not exist (SES bounce type Permanent). */
    HARD_BOUNCE,
    /** The recipient marked an e-mail as spam. */
    COMPLAINT
}
