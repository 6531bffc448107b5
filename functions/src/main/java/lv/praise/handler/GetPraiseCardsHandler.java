package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Set;
import java.util.function.IntSupplier;
import lv.praise.Wiring;
import lv.praise.domain.RefusedException;
import lv.praise.domain.contacts.ParticipantAccess;
import lv.praise.domain.reports.Reports;

/**
 * GET /api/my/participants/{id}/cards?employee=&lt;key&gt;&amp;lang=lv|en (a contact) and its twin under
 * /api/admin/ – praise cards to print: that employee's (404 field {@code employee} when no approved praise names
 * them), or every employee's without {@code employee}.
 */
public final class GetPraiseCardsHandler extends ParticipantHandler {
    /** Longer than any name: a longer value is no employee's. */
    static final int MAX_EMPLOYEE = 200;
    private final Reports reports;

    public GetPraiseCardsHandler() {
        this(Wiring.get().participantAccess(), Wiring.get()::campaignYear, Wiring.get().reports());
    }

    GetPraiseCardsHandler(ParticipantAccess access, IntSupplier campaignYear, Reports reports) {
        super(access, campaignYear);
        this.reports = reports;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("employee", "lang");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Viewer viewer = call.viewer();
        String employee = QueryParameters.of(event).text("employee");
        if (employee != null && (employee.length() > MAX_EMPLOYEE || employee.codePoints().anyMatch(Character::isISOControl))) {
            throw RefusedException.invalid("employee", "employee must be an employee's name or key");
        }
        return ParticipantPdfs.download(reports.cards(viewer.campaignYear(), viewer.participantId(), employee,
                ParticipantPdfs.lang(event)));
    }
}
