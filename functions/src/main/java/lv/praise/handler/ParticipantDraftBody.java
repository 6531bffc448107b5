package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Set;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.imports.ParticipantEditor;

/** Reads a participant an organiser submits (add or edit) and the {id} of the path. */
final class ParticipantDraftBody {
    private static final Set<String> FIELDS = Set.of("id", "name", "registrationNumber", "category", "industry",
            "sizeClass", "branches", "contactEmail");

    private ParticipantDraftBody() {
    }

    static ParticipantEditor.Draft read(APIGatewayV2HTTPEvent event, boolean idAllowed) {
        RequestBody body = RequestBody.parse(event, FIELDS);
        String id = body.text("id");
        if (id != null && !idAllowed) {
            throw RefusedException.invalid("id", "the id of a participant can't be changed");
        }
        return new ParticipantEditor.Draft(id, body.text("name"), body.text("registrationNumber"), body.text("category"),
                body.text("industry"), body.text("sizeClass"), body.textList("branches", 50), body.text("contactEmail"));
    }

    /** The path's participant id; ids are lower-case letters, digits and hyphens, so anything else is unknown. */
    static String id(APIGatewayV2HTTPEvent event) {
        String id = event.getPathParameters() == null ? null : event.getPathParameters().get("id");
        if (!Participant.isId(id)) {
            throw RefusedException.invalid("id", "id is lower-case letters, digits and hyphens");
        }
        return id;
    }
}
