package lv.praise.local.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import lv.praise.local.LocalServer;

/**
 * Drives a running local server over HTTP in phases: an optional ramp of steps at a rising offered rate,
 * then the main phase. In each phase {@code clients} threads take the next praise number, wait for its due
 * time when the phase is paced (open loop: praise {@code i} is due {@code i / rate} s after the phase's
 * start, whether or not earlier ones are answered; a late start is measured, not hidden), submit a distinct
 * praise (its own e-mail address, spread over every seeded participant), read the confirmation e-mail from
 * the outbox and confirm it. Half-way through the main phase, {@code racers} threads confirm one more
 * praise with the same token at the same moment, while the bulk goes on (after the ramp when there is no
 * main phase).
 */
final class LoadDriver {
    private static final int FAILURE_SAMPLES = 10;
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    /** A ramp ends here at the latest, sustained or not. */
    static final int MAX_STEPS = 40;

    private final LocalServer server;
    private final LoadOptions options;
    private final PraiseApi api;
    private final List<String> participants;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private final AtomicInteger nextNumber = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> serverErrors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
    private final Set<String> expectedIds = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Long> expectedCount = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> participantOf = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> raceAnswers = new ConcurrentHashMap<>();
    private final Latencies submitLatency = new Latencies();
    private final Latencies confirmLatency = new Latencies();
    private final Latencies raceLatency = new Latencies();
    private final CountDownLatch raceGate = new CountDownLatch(1);
    /** The bulk's confirmations after which the racers fire (none before the main phase sets it). */
    private volatile int raceAt = -1;
    private volatile boolean stopped;

    LoadDriver(LocalServer server, LoadOptions options) {
        this.server = server;
        this.options = options;
        this.api = new PraiseApi(server.baseUrl());
        this.participants = List.copyOf(server.participantIds());
        if (participants.isEmpty()) {
            throw new IllegalStateException("the server has no participants to praise");
        }
    }

