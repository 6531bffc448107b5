package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import lv.praise.domain.RefusedException;
import lv.praise.domain.campaigns.Invitations;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.Wiring;
import lv.praise.domain.imports.ParticipantEditor;

/**
 * GET /api/admin/participants?q=&category=&industry=&sizeClass=&state= – every matching participant, for the
 * console. {@code state=invited}: the invitations instead (last year's participants carried over, not public
 * until confirmed), with the carry-over job that writes them ({@code carryOver}, null when there was none).
 */
public final class ListParticipantsHandler extends AdminHandler {
    private final ParticipantEditor participants;
    private final Supplier<Invitations> invitations;
    private final Supplier<Jobs> jobs;

    public ListParticipantsHandler() {
        this(Wiring.get().participantEditor(), Wiring.get()::invitations, Wiring.get()::jobsReader);
    }

    ListParticipantsHandler(ParticipantEditor participants) {
        this(participants, () -> {
            throw new IllegalStateException("no invitations in this test");
        }, () -> {
            throw new IllegalStateException("no jobs in this test");
        });
    }

    ListParticipantsHandler(ParticipantEditor participants, Supplier<Invitations> invitations, Supplier<Jobs> jobs) {
        this.participants = participants;
        this.invitations = invitations;
        this.jobs = jobs;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("q", "category", "industry", "sizeClass", "state");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        var filter = new ParticipantEditor.Filter(query.get("q"), query.get("category"), query.get("industry"),
                query.get("sizeClass"));
        String state = query.get("state");
        if ("invited".equals(state)) {
            Jobs reader = jobs.get();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("participants", invitations.get().invited(filter).stream().map(AdminParticipantView::of).toList());
            body.put("carryOver", reader.find(JobKind.CARRY_OVER).map(job -> JobView.of(job, reader.stalled(job)))
                    .orElse(null));
            return Responses.json(200, body);
        }
        if (state != null && !"confirmed".equals(state)) {
            throw RefusedException.invalid("state", "state must be confirmed or invited");
        }
        var found = participants.list(filter);
        return Responses.json(200, Map.of("participants", found.stream().map(AdminParticipantView::of).toList()));
    }
}
