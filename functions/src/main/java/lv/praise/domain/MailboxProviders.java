package lv.praise.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which written addresses reach one mailbox, as data ({@code mailbox-providers.txt} beside this class):
 * per provider its other domains, its sub-address separator and whether it ignores dots. The canonical
 * mailbox is lower case, on the provider's main domain, without the sub-address tag and – where the
 * provider ignores them – without dots: {@code Stuffer.Sec+1@googlemail.com} is {@code stuffersec@gmail.com}.
 */
public final class MailboxProviders {
    static final String RESOURCE = "mailbox-providers.txt";
    private static final String ANY = "*";
    private static final MailboxProviders STANDARD = load();

    /** One provider's rules; {@code separator} is 0 when it has no sub-addresses. */
    record Provider(String domain, char separator, boolean dotsIgnored) {
    }

    private final Map<String, Provider> byDomain;
    private final Provider fallback;

    private MailboxProviders(Map<String, Provider> byDomain, Provider fallback) {
        this.byDomain = Map.copyOf(byDomain);
        this.fallback = fallback;
    }

    /** The providers of the shipped data file. */
    public static MailboxProviders standard() {
        return STANDARD;
    }

    /** The canonical mailbox of an accepted address. */
    public String mailbox(EmailAddress address) {
        Provider provider = byDomain.getOrDefault(address.domain(), fallback);
        String domain = provider.domain().equals(ANY) ? address.domain() : provider.domain();
        String local = address.localPart().toLowerCase(Locale.ROOT);
        int tag = provider.separator() == 0 ? -1 : local.indexOf(provider.separator());
        // "+news@" alone has no mailbox name before its tag: it is kept whole rather than made empty.
        if (tag > 0) {
            local = local.substring(0, tag);
        }
        if (provider.dotsIgnored()) {
            local = local.replace(".", "");
        }
        return local + "@" + domain;
    }

    static MailboxProviders parse(Reader text) throws IOException {
        Map<String, Provider> byDomain = new HashMap<>();
        Provider fallback = null;
        BufferedReader lines = new BufferedReader(text);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] columns = content.split("\\s+");
            if (columns.length != 4 || columns[2].length() != 1
                    || !List.of("ignored", "kept").contains(columns[3])) {
                throw new IllegalArgumentException(RESOURCE + " line " + number
                        + ": expected 'domain aliases separator ignored|kept'");
            }
            char separator = columns[2].equals("-") ? 0 : columns[2].charAt(0);
            Provider provider = new Provider(columns[0], separator, columns[3].equals("ignored"));
            if (columns[0].equals(ANY)) {
                fallback = provider;
                continue;
            }
            put(byDomain, columns[0], provider, number);
            if (!columns[1].equals("-")) {
                for (String alias : columns[1].split(",")) {
                    put(byDomain, alias, provider, number);
                }
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException(RESOURCE + " has no '*' line for the domains it does not list");
        }
        return new MailboxProviders(byDomain, fallback);
    }

    static MailboxProviders parse(String text) {
        try {
            return parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Map<String, Provider> byDomain, String domain, Provider provider, int line) {
        // A domain as it stands after EmailAddress's rule, or it could never match.
        String accepted = EmailAddress.of("x@" + domain).domain();
        if (!accepted.equals(domain) || byDomain.putIfAbsent(domain, provider) != null) {
            throw new IllegalArgumentException(RESOURCE + " line " + line + ": domain '" + domain
                    + "' is listed twice or not in lower-case ASCII form");
        }
    }

    private static MailboxProviders load() {
        try (InputStream in = MailboxProviders.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the package");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
