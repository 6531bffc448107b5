package lv.praise.domain.digest;

import java.util.Objects;
import lv.praise.domain.Lang;

/**
 * A contact of a participant as the digest sees it.
 *
 * @param lang the contact's language when one is known (the Contact item's optional {@code lang}), else Latvian
 */
public record DigestRecipient(String email, String emailHash, boolean optedOut, Lang lang) {
    public DigestRecipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(emailHash, "emailHash");
        lang = lang == null ? Lang.LV : lang;
    }
}
