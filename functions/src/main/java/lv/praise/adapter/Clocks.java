package lv.praise.adapter;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The clock of a function: the system's, or one fixed instant to see the campaign at another time. */
public final class Clocks {
    public static final String FIXED_CLOCK = "PRAISE_NOW";

    private Clocks() {
    }

    public static Clock fromSettings() {
        return Settings.optional(FIXED_CLOCK).map(Clocks::fixed).orElse(Clock.systemUTC());
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
}
