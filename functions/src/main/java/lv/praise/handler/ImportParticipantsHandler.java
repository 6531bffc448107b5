package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.imports.ImportOptions;
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
        return Set.of("dryRun", "importValid");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        String csv = CsvRequest.text(event);
        ImportOptions options = CsvRequest.options(event);
        return ImportAnswers.answer("participants", participantImport.campaignYear(), options,
                participantImport.run(csv, options), event, organiser);
    }
}
