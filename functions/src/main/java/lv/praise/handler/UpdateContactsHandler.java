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
 * PUT /api/admin/participants/{id}/contacts – {@code {"contacts": ["a@x.lv", {"email": "b@x.lv", "lang": "en"}, ...]}},
 * the whole list (at most {@value ContactList#MAX}), each an address or an address with its language (lv/en/et; not
 * given: a new contact is Latvian, a kept one keeps its own); answers the list as stored. 400 names {@code contacts},
 * {@code contacts[i]} or {@code contacts[i].lang};
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
        List<Map<String, String>> items = body.stringOrObjectList(ContactList.FIELD, ContactList.MAX, "email",
                Set.of("email", "lang"));
        List<ContactList.Wanted> wanted = items == null ? null
                : items.stream().map(m -> new ContactList.Wanted(m.get("email"), m.get("lang"))).toList();
        List<Contact> contacts = updateContacts.replaceWanted(id, wanted, organiser.actor().id());
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
            m.put("lang", c.lang().code());
            return m;
        }).toList();
    }
}
