package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.imports.ParticipantImport;

/** POST /api/admin/participants/import – the participant list as CSV, upserted by registration number. */
public final class ImportParticipantsHandler extends AdminHandler {
    private final ParticipantImport participantImport;

    public ImportParticipantsHandler() {
        this(Wiring.get().participantImport());
    }

    ImportParticipantsHandler(ParticipantImport participantImport) {
        this.participantImport = participantImport;
    }

    @Override
    protected Set<String> queryParameters() {
        return CsvRequest.QUERY_PARAMETERS;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        return ImportAnswers.run(call, "participants", participantImport::campaignYear, participantImport::run);
    }
}
