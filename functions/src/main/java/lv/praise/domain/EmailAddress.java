package lv.praise.domain;

import java.net.IDN;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An e-mail address as the campaign accepts it: a bare {@code local@domain}, parsed strictly, with one
 * written form per mailbox – everywhere an address comes in (the praise and nomination forms, a
 * participant's contact e-mail, by hand or by import).
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>the text is put in Unicode NFKC, so full-width and other compatibility forms become their plain
 *       letters ({@code ｓｔｕｆｆｅｒ＠ｇｍａｉｌ．ｃｏｍ} is {@code stuffer@gmail.com});</li>
 *   <li>surrounding blanks are dropped; a control character or blank anywhere else refuses the address;</li>
 *   <li>only the bare address (RFC 5322 dot-atom {@code local@domain}): no display name ({@code Anna <a@b.lv>}),
 *       no comment ({@code a@b.lv(1)}), no quoted local part ({@code "a b"@b.lv}), no address literal
 *       ({@code a@[10.0.0.1]}), exactly one {@code @};</li>
 *   <li>the local part is ASCII after NFKC (letters, digits, {@code !#$%&'*+/=?^_`{|}~-} and dots, not
 *       leading, trailing or doubled), at most 64 characters. SES, which delivers every letter, takes only
 *       7-bit local parts (it has no SMTPUTF8), so nothing deliverable is lost, and no look-alike letter
 *       (Cyrillic "а" for Latin "a") can make a second key for one mailbox;</li>
 *   <li>the domain is converted to its IDNA ASCII form (Latvian {@code ēdnīca.lv} is
 *       {@code xn--dnca-9ua0m.lv}) and lower-cased; each label must be a valid host label, there are at least
 *       two labels and the last is not all digits. In its Unicode form each label is written in one script
 *       (digits and hyphens go with any): {@code gmаil.com} with a Cyrillic "а" is refused, a whole label
 *       in Cyrillic is a different domain of its own and allowed.</li>
 * </ol>
 * The result, {@link #address()}, is where mail is sent. {@link #mailbox()} is the key that tells people
 * apart (see {@link MailboxProviders}); it is never sent to.
 *
 */
public final class EmailAddress {
    public static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** What only a display name, comment, quoted string, route or address literal would bring. */
    private static final Pattern NOT_BARE = Pattern.compile("[<>()\"\\[\\]\\\\,;:]");

    private final String localPart;
    private final String domain;

    /** Only {@link #read} makes one, so every instance passed the rule. */
    private EmailAddress(String localPart, String domain) {
        this.localPart = localPart;
        this.domain = domain;
    }

    /** The address where it is accepted, or a refusal of {@code field} saying why not. */
    public static EmailAddress parse(String field, String text) {
        String stripped = text == null ? "" : normalised(text);
        if (stripped.isEmpty()) {
            throw RefusedException.invalid(field, field + " is required");
        }
        Parsed parsed = read(stripped);
        if (parsed.problem() != null) {
            throw RefusedException.invalid(field, field + " " + parsed.problem());
        }
        return parsed.address();
    }

    /** The same as {@link #parse} for an address that was accepted before (a stored or fixed one). */
    public static EmailAddress of(String text) {
        return parse("email", text);
    }

    /** Why a non-blank text is not an acceptable address, or null when it is (for reports that collect reasons). */
    public static String problem(String text) {
        return read(normalised(text)).problem();
    }

    /** NFKC first, so a pasted no-break space around the address is a blank like any other. */
    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** As written (case kept: RFC 5321 lets a server tell cases apart, so the letter goes to it as typed). */
    public String localPart() {
        return localPart;
    }

    /** In IDNA ASCII form, lower case. */
    public String domain() {
        return domain;
    }

    /** The address mail is sent to. */
    public String address() {
        return localPart + "@" + domain;
    }

    /** The one key of everything that reaches the same mailbox (never an address to send to). */
    public String mailbox() {
        return MailboxProviders.standard().mailbox(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && localPart.equals(that.localPart) && domain.equals(that.domain);
    }

    @Override
    public int hashCode() {
        return address().hashCode();
    }

    /** Never the address: an address that slips into a log line must not carry personal data. */
    @Override
    public String toString() {
        return "EmailAddress[@" + domain + "]";
    }

    private record Parsed(EmailAddress address, String problem) {
        static Parsed refused(String problem) {
            return new Parsed(null, problem);
        }
    }

    private static Parsed read(String text) {
        if (text.codePoints().anyMatch(c -> FreeText.isControl(c) || Character.isWhitespace(c)
                || Character.isSpaceChar(c))) {
            return Parsed.refused("must be one address without blanks, line breaks or control characters");
        }
        if (NOT_BARE.matcher(text).find()) {
            return Parsed.refused("must be the bare address (like anna@example.lv): no name, comment, quotes or brackets");
        }
        int at = text.indexOf('@');
        if (at < 0 || at != text.lastIndexOf('@')) {
            return Parsed.refused("must have exactly one @");
        }
        String local = text.substring(0, at);
        String problem = localProblem(local);
        if (problem != null) {
            return Parsed.refused(problem);
        }
        String domain;
        try {
            domain = IDN.toASCII(text.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Parsed.refused("has a domain that is not a valid internet domain name");
        }
        problem = domainProblem(domain);
        if (problem != null) {
            return Parsed.refused(problem);
        }
        EmailAddress address = new EmailAddress(local, domain);
        if (address.address().length() > MAX_LENGTH) {
            return Parsed.refused("must be at most " + MAX_LENGTH + " characters");
        }
        return new Parsed(address, null);
    }

    private static String localProblem(String local) {
        if (local.isEmpty()) {
            return "needs a name before the @";
        }
        if (local.length() > MAX_LOCAL) {
            return "may have at most " + MAX_LOCAL + " characters before the @";
        }
        if (!local.chars().allMatch(c -> c < 0x80)) {
            return "may have only Latin letters (without diacritics), digits and . _ + - before the @";
        }
        for (String atom : local.split("\\.", -1)) {
            if (!ATOM.matcher(atom).matches()) {
                return "has a character or a dot before the @ that an address can't have there";
            }
        }
        return null;
    }

    private static String domainProblem(String domain) {
        if (domain.isEmpty() || domain.length() > MAX_DOMAIN) {
            return "has a domain that is not a valid internet domain name";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return "has a domain that is not a valid internet domain name";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "has a domain that is not a valid internet domain name";
            }
            if (!singleScript(IDN.toUnicode(label, IDN.USE_STD3_ASCII_RULES))) {
                return "has a domain that mixes letters of different alphabets";
            }
        }
        return null;
    }

    /** Whether every letter of a label is of one script; digits, hyphens and combining marks go with any. */
    private static boolean singleScript(String label) {
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        label.codePoints().mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED)
                .forEach(scripts::add);
        return scripts.size() <= 1;
    }
}
