package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.imports.EvaluationImport;
import lv.praise.domain.imports.ImportOptions;

/** POST /api/admin/evaluations/import – expert and mystery-shopper scores as CSV. */
public final class ImportEvaluationsHandler extends AdminHandler {
    private final EvaluationImport evaluationImport;

    public ImportEvaluationsHandler() {
        this(Wiring.get().evaluationImport());
    }

    ImportEvaluationsHandler(EvaluationImport evaluationImport) {
        this.evaluationImport = evaluationImport;
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
        return ImportAnswers.answer("evaluations", evaluationImport.campaignYear(), options,
                evaluationImport.run(csv, options), event, organiser);
    }
}
