package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.imports.EvaluationImport;

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
        return CsvRequest.QUERY_PARAMETERS;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        return ImportAnswers.run(call, "evaluations", evaluationImport::campaignYear, evaluationImport::run);
    }
}
