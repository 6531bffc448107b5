package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.function.IntSupplier;
import lv.praise.Wiring;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.contacts.ParticipantAccess;
import lv.praise.domain.insight.InsightReader;
import lv.praise.domain.insight.ParticipantInsight;

/**
 * GET /api/my/participants/{id} (a contact) and GET /api/admin/participants/{id}/insight (an organiser): the
 * participant's insight as docs/insight.md's JSON, from precomputed items (issue 18). Personal: never cached.
 */
public final class GetInsightHandler extends ParticipantHandler {
    private final InsightReader reader;
    private final ContactStore contacts;

    public GetInsightHandler() {
        this(Wiring.get().participantAccess(), Wiring.get()::campaignYear, Wiring.get().insightReader(),
                Wiring.get().contactStore());
    }

    GetInsightHandler(ParticipantAccess access, IntSupplier campaignYear, InsightReader reader, ContactStore contacts) {
        super(access, campaignYear);
        this.reader = reader;
        this.contacts = contacts;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Viewer viewer = call.viewer();
        RequestBody.requireNone(event);
        ParticipantInsight insight = reader.read(viewer.campaignYear(), viewer.participantId());
        // Whether this contact gets the weekly digest (the page offers the opt-out); an organiser gets none.
        Boolean digest = viewer.organiser() ? null : contacts.contacts(viewer.campaignYear(), viewer.participantId())
                .stream().filter(c -> c.email().equalsIgnoreCase(viewer.email())).findFirst()
                .map(Contact::digestOptOut).map(optedOut -> !optedOut).orElse(true);
        return Responses.json(200, InsightJson.of(insight, viewer.organiser(), digest), Caching.PERSONAL.header());
    }
}
