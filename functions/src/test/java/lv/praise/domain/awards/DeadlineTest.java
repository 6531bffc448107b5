package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one margin rule of a run against its function's time (issue 20: it had a home in each worker). */
class DeadlineTest {
    @Test
    void aRunWithLessTimeLeftThanItsMarginStartsNothing() {
        assertTrue(Deadline.leaving(Duration.ofSeconds(5), Duration.ofSeconds(12)).passed());
        assertTrue(Deadline.leaving(Duration.ofSeconds(12), Duration.ofSeconds(12)).passed());
    }

    @Test
    void aRunWithTimeBeyondItsMarginGoesOn() {
        assertFalse(Deadline.leaving(Duration.ofHours(1), Duration.ofSeconds(12)).passed());
    }

    @Test
    void aRunWhoseTimeIsNotMeasuredIsNotStopped() {
        assertFalse(Deadline.leaving(null, Duration.ofSeconds(60)).passed());
    }
}
