package lv.praise.domain.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;

/**
 * The digest's one-click opt-out link names one contact of one participant in one campaign:
 * {@code base64url(year.participantId.emailHash) + "." + mac}, the MAC made under the e-mail hash key
 * ({@link KeyedHasher#sign}). Nothing else is needed to honour it (no stored token), and a token can't be
 * edited into another contact's or another participant's: the MAC would not match.
 */
public record DigestOptOutToken(int year, String participantId, String emailHash) {
    static final String PURPOSE = "digest-opt-out";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{64}");
    /** Longer than any token we make (about 200 characters): a longer one is refused before any work. */
    static final int MAX_LENGTH = 400;

    public DigestOptOutToken {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year");
        }
        if (!Participant.isId(participantId)) {
            throw new IllegalArgumentException("participantId");
        }
        if (emailHash == null || !HASH.matcher(emailHash).matches()) {
            throw new IllegalArgumentException("emailHash");
        }
    }

    private String payload() {
        return year + "." + participantId + "." + emailHash;
    }

    /** The token for the link. */
    public String encode(KeyedHasher signer) {
        String payload = payload();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + signer.sign(PURPOSE, payload);
    }

    /**
     * The contact a token names, if its MAC is ours.
     *
     * @throws RefusedException 400 {@code invalid_token} on field {@code token} for anything else: malformed,
     *                         edited, signed under another key
     */
    public static DigestOptOutToken verify(String token, KeyedHasher signer) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid();
        }
        String mac = token.substring(dot + 1);
        if (!MAC.matcher(mac).matches()) {
            throw invalid();
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        // Compared in constant time: how long the comparison takes says nothing of the right MAC.
        if (!MessageDigest.isEqual(signer.sign(PURPOSE, payload).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII))) {
            throw invalid();
        }
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("\\d{4}")) {
            throw invalid();
        }
        try {
            return new DigestOptOutToken(Integer.parseInt(parts[0]), parts[1], parts[2]);
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static RefusedException invalid() {
        return new RefusedException(ErrorCode.INVALID_TOKEN, "token", "this opt-out link is not valid");
    }
}
