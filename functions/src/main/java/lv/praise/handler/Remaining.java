package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;

/** The invocation's remaining time, for {@link lv.praise.domain.awards.Deadline#leaving}; null without a context. */
final class Remaining {
    private Remaining() {
    }

    static Duration of(Context context) {
        return context == null ? null : Duration.ofMillis(context.getRemainingTimeInMillis());
    }
}
