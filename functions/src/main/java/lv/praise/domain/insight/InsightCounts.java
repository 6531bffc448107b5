package lv.praise.domain.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.Praise;

/**
 * One participant's approved praise in counters (docs/insight.md, the {@code INSIGHT} item): {@code approved},
 * {@code starsSum}, and per Riga day of confirmation {@code d#yyyy-MM-dd}, per star {@code s#1..5}, per channel
 * {@code c#code}, per branch {@code b#branch}, per aspect {@code a#code}, per employee key {@code e#key}. Each
 * approved praise adds one to each of its counters (stars: its stars to the sum); taking approval away subtracts
 * the same, so the counters are always the sum over the praise approved now. {@code names} holds the last
 * spelling seen per employee key; {@code score} the standings line the nightly recalculation left (null before);
 * {@code notes} the evaluators' notes of its approved visits as the rebuild copied them (shown only when the campaign
 * shares them).
 */
public record InsightCounts(Map<String, Long> counters, Map<String, String> names, ScoreLine score, long version,
                            Instant rebuiltAt, List<String> notes) {
    public static final String APPROVED = "approved";
    public static final String STARS_SUM = "starsSum";
    public static final String DAY = "d#";
    public static final String STARS = "s#";
    public static final String CHANNEL = "c#";
    public static final String BRANCH = "b#";
    public static final String ASPECT = "a#";
    public static final String EMPLOYEE = "e#";
    public static final InsightCounts EMPTY = new InsightCounts(Map.of(), Map.of(), null, 0, null);

    public InsightCounts {
        counters = Map.copyOf(counters);
        names = Map.copyOf(names);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public InsightCounts(Map<String, Long> counters, Map<String, String> names, ScoreLine score, long version,
                         Instant rebuiltAt) {
        this(counters, names, score, version, rebuiltAt, List.of());
    }

    /** The same counters with the evaluators' notes of the participant's approved visits. */
    public InsightCounts withNotes(List<String> evaluatorsNotes) {
        return new InsightCounts(counters, names, score, version, rebuiltAt, evaluatorsNotes);
    }

    /** What one approved praise adds (or, negated, what taking its approval away subtracts). */
    public static Map<String, Long> of(Praise p) {
        Map<String, Long> add = new LinkedHashMap<>();
        add.put(APPROVED, 1L);
        add.put(STARS_SUM, (long) p.stars());
        ZoneId riga = Campaign.RIGA;
        add.put(DAY + LocalDate.ofInstant(p.confirmedAt(), riga), 1L);
        add.put(STARS + p.stars(), 1L);
        add.put(CHANNEL + p.channel().code(), 1L);
        if (p.branch() != null && !p.branch().isBlank()) {
            add.put(BRANCH + p.branch(), 1L);
        }
        for (String aspect : p.aspects()) {
            add.put(ASPECT + aspect, 1L);
        }
        String key = EmployeeKey.of(p.employee());
        if (key != null) {
            add.put(EMPLOYEE + key, 1L);
        }
        return add;
    }

    /** The counters of these approved praises, from scratch (the nightly rebuild). */
    public static InsightCounts rebuilt(Collection<Praise> approved, ScoreLine score, Instant at) {
        Map<String, Long> sums = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Instant> namedAt = new HashMap<>();
        for (Praise p : approved) {
            of(p).forEach((k, v) -> sums.merge(k, v, Long::sum));
            String key = EmployeeKey.of(p.employee());
            // The last spelling is the newest praise's, in whatever order the praise came.
            Instant confirmed = p.confirmedAt() == null ? Instant.MIN : p.confirmedAt();
            if (key != null && (!namedAt.containsKey(key) || !confirmed.isBefore(namedAt.get(key)))) {
                names.put(key, p.employee().strip());
                namedAt.put(key, confirmed);
            }
        }
        return new InsightCounts(sums, names, score, 0, at);
    }

    /**
     * Whether the approved praise a rebuild read (ByWall, an eventually consistent index) is behind the decisions:
     * it holds another number of praise than the {@code approved} counter that every decision moves in its own
     * transaction. Then the counters counted from it may drop (or keep) a praise decided a moment ago, so the
     * rebuild reads again: while what it reads keeps changing, the index is lagging and the decisions' counters
     * stay (the next night counts again); the same answer on every read means the counter is what's wrong, and
     * what was read replaces it. An item no decision has moved yet (version 0) has nothing to compare and takes
     * what was read.
     */
    public static boolean behind(InsightCounts stored, InsightCounts rebuilt) {
        return stored.version() > 0 && stored.get(APPROVED) != rebuilt.get(APPROVED);
    }

    /** These counters (the decisions') with the rebuild's standings line, time and evaluators' notes. */
    public InsightCounts keeping(InsightCounts rebuilt) {
        return new InsightCounts(counters, names, rebuilt.score(), version, rebuilt.rebuiltAt(), rebuilt.notes());
    }

    public long get(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    /** The counters starting with a prefix, by what follows it (zero and negative left out). */
    public Map<String, Long> with(String prefix) {
        Map<String, Long> found = new HashMap<>();
        counters.forEach((k, v) -> {
            if (k.startsWith(prefix) && v > 0) {
                found.put(k.substring(prefix.length()), v);
            }
        });
        return found;
    }

    /** The same counters (the participant's figures), without version, time or score: what a rebuild must equal. */
    public Map<String, Long> positive() {
        Map<String, Long> found = new HashMap<>();
        counters.forEach((k, v) -> {
            if (v != 0) {
                found.put(k, v);
            }
        });
        return found;
    }
}
