package lv.praise.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the dashboard's precomputed counts – the praise counters moved beside each praise's own writes, and the
 * last recalculation's figures – read without touching a praise or a participant item (docs/data-model.md,
 * *Dashboard counts*).
 */
public interface DashboardStore {

    /**
     * The praise of one day of submission (Riga), the shards summed.
     *
     * @param confirmed of that day's praise, how many were confirmed (phone and paper praise included)
     * @param approved  of those, approved in review; {@code rejected} likewise. Pending review = the rest.
     * @param erased    of that day's praise, withdrawn or erased (confirmed or not): no longer confirmed, nor awaiting
     */
    record DayCount(LocalDate day, long submitted, long confirmed, long approved, long rejected, long erased) {
        /** Submitted and neither confirmed nor erased (yet). */
        public long unconfirmed() {
            return Math.max(0, submitted - confirmed - erased);
        }

        public long awaitingReview() {
            return confirmed - approved - rejected;
        }
    }

    /**
     * The latest complete recalculation (standings snapshot header).
     *
     * @param industryPraise counted praise per industry code ("" for participants without one)
     */
    record Recalculation(Instant generatedAt, LocalDate date, int participants, int eligible, int notEvaluated,
                        long countedPraise, Map<String, Long> industryPraise) {
        public Recalculation {
            industryPraise = Map.copyOf(industryPraise);
        }
    }

    /** Every day with a count, in order. */
    List<DayCount> days(int campaignYear);

    Optional<Recalculation> latestRecalculation(int campaignYear);
}
