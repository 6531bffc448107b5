package lv.praise.handler;

import lv.praise.domain.intake.SubmitPraise;

/**
 * The test kit's public way in to the handlers' package-private constructors, for the benchmark, so it can run the real
 * handler over its own {@link SubmitPraise} (real DynamoDB store, discarding mailer, fixed clock)
 * instead of the one {@code Wiring} builds from environment variables.
 */
public final class HandlerAccess {
    private HandlerAccess() {
    }

    public static SubmitPraiseHandler submitPraiseHandler(SubmitPraise submitPraise) {
        return new SubmitPraiseHandler(submitPraise);
    }
}
