package lv.praise.domain.contacts;

import java.time.Instant;
import java.util.Objects;
import lv.praise.domain.Lang;

/**
 * A person who may sign in for a participant (issue 18): its registered contact addresses. Unlike a praiser's
 * address, a contact's is stored – it is where the participant's reports and weekly digests go – beside its keyed
 * hash ({@code emailHash}, {@link lv.praise.domain.KeyedHasher}), which is what the sign-in and the access rule
 * compare. docs/insight.md, Contacts.
 *
 * @param lang the contact's language, for its weekly digest and its report letter (Latvian unless set)
 */
public record Contact(String participantId, String email, String emailHash, boolean digestOptOut, Instant addedAt,
                      Lang lang) {
    public Contact {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(emailHash, "emailHash");
        lang = lang == null ? Lang.LV : lang;
    }

    /** A contact in Latvian (the default). */
    public Contact(String participantId, String email, String emailHash, boolean digestOptOut, Instant addedAt) {
        this(participantId, email, emailHash, digestOptOut, addedAt, Lang.LV);
    }

    public Contact withLang(Lang to) {
        return new Contact(participantId, email, emailHash, digestOptOut, addedAt, to);
    }
}
