package lv.praise.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one keyed hash (HMAC-SHA256 under the secret hash key) of what must not be stored as it is: e-mail addresses,
 * the senders' IP addresses for the limits ({@link #hashIpAddress}), and the digest's opt-out signatures.
 *
 * <p>An e-mail address is hashed as its canonical mailbox
 * ({@link EmailAddress#mailbox()}): every written form of one mailbox gives the same hash, so the
 * one-praise-per-person rule and the per-e-mail limit hold, but the address can't be recovered without the key.
 *
 * <p>An address whose mailbox is its own lower-cased text ({@code anna@example.lv}) hashes as it did before
 * canonical mailboxes; one with a tag, Gmail dots or another form does not, so the rule changes only
 * between campaigns (docs/data-model.md).
 */
public final class KeyedHasher {
    public static final int MIN_KEY_LENGTH = 32;
    private final HashKeySource keys;

    /** A hasher with a key known in advance (the tests', the tools'); a short key is refused at once. */
    public KeyedHasher(String secret) {
        this(HashKeySource.fixed(checked(secret)));
    }

    /**
     * A hasher whose key is asked for at each hash: the source caches it (a Secrets Manager read once per
     * container), and a failure to get it refuses that request instead of the function's start.
     */
    public KeyedHasher(HashKeySource keys) {
        this.keys = keys;
    }

    private static String checked(String secret) {
        if (secret == null || secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the e-mail hash key must be at least " + MIN_KEY_LENGTH + " characters");
        }
        return secret;
    }

    /** Never a hash under an empty or short key: such a hash would be reversible by anyone. */
    private SecretKeySpec key() {
        String secret = keys.key();
        if (secret == null || secret.length() < MIN_KEY_LENGTH) {
            throw new RefusedException(ErrorCode.NOT_CONFIGURED, null,
                    "the e-mail hash key is missing or shorter than " + MIN_KEY_LENGTH + " characters");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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
    public String hashIpAddress(String address) {
        return hmac("address:" + address.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A MAC of a text under the same key, for links that must not be forged or edited (the digest's opt-out
     * link): the key itself never leaves this class. The purpose is part of what is signed, so a MAC made for
     * one purpose is no e-mail hash, sender hash or MAC of another purpose.
     */
    public String sign(String purpose, String text) {
        if (purpose == null || purpose.isBlank() || purpose.contains(":")) {
            throw new IllegalArgumentException("a purpose is a word without ':'");
        }
        return hmac("mac:" + purpose + ":" + text);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
