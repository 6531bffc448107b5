package lv.praise.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.standings.Recalculation;

/** What a recalculation answers and logs, the same for the organisers' route and the nightly schedule. */
final class RecalculationSummary {
    static final String LOG_EVENT = "standings_recalculated";

    private RecalculationSummary() {
    }

    /** The answer: date, participants, praisesRead, eligible, durationMs (and a little more). */
    static Map<String, Object> of(Recalculation r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignYear", r.campaignYear());
        body.put("date", r.date().toString());
        body.put("generatedAt", r.generatedAt().toString());
        body.put("participants", r.participants());
        body.put("praisesRead", r.praisesRead());
        body.put("countedPraise", r.countedPraise());
        body.put("eligible", r.eligible());
        body.put("durationMs", r.took().toMillis());
        body.put("latest", r.latest());
        return body;
    }

    /** One structured line per run: who started it, participants, praise read, duration. */
    static void log(String trigger, Recalculation r, Map<String, ?> context) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("trigger", trigger);
        fields.putAll(context);
        fields.putAll(of(r));
        JsonLog.info(LOG_EVENT, fields);
    }
}
