package lv.praise.domain.intake;

import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.SiteUrl;
import java.util.function.IntSupplier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lv.praise.domain.mail.ConfirmationRequest;
import lv.praise.domain.mail.MailQueue;

/** Use case: a person submits a praise; it waits, pending, for its e-mail confirmation. */
public final class SubmitPraise {
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(72);

    private final IntSupplier campaignYear;
    private final PraiseStore praises;
    private final MailQueue mailQueue;
    private final KeyedHasher keyedHasher;
    private final SiteUrl siteUrl;
    private final Clock clock;
    private final SubmissionGate gate;

    /** Without submission limits (tests and tools that submit on nobody's behalf). */
    public SubmitPraise(int campaignYear, PraiseStore praises, MailQueue mailQueue, KeyedHasher keyedHasher,
                        String siteUrl, Clock clock) {
        this(campaignYear, praises, mailQueue, keyedHasher, siteUrl, clock, SubmissionGate.OPEN);
    }

    /**
     * @param siteUrl  where the confirmation page lives; null or blank while the stack has no address yet
     *                 (submissions are then refused with {@link ErrorCode#NOT_CONFIGURED})
     * @param counters where the limits count; may be null only when {@code limits} has no limit
     */
    public SubmitPraise(int campaignYear, PraiseStore praises, MailQueue mailQueue, KeyedHasher keyedHasher,
                        String siteUrl, Clock clock, LimitPolicy limits, SubmissionLimits counters) {
        this(campaignYear, praises, mailQueue, keyedHasher, siteUrl, clock, new SubmissionGate(limits, counters, keyedHasher));
    }

    /** @param gate the abuse limits, shared with the nomination form */
    public SubmitPraise(int campaignYear, PraiseStore praises, MailQueue mailQueue, KeyedHasher keyedHasher,
                        String siteUrl, Clock clock, SubmissionGate gate) {
        this(() -> campaignYear, praises, mailQueue, keyedHasher, siteUrl, clock, gate);
    }

    public SubmitPraise(IntSupplier campaignYear, PraiseStore praises, MailQueue mailQueue, KeyedHasher keyedHasher,
                        String siteUrl, Clock clock, SubmissionGate gate) {
        this.gate = gate;
        this.campaignYear = campaignYear;
        this.praises = praises;
        this.mailQueue = mailQueue;
        this.keyedHasher = keyedHasher;
        this.siteUrl = SiteUrl.of(siteUrl);
        this.clock = clock;
    }

    /** A submission that came from no network address (only the e-mail limit applies). */
    public void submit(PraiseSubmission submission) {
        submit(submission, null);
    }

    /**
     * Stores the praise as pending and queues its confirmation e-mail. Either both happen or the
     * caller gets an error and nothing is left that could ever count. Once queued, the e-mail is the
     * mail sender's ({@link lv.praise.domain.mail.SendConfirmation}): if it is never sent (a suppressed
     * address, or every try failed), the praise stays pending and expires like any unconfirmed one.
     *
     * <p>Only a submission that passed every check is counted against the limits, just before it is
     * stored: malformed, unknown-participant and closed-window requests write nothing.
     *
     * <p>No oracle: a repeat praise (this canonical mailbox already has a confirmed praise of this participant)
     * is answered exactly as any other – counted against the limits, an e-mail queued – but stores no praise:
     * the e-mail, which only the mailbox's owner reads, says they already praised it and that nothing changed.
     * So the answer tells a caller nothing about who praised whom.
     *
     * @param sourceIpAddress the sender's network address (the viewer's, as CloudFront saw it); null or not an
     *                      address when unknown: then only the e-mail limit applies
     * @throws LimitReachedException when the sender or the e-mail address used up the current window
     * @throws RefusedException {@link ErrorCode#NOT_CONFIGURED} when the site's address is not known yet
     */
    public void submit(PraiseSubmission submission, String sourceIpAddress) {
        Instant now = clock.instant();
        // The canonical mailbox's hash: every written form of one mailbox holds one slot and one limit counter.
        String emailHash = keyedHasher.hash(submission.emailAddress());
        int year = campaignYear.getAsInt();
        PraiseStore.SubmissionContext context = praises.loadSubmissionContext(year, submission.participantId(), emailHash);
        Campaign campaign = context.campaign().orElseGet(() -> Campaign.defaults(year));
        campaign.requireOpenAt(now);
        Participant participant = context.participant().orElseThrow(() ->
                new RefusedException(ErrorCode.UNKNOWN_PARTICIPANT, "participantId", "no such participant"));
        if (submission.branch() != null && !participant.hasBranch(submission.branch())) {
            throw RefusedException.invalid("branch", "branch is not one of the participant's branches");
        }
        if (submission.channel() == Channel.BRANCH && participant.branches().isEmpty()) {
            throw RefusedException.invalid("channel", "this participant has no branches: choose online");
        }
        campaign.requireAspects(submission.aspects());
        // Before anything is counted or stored: without the site's address there is no link to send.
        siteUrl.require();
        gate.count(sourceIpAddress, emailHash, now);
        if (context.alreadyPraised()) {
            tellAlreadyPraised(submission, emailHash, participant);
            return;
        }

        ConfirmationToken token = ConfirmationToken.generate();
        Instant expiresAt = now.plus(TOKEN_LIFETIME);
        Praise praise = Praise.pending(token.praiseId(), year, participant.name(), submission.content(), emailHash,
                token.secretHash(), now, expiresAt);
        praises.savePending(praise);

        String link = siteUrl.link("/confirm.html?token=" + token);
        String withdrawLink = siteUrl.link("/withdraw.html?token=" + token);
        OutgoingMail mail = ConfirmationMail.compose(submission.email(), submission.lang(), participant.name(),
                submission.text(), link, withdrawLink, expiresAt, campaign.timeZone());
        try {
            mailQueue.enqueue(new ConfirmationRequest(praise.id(), emailHash, mail));
        } catch (RuntimeException e) {
            try {
                praises.deletePending(praise.id());
            } catch (RuntimeException cleanup) {
                // The pending praise stays until its TTL; the mail's failure is still the answer, with this one
                // kept beside it rather than in its place.
                e.addSuppressed(cleanup);
            }
            throw new RefusedException(ErrorCode.MAIL_FAILED, "email",
                    "the confirmation e-mail could not be sent; please try again", e);
        }
    }

    /**
     * The repeat praise's e-mail: nothing stored, nothing to confirm. The queue message takes a fresh random id
     * (its deduplication and log key), shaped like a praise's, so the queue and the logs look as for any praise.
     */
    private void tellAlreadyPraised(PraiseSubmission submission, String emailHash, Participant participant) {
        OutgoingMail mail = ConfirmationMail.composeAlreadyPraised(submission.email(), submission.lang(),
                participant.name());
        try {
            mailQueue.enqueue(new ConfirmationRequest(ConfirmationToken.generate().praiseId(), emailHash, mail));
        } catch (RuntimeException e) {
            throw new RefusedException(ErrorCode.MAIL_FAILED, "email",
                    "the confirmation e-mail could not be sent; please try again", e);
        }
    }
}
