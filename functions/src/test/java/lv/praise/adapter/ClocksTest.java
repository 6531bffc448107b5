package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClocksTest {
    private static final Clock REAL = Clock.fixed(Instant.parse("2026-12-05T00:09:00Z"), ZoneOffset.UTC);

    private static Clock clock(Map<String, String> env, Map<String, String> settings) {
        return Clocks.fromSettings(env, name -> Optional.ofNullable(settings.get(name)), REAL);
    }

    @Test
    void withoutSwitchesTheRealClock() {
        assertSame(REAL, clock(Map.of(), Map.of()));
    }

    @Test
    void praiseNowFixesTheInstant() {
        assertEquals(Instant.parse("2027-04-20T07:00:00Z"),
                clock(Map.of(), Map.of("PRAISE_NOW", "2027-04-20T10:00:00+03:00")).instant());
    }

    @Test
    void praiseNowWinsOverPraiseToday() {
        assertEquals(Instant.parse("2027-04-20T07:00:00Z"), clock(Map.of(),
                Map.of("PRAISE_NOW", "2027-04-20T10:00:00+03:00", "PRAISE_TODAY", "2027-03-09")).instant());
    }

    @Test
    void insideLambdaTheSwitchesAreRefusedLoudly() {
        Map<String, String> lambda = Map.of("AWS_LAMBDA_FUNCTION_NAME", "praise-SubmitPraiseFunction");
        assertSame(REAL, clock(lambda, Map.of()));
        IllegalStateException now = assertThrows(IllegalStateException.class,
                () -> clock(lambda, Map.of("PRAISE_NOW", "2027-04-20T10:00:00+03:00")));
        assertTrue(now.getMessage().startsWith("PRAISE_NOW is a switch of the local run"), now.getMessage());
        assertThrows(IllegalStateException.class, () -> clock(lambda, Map.of("PRAISE_TODAY", "2027-03-09")));
    }

    /** The Riga day becomes the chosen one, at the same Riga wall-clock time, summer time or not. */
    @ParameterizedTest
    @CsvSource({
        "2026-12-05T00:09:00Z, 2027-03-09",   // winter to winter, a single-digit day
        "2026-12-05T00:09:00Z, 2027-03-28",   // the day summer time starts
        "2026-12-05T00:09:00Z, 2027-10-31",   // the day summer time ends
        "2026-12-05T00:09:00Z, 2028-02-29",   // a leap day
        "2026-12-04T22:30:00Z, 2026-11-30",   // just after midnight in Riga (still the 4th in UTC), a day back
        "2027-07-15T21:59:59Z, 2027-01-01",   // the last second of a summer day in Riga, to winter
        "2027-07-15T12:00:00Z, 2027-07-15"})  // the same day: no change
    void praiseTodayMovesRealTimeToThatDay(String real, String day) {
        Clock base = Clock.fixed(Instant.parse(real), ZoneOffset.UTC);
        Clock moved = Clocks.fromSettings(Map.of(), name -> name.equals("PRAISE_TODAY") ? Optional.of(day) : Optional.empty(), base);
        ZonedDateTime before = base.instant().atZone(Clocks.RIGA);
        ZonedDateTime after = moved.instant().atZone(Clocks.RIGA);
        assertEquals(LocalDate.parse(day), after.toLocalDate());
        assertEquals(before.toLocalTime(), after.toLocalTime());
        assertEquals(LocalDate.parse(day), LocalDate.now(moved.withZone(Clocks.RIGA)));
    }

    @Test
    void praiseTodayKeepsTimeRunning() {
        Clock running = Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1));
        Clock moved = Clocks.onDay(running, LocalDate.of(2027, 3, 9));
        Instant first = moved.instant();
        Instant later = first;
        for (int i = 0; i < 1_000_000 && !later.isAfter(first); i++) {
            later = moved.instant();
        }
        assertTrue(later.isAfter(first), "the moved clock must advance with real time");
    }

    @Test
    void badValuesNameTheSetting() {
        IllegalStateException day = assertThrows(IllegalStateException.class,
                () -> clock(Map.of(), Map.of("PRAISE_TODAY", "9.3.2027")));
        assertTrue(day.getMessage().startsWith("PRAISE_TODAY"), day.getMessage());
        IllegalStateException now = assertThrows(IllegalStateException.class,
                () -> clock(Map.of(), Map.of("PRAISE_NOW", "tomorrow")));
        assertTrue(now.getMessage().startsWith("PRAISE_NOW"), now.getMessage());
    }
}
