package lv.praise.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.praise.domain.Channel;
import lv.praise.domain.Evaluation;
import lv.praise.domain.EvaluationStore;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.standings.ScoringSource;
import lv.praise.domain.standings.StandingsSnapshot;
import lv.praise.domain.standings.StandingsStore;

/** Fakes of the standings ports, for use-case and handler tests. */
public final class StandingsFakes {
    private StandingsFakes() {
    }

    /** The praise of an {@link InMemoryStore}, tallied as the scan would; some may be marked rejected by moderation. */
    public static final class Praises implements ScoringSource {
        private final InMemoryStore store;
        private final Set<String> rejected = new HashSet<>();

        public Praises(InMemoryStore store) {
            this.store = store;
        }

        public void reject(String praiseId) {
            rejected.add(praiseId);
        }

        public boolean isRejected(String praiseId) {
            return rejected.contains(praiseId);
        }

        @Override
        public ComponentTally tally(int campaignYear, ScoringRules rules) {
            ComponentTally tally = new ComponentTally(rules);
            for (Praise praise : store.praises()) {
                if (praise.campaignYear() == campaignYear) {
                    tally.add(praise, rejected.contains(praise.id()));
                }
            }
            return tally;
        }

        /** Stores a praise of the given year, confirmed or left pending; returns it. */
        public Praise add(int year, String participantId, Channel channel, int stars, boolean confirmed) {
            Instant at = Fixtures.DURING_WINDOW;
            String id = UUID.randomUUID().toString();
            Praise praise = Praise.pending(id, year, participantId,
                    new Praise.Content(participantId, null, null, stars, List.of(), "Paldies!", channel, Lang.LV),
                    "hash-" + id, "token-" + id, at, at.plusSeconds(72 * 3600));
            store.savePending(praise);
            if (confirmed) {
                store.confirm(praise, at.plusSeconds(60));
            }
            return praise;
        }
    }

    /** Stores one evaluation per score, on consecutive days, for a participant. */
    public static void evaluate(EvaluationStore evaluations, int year, String participantId, int... scores) {
        List<Evaluation> added = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            added.add(new Evaluation(year, participantId, LocalDate.of(year, 3, 10 + i), "Anna", "visit", scores[i]));
        }
        evaluations.saveAll(added);
    }

    /**
     * Snapshots by day, the last run of a day replacing the others, and a latest pointer that only
     * moves forwards – the contract of the table adapter. Can be told to fail its next save.
     */
    public static final class Snapshots implements StandingsStore {
        private final Map<String, StandingsSnapshot> byDay = new HashMap<>();
        /** The expiry each day's snapshot was saved with; absent: kept for good. */
        private final Map<String, Optional<Instant>> expiries = new HashMap<>();
        private final Map<Integer, StandingsSnapshot> latest = new HashMap<>();
        private RuntimeException nextFailure;

        public synchronized void failNextSave(RuntimeException failure) {
            nextFailure = failure;
        }

        @Override
        public synchronized boolean save(StandingsSnapshot snapshot, Optional<Instant> expiresAt) {
            if (nextFailure != null) {
                RuntimeException failure = nextFailure;
                nextFailure = null;
                throw failure;
            }
            String key = snapshot.campaignYear() + "/" + snapshot.date();
            StandingsSnapshot sameDay = byDay.get(key);
            if (sameDay == null || !sameDay.generatedAt().isAfter(snapshot.generatedAt())) {
                byDay.put(key, snapshot);
                expiries.put(key, expiresAt);
            }
            StandingsSnapshot current = latest.get(snapshot.campaignYear());
            boolean newer = current == null || current.date().isBefore(snapshot.date())
                    || (current.date().equals(snapshot.date()) && !current.generatedAt().isAfter(snapshot.generatedAt()));
            if (newer) {
                latest.put(snapshot.campaignYear(), snapshot);
            }
            return newer;
        }

        @Override
        public synchronized Optional<StandingsSnapshot> latest(int campaignYear) {
            return Optional.ofNullable(latest.get(campaignYear));
        }

        @Override
        public synchronized Optional<StandingsSnapshot> find(int campaignYear, LocalDate date) {
            return Optional.ofNullable(byDay.get(campaignYear + "/" + date));
        }

        /** The expiry the stored snapshot of that day was saved with (empty: kept for good). */
        public synchronized Optional<Instant> expiry(int campaignYear, LocalDate date) {
            return expiries.getOrDefault(campaignYear + "/" + date, Optional.empty());
        }

        public synchronized int days(int campaignYear) {
            return (int) byDay.keySet().stream().filter(k -> k.startsWith(campaignYear + "/")).count();
        }
    }
}
