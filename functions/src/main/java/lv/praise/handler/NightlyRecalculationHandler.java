package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.RefusedException;
import lv.praise.domain.standings.Recalculation;
import lv.praise.domain.standings.RecalculateStandings;

/**
 * Started by EventBridge Scheduler every night at 02:00 Europe/Riga: recalculates every participant
 * and stores the day's standings snapshot. A failure is logged ({@link #FAILED}, which a metric filter
 * counts) and thrown again, so that Lambda retries the asynchronous run (it is idempotent: a retry
 * replaces the day's snapshot); after the retries the event goes to the dead-letter queue.
 */
public final class NightlyRecalculationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    /** The failure's log line; template.yaml's RecalculationFailedFilter matches it (MetricFiltersTest). */
    static final String FAILED = "standings_recalculation_failed";
    private final RecalculateStandings recalculate;
    private final BooleanSupplier reconcileSchedule;
    /** Issue 18: participants' contactEmail as their first contact where they have none (idempotent). */
    private java.util.function.Supplier<lv.praise.domain.contacts.ContactBackfill.Result> contactBackfill = () -> null;

    public NightlyRecalculationHandler() {
        this(Wiring.get().recalculateStandings(), Wiring.get().campaignYears()::reconcileSchedule);
        this.contactBackfill = Wiring.get().contactBackfill()::run;
    }

    NightlyRecalculationHandler(RecalculateStandings recalculate) {
        this(recalculate, () -> false);
    }

    /**
     * @param reconcileSchedule makes the awards schedule agree with the campaign's awardsAt (the first year's
     *                          schedule, which no organiser set, is created by the first night)
     */
    NightlyRecalculationHandler(RecalculateStandings recalculate, BooleanSupplier reconcileSchedule) {
        this.recalculate = recalculate;
        this.reconcileSchedule = reconcileSchedule;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            return run(event);
        }
    }

    private Map<String, Object> run(Map<String, Object> event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (event != null) {
            fields.put("scheduledAt", event.get("time"));
            if (event.get("resources") instanceof List<?> resources && !resources.isEmpty()) {
                fields.put("schedule", String.valueOf(resources.get(0)));
            }
        }
        try {
            Recalculation result;
            try {
                result = recalculate.run();
            } catch (RefusedException frozen) {
                // Published: nothing to recalculate, and nothing for the scheduler to retry.
                fields.put("reason", frozen.getMessage());
                JsonLog.info("standings_frozen", fields);
                return Map.of("skipped", true, "reason", frozen.getMessage());
            }
            RecalculationSummary.log("schedule", result, fields);
            // After the night's standings (a scheduler failure throws, and Lambda's retry recalculates again).
            if (reconcileSchedule.getAsBoolean()) {
                JsonLog.info("awards_schedule_reconciled", fields);
            }
            var contacts = contactBackfill.get();
            if (contacts != null && (contacts.added() > 0 || contacts.skipped() > 0)) {
                JsonLog.info("contacts_backfilled", Map.of("added", contacts.added(), "skipped", contacts.skipped()));
            }
            return RecalculationSummary.of(result);
        } catch (RuntimeException e) {
            JsonLog.error(FAILED, e, fields);
            throw e;
        }
    }
}
