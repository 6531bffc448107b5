package lv.praise.local.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What {@code ./load.sh} accepts and refuses, and when a phase counts as holding its offered rate. */
class LoadOptionsTest {

    @Test
    void withoutRateOrRampTheRunIsUnpacedAsBefore() {
        LoadOptions options = LoadOptions.parse("--clients", "200", "--praises", "1_000");
        assertEquals(200, options.clients());
        assertEquals(1000, options.praises());
        assertEquals(0, options.rate());
        assertNull(options.ramp());
    }

    @Test
    void aRateAndARampWithItsStepAndBound() {
        assertEquals(60, LoadOptions.parse("--rate", "60").rate());
        LoadOptions ramp = LoadOptions.parse("--ramp", "20:10", "--step-seconds", "15", "--p99-ms", "1500",
                "--praises", "0");
        assertEquals(new LoadOptions.Ramp(20, 10), ramp.ramp());
        assertEquals(Duration.ofSeconds(15), ramp.step());
        assertEquals(Duration.ofMillis(1500), ramp.p99());
        assertEquals(0, ramp.praises());
    }

    @Test
    void refusesWhatCannotBeRun() {
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--rate", "0"));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--rate", "50", "--ramp", "20:10"));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--ramp", "20"));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--ramp", "0:10"));
        // No praise at all is a run only when a ramp does the work.
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--praises", "0"));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--step-seconds", "0"));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--clients"));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--speed", "9"));
    }

    @Test
    void aPhaseHoldsWhenEveryPraiseIsConfirmedAtNearlyTheOfferedRateWithinTheBound() {
        Duration bound = Duration.ofMillis(2000);
        // 600 praises offered at 20/s: due over 30 s.
        assertTrue(phase(20, 600, 600, 0, 31.0, 1900).sustained(bound));
        assertFalse(phase(20, 600, 600, 0, 31.0, 2100).sustained(bound), "p99 past the bound");
        assertFalse(phase(20, 600, 600, 0, 40.0, 900).sustained(bound), "fell behind: 15 of 20 per second");
        assertFalse(phase(20, 600, 599, 1, 31.0, 900).sustained(bound), "an error");
        assertEquals(15.0, phase(20, 600, 600, 0, 40.0, 900).achieved(), 1e-9);
    }

    private static LoadPhase phase(int offered, int planned, int confirmed, int failures, double seconds, double p99) {
        Latencies.Summary latency = new Latencies.Summary(confirmed, p99 / 2, p99 * 0.9, p99, p99);
        return new LoadPhase("ramp 1", offered, planned, confirmed, failures, 0, (long) (seconds * 1e9), latency,
                latency, latency, 10);
    }
}
