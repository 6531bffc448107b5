package lv.praise.local.load;

import java.io.IOException;
import java.time.Duration;
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
import lv.praise.local.LocalServer;

/**
 * Drives a running local server over HTTP: {@code clients} threads each take the next praise number,
 * submit a distinct praise (its own e-mail address, spread over every seeded participant), read the
 * confirmation e-mail from the outbox and confirm it; half-way through, {@code racers} threads confirm
 * one more praise with the same token at the same moment, while the bulk goes on.
 */
final class LoadDriver {
    private static final int FAILURE_SAMPLES = 10;
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private final LocalServer server;
    private final LoadOptions options;
    private final PraiseApi api;
    private final List<String> participants;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
    private final Set<String> expectedIds = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Long> expectedCount = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> participantOf = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> raceAnswers = new ConcurrentHashMap<>();
    private final Latencies submitLatency = new Latencies();
    private final Latencies confirmLatency = new Latencies();
    private final Latencies raceLatency = new Latencies();
    private final CountDownLatch raceGate = new CountDownLatch(1);
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
            ExecutorService clients = Executors.newFixedThreadPool(options.clients(), named("load-client"));
            ExecutorService racers = Executors.newFixedThreadPool(options.racers(), named("load-racer"));
            long start = System.nanoTime();
            CyclicBarrier together = new CyclicBarrier(options.racers());
            for (int r = 0; r < options.racers(); r++) {
                racers.execute(() -> race(raceToken, together));
            }
            for (int c = 0; c < options.clients(); c++) {
                clients.execute(() -> submitAndConfirm(links));
            }
            clients.shutdown();
            racers.shutdown();
            boolean finished = clients.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
            raceGate.countDown(); // when the bulk failed before half-way, the race still runs
            finished = finished && racers.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
            long wall = System.nanoTime() - start;
            if (!finished) {
                stopped = true;
                clients.shutdownNow();
                racers.shutdownNow();
                clients.awaitTermination(10, TimeUnit.SECONDS);
                racers.awaitTermination(10, TimeUnit.SECONDS);
            }
            return new LoadOutcome(options, wall, submitted.get(), confirmed.get(), failures.get(),
                    List.copyOf(failureSamples), Collections.unmodifiableMap(new TreeMap<>(raceAnswers)),
                    Set.copyOf(expectedIds), Map.copyOf(expectedCount), Map.copyOf(participantOf), submitLatency.summary(),
                    confirmLatency.summary(), raceLatency.summary(), !finished);
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

    private void submitAndConfirm(ConfirmationLinks links) {
        while (!stopped) {
            int i = next.getAndIncrement();
            if (i >= options.praises()) {
                return;
            }
            String participant = participants.get(i % participants.size());
            String email = "load-" + run + "-" + i + "@example.com";
            try {
                long t0 = System.nanoTime();
                PraiseApi.Answer answer = api.submit(participant, email,
                        "Load praise " + i + ": quick, kind and competent service.", 1 + i % 5);
                submitLatency.add(System.nanoTime() - t0);
                submitted.incrementAndGet();
                if (!answer.is(202, "pending_confirmation")) {
                    fail("submit #" + i, answer.toString());
                    continue;
                }
                String token = links.await(email, MAIL_WAIT);
                long t1 = System.nanoTime();
                PraiseApi.Answer confirmation = api.confirm(token);
                confirmLatency.add(System.nanoTime() - t1);
                if (!confirmation.is(200, "confirmed")) {
                    fail("confirm #" + i, confirmation.toString());
                    continue;
                }
                expect(praiseId(token), participant);
                if (confirmed.incrementAndGet() == (options.praises() + 1) / 2) {
                    raceGate.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                fail("praise #" + i, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
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

    private void fail(String what, String detail) {
        failures.incrementAndGet();
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
