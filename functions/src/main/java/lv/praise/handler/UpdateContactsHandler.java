package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactList;
import lv.praise.domain.contacts.UpdateContacts;

/**
 * PUT /api/admin/participants/{id}/contacts – {@code {"contacts": ["a@x.lv", ...]}}, the whole list (at most
 * {@value ContactList#MAX}); answers the list as stored. 400 names {@code contacts} or {@code contacts[i]};
 * 503 {@code sign_in_unavailable} when Cognito failed after the table was written (send it again).
 */
public final class UpdateContactsHandler extends AdminHandler {
    private static final Set<String> FIELDS = Set.of(ContactList.FIELD);

    private final UpdateContacts updateContacts;

    public UpdateContactsHandler() {
        this(Wiring.get().updateContacts());
    }

    UpdateContactsHandler(UpdateContacts updateContacts) {
        this.updateContacts = updateContacts;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        String id = call.path("id");
        lv.praise.domain.contacts.ParticipantAccess.requireId(id);
        RequestBody body = RequestBody.parse(event, FIELDS);
        List<String> texts = body.itemList(ContactList.FIELD, ContactList.MAX);
        List<Contact> contacts = updateContacts.replace(id, texts, organiser.actor().id());
        JsonLog.info("contacts_updated", Map.of("participantId", id, "contacts", contacts.size()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("contacts", view(contacts));
        return Responses.json(200, answer);
    }

    /** What an organiser sees of each contact (also in GET /api/admin/participants/{id}). */
    static List<Map<String, Object>> view(List<Contact> contacts) {
        return contacts.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("email", c.email());
            m.put("addedAt", c.addedAt() == null ? null : c.addedAt().toString());
            m.put("digestOptOut", c.digestOptOut());
            return m;
        }).toList();
    }
}
