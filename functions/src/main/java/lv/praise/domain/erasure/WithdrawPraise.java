package lv.praise.domain.erasure;

import java.time.Clock;
import lv.praise.domain.Actor;
import lv.praise.domain.intake.ConfirmationToken;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.intake.PraiseStore;

/**
 * Use case: the person withdraws their praise through the personal link of its confirmation e-mail.
 *
 * <p>The link carries the confirmation token itself: its secret's hash is already on the praise, so nothing new is
 * stored, and whoever holds it is the person the e-mail went to. It therefore withdraws before and after the
 * confirmation alike, and does not expire with the confirmation (72 hours): a person may change their mind during
 * the whole campaign – until its results are frozen for publication.
 */
public final class WithdrawPraise {

    /** What the withdrawal did, and whom the praise was for, so the page can say it. */
    public record Withdrawal(ErasureStore.EraseOutcome outcome, String participantName) {
    }

    private final PraiseStore praises;
    private final ErasureStore erasures;
    private final Clock clock;

    public WithdrawPraise(PraiseStore praises, ErasureStore erasures, Clock clock) {
        this.praises = praises;
        this.erasures = erasures;
        this.clock = clock;
    }

    public Withdrawal withdraw(String tokenText) {
        ConfirmationToken token = ConfirmationToken.parse(tokenText).orElseThrow(WithdrawPraise::invalidToken);
        Praise praise = praises.find(token.praiseId())
                .filter(p -> token.matches(p.tokenHash()))
                .orElseThrow(WithdrawPraise::invalidToken);
        if (praise.status() == PraiseStatus.ERASED) {
            return new Withdrawal(ErasureStore.EraseOutcome.ALREADY_ERASED, praise.participantName());
        }
        ErasureStore.EraseOutcome outcome = erasures.erase(praise.id(), Actor.PERSON, clock.instant());
        return switch (outcome) {
            case NOT_FOUND -> throw invalidToken();
            case CAMPAIGN_CLOSED -> throw new RefusedException(ErrorCode.CLOSED, "campaign",
                    "the results of the " + praise.campaignYear() + " campaign are published; its praise can no longer be withdrawn");
            case ERASED, ALREADY_ERASED -> new Withdrawal(outcome, praise.participantName());
        };
    }

    private static RefusedException invalidToken() {
        return new RefusedException(ErrorCode.INVALID_TOKEN, "token", "this link is not valid");
    }
}
