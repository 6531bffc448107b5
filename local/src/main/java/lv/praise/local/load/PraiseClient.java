package lv.praise.local.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The load run's public praise client (PraiseApi and ConfirmationLinks stay package-private), for the benchmarks: submit a praise over the
 * local server's HTTP route, take its token from the confirmation e-mail in the outbox as a person
 * would, and confirm it – the same requests and the same MIME parsing as {@code ./load.sh}.
 */
public final class PraiseClient implements AutoCloseable {
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private final PraiseApi api;
    private final ConfirmationLinks links;

    public PraiseClient(URI base, Path outbox) {
        this.api = new PraiseApi(base);
        this.links = ConfirmationLinks.watch(outbox);
    }

    /** POST /api/praise (must answer 202), then the token from the e-mail to {@code email}. */
    public String submit(String participantId, String email, String text, int stars)
            throws IOException, InterruptedException {
        PraiseApi.Answer answer = api.submit(participantId, email, text, stars);
        if (answer.httpStatus() != 202) {
            throw new IllegalStateException("POST /api/praise for " + participantId + " answered " + answer);
        }
        return links.await(email, MAIL_WAIT);
    }

    /** POST /api/praise/confirm with the e-mail's token (must answer 200 confirmed). */
    public void confirm(String token) throws IOException, InterruptedException {
        PraiseApi.Answer answer = api.confirm(token);
        if (!answer.is(200, "confirmed")) {
            throw new IllegalStateException("POST /api/praise/confirm answered " + answer);
        }
    }

    /** The praise a confirmation token belongs to: tokens are {@code {praiseId}.{secret}} (docs/data-model.md). */
    public static String praiseId(String token) {
        return token.substring(0, token.indexOf('.'));
    }

    @Override
    public void close() {
        links.close();
    }
}
