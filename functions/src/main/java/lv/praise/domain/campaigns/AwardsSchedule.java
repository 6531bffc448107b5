package lv.praise.domain.campaigns;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Port: the one-time schedule that publishes a campaign's awards (EventBridge Scheduler; on the local run
 * its emulation). One schedule per campaign year, so moving a year's awards moves its one schedule.
 */
public interface AwardsSchedule {
    /** The schedule as read back: when it fires, in which zone. */
    record Scheduled(int year, Instant at, ZoneId timeZone) {
    }

    /** Creates the year's schedule at {@code at}, or moves it there when it exists. Throws when that fails. */
    void scheduleAwards(int year, Instant at, ZoneId timeZone);

    /** The year's schedule as the scheduler holds it; empty when there is none. */
    Optional<Scheduled> find(int year);
}
