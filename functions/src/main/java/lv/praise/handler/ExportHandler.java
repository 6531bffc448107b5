package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.exports.Exports;

/**
 * GET /api/admin/export?kind=standings|awards|praise|nominations|evaluations[&participant=id][&part=n] – a CSV
 * export (UTF-8 with a byte-order mark, formula-safe cells: {@code Csv}), named by Content-Disposition. One
 * function for every kind: they share the authorisation, the CSV writer, the parts and the table's read permission,
 * and differ only in which reader fills the table – a function per kind would be five alarms and five cold starts
 * for the same code (docs/api.md, *Exports*). {@code X-Export-Parts} says how many parts the export has (1 unless it
 * is larger than 4 MB).
 */
public final class ExportHandler extends AdminHandler {
    private final Exports exports;

    public ExportHandler() {
        this(Wiring.get().exports());
    }

    ExportHandler(Exports exports) {
        this.exports = exports;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("kind", "participant", "part");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        QueryParameters query = QueryParameters.of(event);
        Exports.File file = exports.export(query.text("kind"), query.text("participant"), query.text("part"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"");
        headers.put("Cache-Control", Caching.NOT_KEPT.header());
        headers.put("X-Export-Part", Integer.toString(file.part()));
        headers.put("X-Export-Parts", Integer.toString(file.parts()));
        return Responses.text("text/csv; charset=utf-8", file.text(), headers);
    }
}
