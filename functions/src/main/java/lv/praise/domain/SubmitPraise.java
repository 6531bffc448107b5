package lv.praise.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Use case: a person submits a praise; it waits, pending, for its e-mail confirmation. */
public final class SubmitPraise {
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(72);

    private final int campaignYear;
    private final PraiseStore praises;
    private final Mailer mailer;
    private final EmailHasher emailHasher;
    private final String siteUrl;
    private final Clock clock;

    public SubmitPraise(int campaignYear, PraiseStore praises, Mailer mailer, EmailHasher emailHasher,
                        String siteUrl, Clock clock) {
        this.campaignYear = campaignYear;
        this.praises = praises;
        this.mailer = mailer;
        this.emailHasher = emailHasher;
        this.siteUrl = siteUrl;
        this.clock = clock;
    }

    /**
     * Stores the praise as pending and e-mails its confirmation link. Either both happen or the
     * caller gets an error and nothing is left that could ever count.
     */
    public void submit(PraiseSubmission submission) {
        Instant now = clock.instant();
        String emailHash = emailHasher.hash(submission.email());
        PraiseStore.SubmissionContext context =
                praises.loadSubmissionContext(campaignYear, submission.participantId(), emailHash);
        Campaign campaign = context.campaign().orElseGet(() -> Campaign.defaults(campaignYear));
        campaign.requireOpenAt(now);
        Participant participant = context.participant().orElseThrow(() ->
                new PraiseException(ErrorCode.UNKNOWN_PARTICIPANT, "participantId", "no such participant"));
        if (submission.branch() != null && !participant.hasBranch(submission.branch())) {
            throw PraiseException.invalid("branch", "branch is not one of the participant's branches");
        }
        if (context.alreadyPraised()) {
            throw PraiseException.alreadyPraised();
        }

        ConfirmationToken token = ConfirmationToken.generate();
        Instant expiresAt = now.plus(TOKEN_LIFETIME);
        Praise praise = new Praise(token.praiseId(), campaignYear, participant.id(), participant.name(),
                submission.branch(), submission.employee(), submission.stars(), submission.aspects(),
                submission.text(), submission.channel(), submission.lang(), PraiseStatus.PENDING, emailHash,
                token.secretHash(), now, expiresAt, null);
        praises.savePending(praise);

        String link = siteUrl + "/confirm.html?token=" + token;
        OutgoingMail mail = ConfirmationMail.compose(submission.email(), submission.lang(), participant.name(),
                link, expiresAt, campaign.timeZone());
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            praises.deletePending(praise.id());
            throw new PraiseException(ErrorCode.MAIL_FAILED, "email",
                    "the confirmation e-mail could not be sent; please try again", e);
        }
    }
}
