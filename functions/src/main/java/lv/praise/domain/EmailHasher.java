package lv.praise.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces an e-mail address with a keyed hash (HMAC-SHA256) of its canonical mailbox
 * ({@link EmailAddress#mailbox()}): every written form of one mailbox gives the same hash, so the
 * one-praise-per-person rule and the per-e-mail limit hold, but the address can't be recovered without the key.
 *
 * <p>An address whose mailbox is its own lower-cased text ({@code anna@example.lv}) hashes as it did before
 * canonical mailboxes; one with a tag, Gmail dots or another form does not, so the rule changes only
 * between campaigns (docs/data-model.md).
 */
public final class EmailHasher {
    private final SecretKeySpec key;

    public EmailHasher(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the e-mail hash key must be at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(EmailAddress email) {
        return hmac(email.mailbox());
    }

    /** The hash of an address given as text; it must be acceptable ({@link EmailAddress#of}). */
    public String hash(String email) {
        return hash(EmailAddress.of(email));
    }

    /**
     * A sender's network address under the same key, for the submission limits: its counters are
     * kept without the address itself. The prefix keeps it apart from any e-mail's hash.
     */
    public String hashAddress(String address) {
        return hmac("address:" + address.strip().toLowerCase(Locale.ROOT));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
