package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import lv.praise.Wiring;
import lv.praise.domain.RefusedException;
import lv.praise.domain.contacts.ParticipantAccess;
import lv.praise.domain.insight.MergeEmployees;
import lv.praise.domain.insight.ParticipantInsight;

/**
 * POST /api/my/participants/{id}/employees (a contact) and POST /api/admin/participants/{id}/employees (an
 * organiser): {@code {"merge": key, "into": key}} merges two spellings of one employee, {@code {"unmerge": key}}
 * undoes a merge. Answers the employee list after the change. Bad input: 400 naming the field, nothing written.
 */
public final class MergeEmployeesHandler extends ParticipantHandler {
    static final String MERGE = "merge";
    static final String INTO = "into";
    static final String UNMERGE = "unmerge";
    private static final Set<String> FIELDS = Set.of(MERGE, INTO, UNMERGE);
    private final MergeEmployees merges;

    public MergeEmployeesHandler() {
        this(Wiring.get().participantAccess(), Wiring.get()::campaignYear, Wiring.get().mergeEmployees());
    }

    MergeEmployeesHandler(ParticipantAccess access, IntSupplier campaignYear, MergeEmployees merges) {
        super(access, campaignYear);
        this.merges = merges;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Viewer viewer = call.viewer();
        RequestBody body = RequestBody.parse(event, FIELDS);
        String merge = body.text(MERGE);
        String into = body.text(INTO);
        String unmerge = body.text(UNMERGE);
        List<ParticipantInsight.Employee> employees;
        if (unmerge != null) {
            if (merge != null) {
                throw RefusedException.invalid(MERGE, "give either merge (with into) or unmerge");
            }
            if (into != null) {
                throw RefusedException.invalid(INTO, "unmerge takes no into");
            }
            employees = merges.apply(viewer.campaignYear(), viewer.participantId(), unmerge, null, true);
        } else {
            if (merge == null) {
                throw RefusedException.invalid(MERGE, "give merge (with into) or unmerge");
            }
            if (into == null) {
                throw RefusedException.invalid(INTO, "give the key to merge into");
            }
            employees = merges.apply(viewer.campaignYear(), viewer.participantId(), merge, into, false);
        }
        return Responses.json(200, Map.of("employees", InsightJson.employees(employees)), Caching.PERSONAL.header());
    }
}
