package lv.praise.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.awards.PublishAwards;

/** One log line per publication run: counts only, never an address. */
final class AwardsLog {
    static final String PUBLISHED = "awards_published";
    /** Letters failed or still due; with failed > 0 template.yaml's publication filters count it (MetricFiltersTest). */
    static final String INCOMPLETE = "awards_published_incomplete";

    private AwardsLog() {
    }

    static void published(String trigger, PublishAwards.Outcome outcome) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("trigger", trigger);
        fields.put("campaignYear", outcome.publication().campaignYear());
        fields.put("createdNow", outcome.createdNow());
        fields.put("inputDigest", outcome.publication().inputDigest());
        if (outcome.checkedDigest() != null) {
            // Praise or decisions that landed between the check before the freeze and the final read.
            fields.put("movedAfterCheck", outcome.movedAfterCheck());
        }
        fields.put("certificates", outcome.certificates().total());
        fields.put("sent", outcome.certificates().sent());
        fields.put("failed", outcome.certificates().failed());
        fields.put("pending", outcome.certificates().pending());
        fields.put("noContact", outcome.certificates().noContact());
        if (outcome.certificates().complete()) {
            JsonLog.info(PUBLISHED, fields);
        } else {
            JsonLog.warn(INCOMPLETE, fields);
        }
    }
}
