package lv.praise.domain.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.Lang;
import lv.praise.domain.RefusedException;

/**
 * The rules of a participant's contact list (issue 18, docs/insight.md): at most {@value #MAX} addresses, each
 * an acceptable address ({@link EmailAddress}), stored lower case, no two reaching the same mailbox (the keyed
 * hash compares mailboxes, so two spellings of one mailbox would be one contact). The first is the participant's
 * {@code contactEmail}. A refusal names {@code contacts} (too many) or {@code contacts[i]}.
 */
public final class ContactList {
    public static final int MAX = 10;
    public static final String FIELD = "contacts";

    private ContactList() {
    }

    /** One contact as asked for: its address as typed and its language code (null: not given). */
    public record Wanted(String email, String lang) {
    }

    /** One contact as it will be stored: its address and its language (null: not given – kept, or Latvian if new). */
    public record Parsed(EmailAddress address, Lang lang) {
    }

    /**
     * The contacts as they will be stored, in the order given; a language other than lv, en or et is refused naming
     * {@code contacts[i].lang}.
     */
    public static List<Parsed> parseWanted(List<Wanted> wanted) {
        if (wanted == null) {
            throw RefusedException.invalid(FIELD, FIELD + " is required (a list, empty for none)");
        }
        List<EmailAddress> addresses = parse(wanted.stream().map(Wanted::email).toList());
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            String code = wanted.get(i).lang();
            String field = FIELD + "[" + i + "].lang";
            Lang lang = code == null ? null : Lang.fromCode(code).orElseThrow(() ->
                    RefusedException.invalid(field, field + " must be lv, en or et"));
            parsed.add(new Parsed(addresses.get(i), lang));
        }
        return parsed;
    }

    /** The addresses as they will be stored, in the order given. */
    public static List<EmailAddress> parse(List<String> texts) {
        if (texts == null) {
            throw RefusedException.invalid(FIELD, FIELD + " is required (a list, empty for none)");
        }
        if (texts.size() > MAX) {
            throw RefusedException.invalid(FIELD, "at most " + MAX + " contacts");
        }
        List<EmailAddress> addresses = new ArrayList<>();
        Map<String, Integer> mailboxes = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String field = FIELD + "[" + i + "]";
            String text = texts.get(i);
            EmailAddress address = EmailAddress.parse(field, text == null ? null : text.toLowerCase(Locale.ROOT));
            Integer earlier = mailboxes.putIfAbsent(address.mailbox(), i);
            if (earlier != null) {
                throw RefusedException.invalid(field, field + " reaches the same mailbox as " + FIELD + "[" + earlier + "]");
            }
            addresses.add(address);
        }
        return addresses;
    }

    /** The stored form: the address, lower case (Cognito's user names and the token's claim are too). */
    public static String stored(EmailAddress address) {
        return address.address().toLowerCase(Locale.ROOT);
    }
}
