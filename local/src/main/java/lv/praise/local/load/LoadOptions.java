package lv.praise.local.load;

import java.time.Duration;

/**
 * How big a load run is: how many clients submit and confirm how many distinct praises, at what offered
 * rate (or as fast as the clients go), whether a ramp first looks for the highest rate the machine
 * sustains, how many racers confirm one more praise at the same moment, and how long the whole run may
 * take before it is stopped and reported as failed.
 *
 * @param praises the main phase's praises (after the ramp, at the highest rate it sustained); 0 with a
 *                ramp runs the ramp alone
 * @param rate    offered praises per second of the main phase; 0: unpaced, every client as fast as it goes
 * @param ramp    null, or the ramp's first offered rate and its step (praises per second)
 * @param step    how long each ramp step offers its rate
 * @param p99     the bound on each step's p99 latency (submit and confirm) for the step to count as sustained
 */
public record LoadOptions(int clients, int praises, int racers, Duration timeout, int rate, Ramp ramp, Duration step,
                          Duration p99) {
    public static final LoadOptions DEFAULTS = new LoadOptions(50, 10_000, 20, Duration.ofMinutes(10), 0, null,
            Duration.ofSeconds(30), Duration.ofMillis(2000));
    static final int MAX_CLIENTS = 500;
    static final int MAX_PRAISES = 1_000_000;
    static final int MAX_RATE = 100_000;
    static final String USAGE = "./load.sh [--clients N] [--praises N] [--rate PRAISES_PER_S | --ramp FROM:BY "
            + "[--step-seconds S] [--p99-ms MS]] [--racers N] [--timeout SECONDS]";

    /** A ramp offers {@code from}, {@code from + by}, … praises per second, one step at a time. */
    public record Ramp(int from, int by) {
        public Ramp {
            if (from < 1 || from > MAX_RATE || by < 1 || by > MAX_RATE) {
                throw new IllegalArgumentException("--ramp rates must be from 1 to " + MAX_RATE + " praises/s");
            }
        }

        /** {@code FROM:BY}, e.g. {@code 20:10}. */
        static Ramp parse(String value) {
            String[] parts = value.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--ramp must be FROM:BY praises/s, e.g. 20:10, not '" + value + "'");
            }
            return new Ramp(number("--ramp", parts[0]), number("--ramp", parts[1]));
        }

        @Override
        public String toString() {
            return from + ":" + by;
        }
    }

    public LoadOptions {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("--clients must be from 1 to " + MAX_CLIENTS + ", not " + clients);
        }
        if (praises < (ramp == null ? 1 : 0) || praises > MAX_PRAISES) {
            throw new IllegalArgumentException("--praises must be from " + (ramp == null ? 1 : 0) + " to " + MAX_PRAISES
                    + ", not " + praises);
        }
        if (racers < 2 || racers > MAX_CLIENTS) {
            throw new IllegalArgumentException("--racers must be from 2 to " + MAX_CLIENTS + ", not " + racers);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        }
        if (rate < 0 || rate > MAX_RATE) {
            throw new IllegalArgumentException("--rate must be from 1 to " + MAX_RATE + " praises/s, not " + rate);
        }
        if (rate > 0 && ramp != null) {
            throw new IllegalArgumentException("--rate and --ramp exclude each other: the ramp finds the main phase's rate");
        }
        if (step == null || step.toSeconds() < 1 || step.toSeconds() > 3600) {
            throw new IllegalArgumentException("--step-seconds must be from 1 to 3600");
        }
        if (p99 == null || p99.toMillis() < 1) {
            throw new IllegalArgumentException("--p99-ms must be a positive number of milliseconds");
        }
    }

    /** Every option as {@code --name value}; anything left out keeps its default. */
    public static LoadOptions parse(String... args) {
        int clients = DEFAULTS.clients;
        int praises = DEFAULTS.praises;
        int racers = DEFAULTS.racers;
        Duration timeout = DEFAULTS.timeout;
        int rate = DEFAULTS.rate;
        Ramp ramp = DEFAULTS.ramp;
        Duration step = DEFAULTS.step;
        Duration p99 = DEFAULTS.p99;
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
                case "--rate" -> {
                    rate = number(flag, value);
                    if (rate < 1) {
                        throw new IllegalArgumentException("--rate must be at least 1 praise/s, not " + rate);
                    }
                }
                case "--ramp" -> ramp = Ramp.parse(value);
                case "--step-seconds" -> step = Duration.ofSeconds(number(flag, value));
                case "--p99-ms" -> p99 = Duration.ofMillis(number(flag, value));
                default -> throw new IllegalArgumentException("unknown option " + flag + " (usage: " + USAGE + ")");
            }
        }
        return new LoadOptions(clients, praises, racers, timeout, rate, ramp, step, p99);
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number, not '" + value + "'");
        }
    }
}
