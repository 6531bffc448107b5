package lv.praise.handler;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 decoding, the one place for it: {@code new String(bytes, UTF_8)} would replace a malformed
 * byte with U+FFFD and store it, so request bodies (JSON, CSV) and the local gateway's base64 decision
 * all refuse what is not UTF-8 instead. Public for the local run's gateway.
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The text, or empty when {@code bytes} are not valid UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
