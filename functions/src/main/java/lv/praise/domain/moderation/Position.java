package lv.praise.domain.moderation;

import java.time.Instant;

/**
 * Where a page of the review queue or the praise wall stopped: the last praise returned, by the order
 * both lists use (confirmation instant to the millisecond, then id).
 */
public record Position(Instant confirmedAt, String praiseId) {
    public static Position of(ModeratedPraise praise) {
        return new Position(praise.praise().confirmedAt(), praise.id());
    }
}
