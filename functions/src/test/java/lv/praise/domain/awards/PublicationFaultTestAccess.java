package lv.praise.domain.awards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Lets tests of other packages count the letters of an outbox the way {@link PublicationFaultTest} does. */
public final class PublicationFaultTestAccess {
    private PublicationFaultTestAccess() {
    }

    public static Map<String, Integer> lettersByRecipient(Path outbox) throws IOException, jakarta.mail.MessagingException {
        return PublicationFaultTest.lettersByRecipient(outbox);
    }
}
