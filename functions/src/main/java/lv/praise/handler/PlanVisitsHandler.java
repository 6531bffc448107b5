package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.RefusedException;
import lv.praise.domain.visits.PlanRow;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.VisitPlan;
import lv.praise.domain.visits.Visits;

/**
 * POST /api/admin/visits – plans visits: JSON rows, "spread evenly" across evaluators, or a CSV file
 * ({@code text/csv}); every row is checked before any is stored (201 with the new ids). Idempotent: rows whose
 * visit was planned before (same participant, branch, channel, evaluator and due window) create nothing and are
 * answered in {@code existingIds} (200 when nothing was new).
 */
public final class PlanVisitsHandler extends AdminHandler {
    static final int MAX_BYTES = 512 * 1024;
    private static final Set<String> ROW_FIELDS = Set.of("participantId", "branch", "channel", "evaluator", "dueFrom", "dueTo");
    private static final Set<String> SPREAD_FIELDS = Set.of("participantIds", "channels", "evaluators", "dueFrom", "dueTo");
    private final Visits visits;

    public PlanVisitsHandler() {
        this(Wiring.get().visits());
    }

    PlanVisitsHandler(Visits visits) {
        this.visits = visits;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        String type = RequestBody.header(event.getHeaders(), "content-type");
        List<PlanRow> rows;
        if (type != null && type.toLowerCase(Locale.ROOT).matches("\\s*(text|application)/csv.*")) {
            rows = VisitPlan.csv(CsvRequest.text(event));
        } else {
            rows = json(RequestBody.parse(event, Set.of("year", "visits", "spread"), MAX_BYTES));
        }
        Visits.Planned planned = visits.plan(rows, organiser.actor());
        List<String> ids = new ArrayList<>();
        planned.created().forEach(v -> ids.add(v.id()));
        List<String> existingIds = new ArrayList<>();
        planned.existing().forEach(v -> existingIds.add(v.id()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", planned.created().size());
        body.put("ids", ids);
        // Rows planned before (a double click, a plan sent again after a failure): left as they were.
        body.put("existing", existingIds.size());
        body.put("existingIds", existingIds);
        // 201 when this call created something, 200 when every row was planned already.
        return Responses.json(planned.created().isEmpty() ? 200 : 201, body);
    }

    private List<PlanRow> json(RequestBody body) {
        Integer year = body.wholeNumber("year");
        if (year == null) {
            throw RefusedException.invalid("year", "year is required");
        }
        visits.requireYear(year);
        RequestBody spread = body.object("spread", SPREAD_FIELDS);
        List<RequestBody> items = body.objects("visits", VisitPlan.MAX_VISITS, ROW_FIELDS);
        if (spread != null && !items.isEmpty()) {
            throw RefusedException.invalid("spread", "send either visits or spread, not both");
        }
        if (spread != null) {
            return VisitPlan.spread(spread.textList("participantIds", VisitPlan.MAX_VISITS), spread.textList("channels", 4),
                    spread.textList("evaluators", 500), spread.text("dueFrom"), spread.text("dueTo"));
        }
        List<PlanRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RequestBody r = items.get(i);
            rows.add(new PlanRow("visits[" + i + "].", r.text("participantId"), r.text("branch"), r.text("channel"),
                    r.text("evaluator"), r.text("dueFrom"), r.text("dueTo")));
        }
        return rows;
    }
}
