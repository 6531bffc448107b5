/**
 * Praise intake: how a praise gets in from the public form and becomes counted.
 *
 * <p>{@link lv.praise.domain.intake.SubmitPraise} checks a {@link lv.praise.domain.intake.PraiseSubmission}
 * (its fields by {@link lv.praise.domain.intake.PraiseFields}), passes the abuse limits
 * ({@link lv.praise.domain.intake.SubmissionGate}, {@link lv.praise.domain.intake.LimitPolicy},
 * {@link lv.praise.domain.intake.SubmissionLimits}), keeps the praise pending in the
 * {@link lv.praise.domain.intake.PraiseStore} and sends the {@link lv.praise.domain.intake.ConfirmationMail}
 * with its {@link lv.praise.domain.intake.ConfirmationToken}; {@link lv.praise.domain.intake.ConfirmPraise}
 * turns the link's token into a confirmed praise.
 *
 * <p>What belongs here: the rules and ports of submitting and confirming praise. The field checks are
 * shared with praise an organiser types in ({@code moderation.EnteredPraise}), and the abuse limits with the
 * other public forms (sign-in, nominations): those use this package, it does not use them. What a stored
 * praise is ({@link lv.praise.domain.Praise}) stays in the kernel, since most features read it.
 */
package lv.praise.domain.intake;
