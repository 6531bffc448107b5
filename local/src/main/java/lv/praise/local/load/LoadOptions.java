package lv.praise.local.load;

import java.time.Duration;

/**
 * How big a load run is: how many clients submit and confirm how many distinct praises, how many
 * racers confirm one more praise at the same moment, and how long the whole run may take before it
 * is stopped and reported as failed.
 */
public record LoadOptions(int clients, int praises, int racers, Duration timeout) {
    public static final LoadOptions DEFAULTS = new LoadOptions(50, 10_000, 20, Duration.ofMinutes(10));
    static final int MAX_CLIENTS = 500;
    static final int MAX_PRAISES = 1_000_000;

    public LoadOptions {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("--clients must be from 1 to " + MAX_CLIENTS + ", not " + clients);
        }
        if (praises < 1 || praises > MAX_PRAISES) {
            throw new IllegalArgumentException("--praises must be from 1 to " + MAX_PRAISES + ", not " + praises);
        }
        if (racers < 2 || racers > MAX_CLIENTS) {
            throw new IllegalArgumentException("--racers must be from 2 to " + MAX_CLIENTS + ", not " + racers);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        }
    }

    /** {@code --clients N --praises N --racers N --timeout SECONDS}; anything left out keeps its default. */
    public static LoadOptions parse(String... args) {
        int clients = DEFAULTS.clients;
        int praises = DEFAULTS.praises;
        int racers = DEFAULTS.racers;
        Duration timeout = DEFAULTS.timeout;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--clients" -> clients = number(flag, value);
                case "--praises" -> praises = number(flag, value);
                case "--racers" -> racers = number(flag, value);
                case "--timeout" -> timeout = Duration.ofSeconds(number(flag, value));
                default -> throw new IllegalArgumentException("unknown option " + flag
                        + " (known: --clients, --praises, --racers, --timeout)");
            }
        }
        return new LoadOptions(clients, praises, racers, timeout);
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number, not '" + value + "'");
        }
    }
}
