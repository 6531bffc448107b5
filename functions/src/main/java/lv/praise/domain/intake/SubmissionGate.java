package lv.praise.domain.intake;

import lv.praise.domain.KeyedHasher;
import lv.praise.domain.SenderIpAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The abuse limits of the public forms, in one place: a submission that passed every check is counted
 * against its sender address and its e-mail address before anything is stored. Praise and nominations
 * pass the same gate with the same counters, so one sender's budget is shared by both forms (a flood
 * can't move to the other form for a fresh window).
 */
public final class SubmissionGate {
    /** No limit: nothing counted, no counter read or written. */
    public static final SubmissionGate OPEN = new SubmissionGate(LimitPolicy.NONE, null, null);

    private final LimitPolicy limits;
    private final SubmissionLimits counters;
    private final KeyedHasher hasher;

    /**
     * @param counters where the limits count; may be null only when {@code limits} has no limit
     * @param hasher   hashes the sender address for its counter; may be null only without an address limit
     */
    public SubmissionGate(LimitPolicy limits, SubmissionLimits counters, KeyedHasher hasher) {
        if (counters == null && (limits.perAddress() > 0 || limits.perEmail() > 0)) {
            throw new IllegalArgumentException("submission limits need a store for their counters");
        }
        if (hasher == null && limits.perAddress() > 0) {
            throw new IllegalArgumentException("an address limit needs the hash key for its counters");
        }
        this.limits = limits;
        this.counters = counters;
        this.hasher = hasher;
    }

    /**
     * Counts one submission. The address first: a flooding sender is refused without touching the e-mail
     * counters it cycles through.
     *
     * @param sourceIpAddress the sender's network address (the viewer's, as CloudFront saw it); null or not an
     *                      address when unknown: then only the e-mail limit applies
     * @param emailHash     the keyed hash of the e-mail address, as the one-per-person rule uses it
     * @throws LimitReachedException when the sender or the e-mail address used up the current window
     */
    public void count(String sourceIpAddress, String emailHash, Instant now) {
        if (limits.perAddress() > 0) {
            // Counted by SenderIpAddress's key: an IPv6 sender by its /64, so a new address of one network is
            // not a fresh budget.
            Optional<SenderIpAddress> sender = SenderIpAddress.parse(sourceIpAddress);
            if (sender.isPresent()) {
                count(SubmissionLimits.Scope.ADDRESS, hasher.hashIpAddress(sender.get().limitKey()), now);
            }
        }
        if (limits.perEmail() > 0) {
            count(SubmissionLimits.Scope.EMAIL, emailHash, now);
        }
    }

    private void count(SubmissionLimits.Scope scope, String keyHash, Instant now) {
        Instant start = limits.windowStart(now);
        Instant end = start.plus(limits.window());
        if (!counters.tryCount(scope, keyHash, start, end, limits.limit(scope))) {
            throw new LimitReachedException(scope, Duration.between(now, end));
        }
    }
}
