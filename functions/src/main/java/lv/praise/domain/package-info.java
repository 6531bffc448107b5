/**
 * The shared kernel: the words every feature uses, and nothing that only one feature needs.
 *
 * <p>What lives here: the campaign and its calendar ({@link lv.praise.domain.Campaign},
 * {@link lv.praise.domain.CampaignStore}, {@link lv.praise.domain.CalendarDates}, {@link lv.praise.domain.Term}),
 * participants ({@link lv.praise.domain.Participant}, {@link lv.praise.domain.ParticipantStore}), a praise as
 * stored and read by many features ({@link lv.praise.domain.Praise}, {@link lv.praise.domain.PraiseStatus},
 * {@link lv.praise.domain.Channel}), evaluations, languages and labels, the single refusal with its code
 * ({@link lv.praise.domain.RefusedException}, {@link lv.praise.domain.ErrorCode}), mail out
 * ({@link lv.praise.domain.Mailer}, {@link lv.praise.domain.OutgoingMail}), e-mail addresses and keyed hashes.
 *
 * <p>What does not: a use case, or a rule only one feature applies. Those live in the feature's own package
 * ({@code intake}, {@code moderation}, {@code awards}, …), which may use the kernel; the kernel uses none of
 * them, save {@code Campaign} carrying its scoring rules ({@code scoring.ScoringRules}).
 */
package lv.praise.domain;
