package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.imports.ImportOptions;
import lv.praise.domain.imports.ImportReport;

/** An import route's work: the CSV read, the import run, its report answered and the one log line about it. */
final class ImportAnswers {
    private ImportAnswers() {
    }

    /**
     * Reads the CSV body and the options, runs the import of {@code kind} (the log's name for it) and answers
     * with its report.
     */
    static APIGatewayV2HTTPResponse run(Call call, String kind, IntSupplier campaignYear,
                                        BiFunction<String, ImportOptions, ImportReport> importer) {
        APIGatewayV2HTTPEvent event = call.event();
        AdminHandler.Organiser organiser = call.organiser();
        String csv = CsvRequest.text(event);
        ImportOptions options = CsvRequest.options(event);
        return answer(kind, campaignYear.getAsInt(), options, importer.apply(csv, options), event, organiser);
    }

    /**
     * 200 with the report when the rows were imported or it was a dry run; 422 with the report and
     * an error {@code rejected_rows} when rows were rejected and so nothing was imported.
     */
    private static APIGatewayV2HTTPResponse answer(String kind, int campaignYear, ImportOptions options, ImportReport report,
                                           APIGatewayV2HTTPEvent event, AdminHandler.Organiser organiser) {
        log(kind, campaignYear, options, report, event, organiser);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", report.dryRun());
        body.put("imported", report.imported());
        body.put("rows", report.rows());
        body.put("created", report.created());
        body.put("updated", report.updated());
        body.put("unchanged", report.unchanged());
        body.put("rejectedRows", report.rejectedRows());
        body.put("rejected", report.rejected());
        if (!report.rejectedListed()) {
            body.put("rejectedTruncated", true);
        }
        if (report.imported() || report.dryRun()) {
            return Responses.json(200, body);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", ErrorCode.REJECTED_ROWS.code());
        error.put("field", "body");
        error.put("message", report.rejectedRows() + " of " + report.rows() + " rows were rejected, so nothing was "
                + "imported; fix them, or send the file again with importValid=true to import the valid rows");
        body.put("error", error);
        return Responses.json(Responses.status(ErrorCode.REJECTED_ROWS), body);
    }

    /** Counts and who – the organiser's token subject, not an e-mail address; never row data. */
    private static void log(String kind, int campaignYear, ImportOptions options, ImportReport report,
                            APIGatewayV2HTTPEvent event, AdminHandler.Organiser organiser) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("import", kind);
        fields.put("campaignYear", campaignYear);
        fields.put("organiser", organiserId(event, organiser));
        fields.put("dryRun", options.dryRun());
        fields.put("importValid", options.importValid());
        fields.put("imported", report.imported());
        fields.put("rows", report.rows());
        fields.put("created", report.created());
        fields.put("updated", report.updated());
        fields.put("unchanged", report.unchanged());
        fields.put("rejectedRows", report.rejectedRows());
        JsonLog.info("import", fields);
    }

    private static String organiserId(APIGatewayV2HTTPEvent event, AdminHandler.Organiser organiser) {
        var context = event.getRequestContext();
        var jwt = context == null || context.getAuthorizer() == null ? null : context.getAuthorizer().getJwt();
        String sub = jwt == null || jwt.getClaims() == null ? null : jwt.getClaims().get("sub");
        if (sub != null && !sub.isBlank()) {
            return sub;
        }
        String id = organiser.actor().id();
        return id.contains("@") ? "unknown" : id;
    }
}
