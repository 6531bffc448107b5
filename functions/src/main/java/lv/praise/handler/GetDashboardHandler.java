package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.dashboard.Dashboard;
import lv.praise.domain.dashboard.DashboardStore;

/**
 * GET /api/admin/dashboard – the organisers' figures: praise submitted, confirmed and awaiting confirmation, the
 * review queue, the daily trend, the top industries, participants without an evaluation, the last recalculation
 * and the certificate letters. Read from precomputed counts only (docs/data-model.md, pattern 28).
 */
public final class GetDashboardHandler extends AdminHandler {
    private final Dashboard dashboard;

    public GetDashboardHandler() {
        this(Wiring.get().dashboard());
    }

    GetDashboardHandler(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        Dashboard.View v = dashboard.view();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignYear", v.campaignYear());
        body.put("today", v.today().toString());
        Map<String, Object> praise = new LinkedHashMap<>();
        praise.put("submitted", v.submitted());
        praise.put("confirmed", v.confirmed());
        praise.put("awaitingConfirmation", v.awaitingConfirmation());
        praise.put("neverConfirmed", v.neverConfirmed());
        praise.put("awaitingReview", v.awaitingReview());
        praise.put("approved", v.approved());
        praise.put("rejected", v.rejected());
        praise.put("erased", v.erased());
        body.put("praise", praise);
        List<Map<String, Object>> trend = new ArrayList<>();
        for (DashboardStore.DayCount d : v.trend()) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.day().toString());
            day.put("submitted", d.submitted());
            day.put("confirmed", d.confirmed());
            trend.add(day);
        }
        body.put("trend", trend);
        body.put("recalculation", v.recalculation().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("generatedAt", r.generatedAt().toString());
            m.put("date", r.date().toString());
            m.put("participants", r.participants());
            m.put("eligible", r.eligible());
            m.put("notEvaluated", r.notEvaluated());
            m.put("countedPraise", r.countedPraise());
            return m;
        }).orElse(null));
        List<Map<String, Object>> industries = new ArrayList<>();
        v.topIndustries().forEach(e -> industries.add(Map.of("industry", e.getKey(), "praise", e.getValue())));
        body.put("topIndustries", industries);
        body.put("letters", PublicationView.certificates(v.letters()));
        return Responses.json(200, body);
    }
}
