package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Set;
import java.util.function.IntSupplier;
import lv.praise.Wiring;
import lv.praise.domain.contacts.ParticipantAccess;
import lv.praise.domain.reports.Reports;

/**
 * GET /api/my/participants/{id}/report?lang=lv|en (a contact) and GET /api/admin/participants/{id}/report (an
 * organiser) – the participant's PDF report for its management meeting, drawn from its insight on request.
 */
public final class GetReportHandler extends ParticipantHandler {
    private final Reports reports;

    public GetReportHandler() {
        this(Wiring.get().participantAccess(), Wiring.get()::campaignYear, Wiring.get().reports());
    }

    GetReportHandler(ParticipantAccess access, IntSupplier campaignYear, Reports reports) {
        super(access, campaignYear);
        this.reports = reports;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("lang");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Viewer viewer = call.viewer();
        return ParticipantPdfs.download(reports.report(viewer.campaignYear(), viewer.participantId(),
                ParticipantPdfs.lang(event)));
    }
}
