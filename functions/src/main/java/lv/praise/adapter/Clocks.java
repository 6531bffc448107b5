package lv.praise.adapter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;

/**
 * The clock of a function: the system's, or – on the local run and in tests only – one fixed
 * instant ({@code PRAISE_NOW}) or another calendar day ({@code PRAISE_TODAY}), to see the campaign
 * at another time. Inside Lambda either switch is refused ({@link Settings#localOnly}): a deployed campaign
 * runs on real time, and a function given one fails to start rather than run on a frozen clock.
 */
public final class Clocks {
    public static final String FIXED_CLOCK = "PRAISE_NOW";
    public static final String TODAY = "PRAISE_TODAY";
    /** Set by the Lambda runtime in every function's environment; never on the local run. */
    static final String LAMBDA_MARKER = "AWS_LAMBDA_FUNCTION_NAME";
    /** The calendar whose day PRAISE_TODAY names: the campaigns' own. */
    static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    private Clocks() {
    }

    public static Clock fromSettings() {
        return fromSettings(System.getenv(), Settings::optional, Clock.systemUTC());
    }

    /**
     * @param env      the process environment (where the Lambda runtime leaves its marker)
     * @param settings how a setting is read ({@link Settings#optional})
     * @param real     the real clock
     */
    static Clock fromSettings(Map<String, String> env, Function<String, java.util.Optional<String>> settings, Clock real) {
        var fixed = Settings.localOnly(env, FIXED_CLOCK, settings);
        var today = Settings.localOnly(env, TODAY, settings);
        if (fixed.isPresent()) {
            return fixed(fixed.get());
        }
        return today.map(day -> onDay(real, parseDay(day))).orElse(real);
    }

    static Clock fixed(String text) {
        try {
            return Clock.fixed(OffsetDateTime.parse(text).toInstant(), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return Clock.fixed(Instant.parse(text), ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new IllegalStateException(FIXED_CLOCK + " must be an ISO instant such as 2027-04-20T10:00:00+03:00", e);
            }
        }
    }

    /**
     * Real time moved by whole days, so that the Riga calendar shows {@code day} now and time keeps
     * running (tokens expire, praise gets ordered by when it came) – unlike a fixed clock.
     */
    static Clock onDay(Clock real, LocalDate day) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(real.withZone(RIGA)), day);
        return new DaysAhead(real, days);
    }

    /** Real time plus whole Riga calendar days: the wall-clock time is kept across summer-time changes. */
    private static final class DaysAhead extends Clock {
        private final Clock real;
        private final long days;

        DaysAhead(Clock real, long days) {
            this.real = real;
            this.days = days;
        }

        @Override
        public ZoneId getZone() {
            return real.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new DaysAhead(real.withZone(zone), days);
        }

        @Override
        public Instant instant() {
            return real.instant().atZone(RIGA).plusDays(days).toInstant();
        }

        @Override
        public String toString() {
            return "DaysAhead[" + days + " days, " + real + "]";
        }
    }

    static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(TODAY + " must be a date such as 2027-03-09", e);
        }
    }
}
