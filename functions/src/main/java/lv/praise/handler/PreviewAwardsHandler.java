package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lv.praise.Wiring;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.moderation.ModerationCounts;

/**
 * GET /api/admin/awards/preview – exactly what publishing now would publish (TOP-N, category winners,
 * who gets a certificate and to which address), computed from the raw data without writing anything;
 * after publication, the published record. Before publication it also says how much praise still awaits
 * moderation ({@code reviewPending}): it counts, but can no longer be rejected once published.
 */
public final class PreviewAwardsHandler extends AdminHandler {
    private final PublishAwards awards;
    private final Supplier<ModerationCounts> reviewCounts;

    public PreviewAwardsHandler() {
        this(Wiring.get().awardsReader(), Wiring.get().moderatePraise()::counts);
    }

    PreviewAwardsHandler(PublishAwards awards, Supplier<ModerationCounts> reviewCounts) {
        this.awards = awards;
        this.reviewCounts = reviewCounts;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        PublishAwards.Preview preview = awards.preview();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", preview.state().code());
        body.put("published", preview.published());
        body.put("publishable", preview.publishable());
        body.put("refusal", preview.refusal());
        // The refusal as the console shows it: a code it translates (the English sentence above is for programs);
        // the date in it is the campaign's opening or closing, which the console formats from GET /api/campaign.
        body.put("refusalCode", preview.refusal() == null ? null : switch (preview.state()) {
            case UPCOMING -> ErrorCode.NOT_OPEN_YET.code();
            default -> ErrorCode.NOT_CLOSED.code();
        });
        body.put("reviewPending", preview.published() ? 0 : reviewCounts.get().pending());
        Map<String, Object> results = preview.published()
                ? PublicationView.organiserView(preview.publication())
                : PublicationView.publicView(preview.publication());
        if (!preview.published()) {
            // Not published yet: there is no publication time, trigger or digest to speak of but the drawn ones.
            results.remove("trigger");
        }
        body.put("results", results);
        List<Map<String, Object>> recipients = preview.recipients().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", r.rank());
            m.put("participantId", r.participantId());
            m.put("name", r.name());
            m.put("contactEmail", r.contactEmail());
            return m;
        }).toList();
        body.put("certificates", recipients.size());
        body.put("withoutContact", recipients.stream().filter(r -> r.get("contactEmail") == null).count());
        body.put("recipients", recipients);
        return Responses.json(200, body);
    }
}
