package lv.praise.domain.posters;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a built posters ZIP is kept for the organisers to download: a private store written as a stream
 * (the campaign's ZIP is hundreds of megabytes at national scale, never held whole in memory), read only
 * through short-lived links. In AWS a private S3 bucket and presigned GETs; locally a folder the local
 * server serves behind signed, expiring links.
 */
public interface PosterArchive {
    /** Writes the bytes the stream gets to the archive's output. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A link that downloads the file until {@code expiresAt}. */
    record Link(String url, Instant expiresAt) {
    }

    /**
     * Stores the file under {@code key}, replacing one there: it appears whole or not at all (a write that
     * fails half-way leaves nothing new under the key).
     */
    void put(String key, Content content);

    /** A link to download {@code key}, saved under {@code fileName}, valid for {@code validFor}. */
    Link link(String key, String fileName, Duration validFor);
}
