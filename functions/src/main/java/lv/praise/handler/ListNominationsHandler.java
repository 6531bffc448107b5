package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.nominations.Nominations;

/**
 * GET /api/admin/nominations – organisations the public named that are not participants, most named first:
 * every spelling of one name together, with what people wrote, newest first. No e-mail or hash leaves.
 */
public final class ListNominationsHandler extends AdminHandler {
    private final Nominations nominations;

    public ListNominationsHandler() {
        this(Wiring.get().nominationsReader());
    }

    ListNominationsHandler(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        var items = nominations.list().stream().map(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", n.name());
            m.put("count", n.count());
            m.put("spellings", n.spellings());
            m.put("firstAt", n.firstAt() == null ? null : n.firstAt().toString());
            m.put("lastAt", n.lastAt() == null ? null : n.lastAt().toString());
            m.put("reasons", n.reasons().stream().map(r -> Map.of("name", r.name(), "text", r.text(),
                    "at", r.at().toString())).toList());
            return m;
        }).toList();
        return Responses.json(200, Map.of("items", items));
    }
}