    LoadOutcome run() throws InterruptedException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        try (ConfirmationLinks links = ConfirmationLinks.watch(server.outboxDir())) {
            String raceToken = prepareRace(links);
            ExecutorService racers = Executors.newFixedThreadPool(options.racers(), named("load-racer"));
            long start = System.nanoTime();
            CyclicBarrier together = new CyclicBarrier(options.racers());
            for (int r = 0; r < options.racers(); r++) {
                racers.execute(() -> race(raceToken, together));
            }
            racers.shutdown();
            List<LoadPhase> phases = new ArrayList<>();
            int sustained = 0;
            boolean finished = true;
            if (options.ramp() != null) {
                int rate = options.ramp().from();
                for (int step = 1; step <= MAX_STEPS && finished; step++, rate += options.ramp().by()) {
                    int praises = (int) Math.max(2, Math.round(rate * (options.step().toNanos() / 1e9)));
                    Phase phase = new Phase("ramp " + step, rate, praises);
                    finished = phase.run(links, deadline);
                    phases.add(phase.outcome());
                    if (!finished || !phase.outcome().sustained(options.p99())) {
                        break;
                    }
                    sustained = rate;
                }
            }
            boolean main = options.praises() > 0 && finished && (options.ramp() == null || sustained > 0);
            if (main) {
                Phase phase = new Phase("main", options.ramp() == null ? options.rate() : sustained, options.praises());
                finished = phase.run(links, deadline);
                phases.add(phase.outcome());
            }
            raceGate.countDown(); // when the bulk failed before half-way, the race still runs
            finished = finished && racers.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
            long wall = System.nanoTime() - start;
            if (!finished) {
                stopped = true;
                racers.shutdownNow();
                racers.awaitTermination(10, TimeUnit.SECONDS);
            }
            int planned = phases.stream().mapToInt(LoadPhase::planned).sum();
            return new LoadOutcome(options, List.copyOf(phases), sustained, planned, wall, submitted.get(),
                    confirmed.get(), failures.get(), Map.copyOf(serverErrors), List.copyOf(failureSamples),
                    Collections.unmodifiableMap(new TreeMap<>(raceAnswers)), Set.copyOf(expectedIds),
                    Map.copyOf(expectedCount), Map.copyOf(participantOf), submitLatency.summary(),
                    confirmLatency.summary(), raceLatency.summary(), !finished);
        }
    }

    /** One phase's clients, its schedule and its own figures (the run's totals are kept beside them). */
    private final class Phase {
        private final String name;
        private final int rate;
        private final int planned;
        private final int firstNumber = nextNumber.get();
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger confirmedHere = new AtomicInteger();
        private final AtomicInteger failuresHere = new AtomicInteger();
        private final AtomicInteger serverErrorsHere = new AtomicInteger();
        private final AtomicInteger busy = new AtomicInteger();
        private final AtomicInteger peakBusy = new AtomicInteger();
        private final Latencies submit = new Latencies();
        private final Latencies confirm = new Latencies();
        private final Latencies lag = new Latencies();
        private long start;
        private long wall;

        Phase(String name, int rate, int planned) {
            this.name = name;
            this.rate = rate;
            this.planned = planned;
        }

        /** Runs the phase to its end; false when the run's time-out stopped it. */
        boolean run(ConfirmationLinks links, long deadline) throws InterruptedException {
            // The race runs half-way through the main phase, under the load it measures; a ramp's steps run
            // without it, so that twenty clicks at one moment don't decide which rate a step holds.
            if (name.equals("main")) {
                raceAt = confirmed.get() + Math.max(1, (planned + 1) / 2);
            }
            System.err.printf("load: %s – %,d praises%s from %d clients ...%n", name, planned,
                    rate == 0 ? " unpaced" : " offered at " + rate + "/s", options.clients());
            ExecutorService clients = Executors.newFixedThreadPool(options.clients(), named("load-client"));
            start = System.nanoTime();
            for (int c = 0; c < options.clients(); c++) {
                clients.execute(() -> submitAndConfirm(links));
            }
            clients.shutdown();
            boolean finished = clients.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
            wall = System.nanoTime() - start;
            if (!finished) {
                stopped = true;
                clients.shutdownNow();
                clients.awaitTermination(10, TimeUnit.SECONDS);
            }
            nextNumber.addAndGet(planned);
            return finished;
        }

        LoadPhase outcome() {
            return new LoadPhase(name, rate, planned, confirmedHere.get(), failuresHere.get(), serverErrorsHere.get(),
                    wall, submit.summary(), confirm.summary(), lag.summary(), peakBusy.get());
        }

        private void submitAndConfirm(ConfirmationLinks links) {
            while (!stopped) {
                int k = next.getAndIncrement();
                if (k >= planned) {
                    return;
                }
                if (rate > 0 && !waitUntilDue(k)) {
                    return;
                }
                int now = busy.incrementAndGet();
                peakBusy.accumulateAndGet(now, Math::max);
                try {
                    praise(firstNumber + k, links);
                } finally {
                    busy.decrementAndGet();
                }
            }
        }

        /** Open-loop pacing: praise {@code k} is due {@code k / rate} s after the start; how late it starts is kept. */
        private boolean waitUntilDue(int k) {
            long due = start + Math.round(k * 1e9 / rate);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
                if (stopped || Thread.currentThread().isInterrupted()) {
                    return false;
                }
            }
            lag.add(System.nanoTime() - due);
            return true;
        }

        private void praise(int i, ConfirmationLinks links) {
            String participant = participants.get(i % participants.size());
            String email = "load-" + run + "-" + i + "@example.com";
            try {
                long t0 = System.nanoTime();
                PraiseApi.Answer answer = api.submit(participant, email,
                        "Load praise " + i + ": quick, kind and competent service.", 1 + i % 5);
                long submitNanos = System.nanoTime() - t0;
                submitLatency.add(submitNanos);
                submit.add(submitNanos);
                submitted.incrementAndGet();
                if (!answer.is(202, "pending_confirmation")) {
                    refused("submit #" + i, LoadChecks.SUBMIT_ROUTE, answer);
                    return;
                }
                String token = links.await(email, MAIL_WAIT);
                long t1 = System.nanoTime();
                PraiseApi.Answer confirmation = api.confirm(token);
                long done = System.nanoTime();
                confirmLatency.add(done - t1);
                confirm.add(done - t1);
                if (!confirmation.is(200, "confirmed")) {
                    refused("confirm #" + i, LoadChecks.CONFIRM_ROUTE, confirmation);
                    return;
                }
                expect(praiseId(token), participant);
                confirmedHere.incrementAndGet();
                if (confirmed.incrementAndGet() == raceAt) {
                    raceGate.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                fail("praise #" + i, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
            }
        }

        private void refused(String what, String route, PraiseApi.Answer answer) {
            fail(what, answer.toString(), answer.httpStatus() >= 500 ? route : null);
        }

        /** {@code serverErrorOf}: the route that answered 5xx, or null for any other failure. */
        private void fail(String what, String detail, String serverErrorOf) {
            failuresHere.incrementAndGet();
            if (serverErrorOf != null) {
                serverErrorsHere.incrementAndGet();
            }
            LoadDriver.this.fail(what, detail, serverErrorOf);
        }
    }

    /** The praise the racers confirm: submitted before the clock starts, so it is not part of the bulk's figures. */
    private String prepareRace(ConfirmationLinks links) throws InterruptedException {
        String participant = participants.get(0);
        String email = "load-" + run + "-race@example.com";
        try {
            PraiseApi.Answer answer = api.submit(participant, email, "Load race: one praise, many clicks.", 5);
            if (!answer.is(202, "pending_confirmation")) {
                throw new IllegalStateException("the race's praise was refused: " + answer);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the race's praise could not be submitted", e);
        }
        String token = links.await(email, MAIL_WAIT);
        expect(praiseId(token), participant);
        return token;
    }

    private void race(String token, CyclicBarrier together) {
        try {
            raceGate.await();
            together.await(); // every racer fires at once
            long t0 = System.nanoTime();
            PraiseApi.Answer answer = api.confirm(token);
            raceLatency.add(System.nanoTime() - t0);
            String outcome = answer.httpStatus() == 200 ? answer.code() : answer.toString();
            raceAnswers.merge(outcome, 1, Integer::sum);
            if (answer.httpStatus() >= 500) {
                serverErrors.merge(LoadOutcome.RACERS, 1, Integer::sum);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | BrokenBarrierException | RuntimeException e) {
            raceAnswers.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        }
    }

    private void expect(String praiseId, String participant) {
        if (expectedIds.add(praiseId)) {
            expectedCount.merge(participant, 1L, Long::sum);
            participantOf.put(praiseId, participant);
        }
    }

    private void fail(String what, String detail, String serverErrorOf) {
        failures.incrementAndGet();
        if (serverErrorOf != null) {
            serverErrors.merge(serverErrorOf, 1, Integer::sum);
        }
        if (failureSamples.size() < FAILURE_SAMPLES) {
            failureSamples.add(what + ": " + detail);
        }
    }

    /** A token is {@code {praiseId}.{secret}} (docs/data-model.md). */
    private static String praiseId(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            throw new IllegalStateException("a confirmation token without its praise id");
        }
        return token.substring(0, dot);
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
