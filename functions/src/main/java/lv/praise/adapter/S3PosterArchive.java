package lv.praise.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.posters.PosterArchive;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The posters ZIPs in a private S3 bucket (public access blocked, encrypted at rest, deleted by a lifecycle
 * rule after a day). A ZIP is streamed up as a multipart upload, one {@value #PART_MB} MB part in memory at
 * a time, and appears only when the upload completes; one that fails is aborted (and the bucket's
 * lifecycle rule removes the parts of one whose function died). Downloads are presigned GETs, signed with
 * the function's role.
 */
public final class S3PosterArchive implements PosterArchive {
    /** Parts are at least 5 MB (S3's minimum, bar the last); 8 MB keeps a 500 MB ZIP well under 10 000 parts. */
    static final int PART_MB = 8;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final Clock clock;

    public S3PosterArchive(S3Client s3, S3Presigner presigner, String bucket, Clock clock) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.clock = clock;
    }

    @Override
    public void put(String key, Content content) {
        String upload = s3.createMultipartUpload(r -> r.bucket(bucket).key(key).contentType("application/zip"))
                .uploadId();
        try {
            Parts parts = new Parts(key, upload);
            content.writeTo(parts);
            parts.close();
            s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(upload)
                    .multipartUpload(m -> m.parts(parts.completed)));
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(upload));
            } catch (RuntimeException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("the ZIP " + key + " could not be written", io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public Link link(String key, String fileName, Duration validFor) {
        var presigned = presigner.presignGetObject(r -> r.signatureDuration(validFor)
                .getObjectRequest(g -> g.bucket(bucket).key(key)
                        .responseContentDisposition("attachment; filename=\"" + fileName + "\"")));
        return new Link(presigned.url().toString(), clock.instant().plus(validFor));
    }

    /** The upload's parts: bytes gathered to a part's size, then sent as one UploadPart. */
    private final class Parts extends OutputStream {
        private final String key;
        private final String upload;
        private final byte[] buffer = new byte[PART_MB * 1024 * 1024];
        private int filled;
        private final List<CompletedPart> completed = new ArrayList<>();
        private boolean closed;

        Parts(String key, String upload) {
            this.key = key;
            this.upload = upload;
        }

        @Override
        public void write(int b) {
            if (filled == buffer.length) {
                send();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (filled == buffer.length) {
                    send();
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                // The last part may be smaller than 5 MB (and is the only one of an empty or small ZIP).
                if (filled > 0 || completed.isEmpty()) {
                    send();
                }
            }
        }

        private void send() {
            int number = completed.size() + 1;
            var response = s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(upload).partNumber(number),
                    RequestBody.fromBytes(java.util.Arrays.copyOf(buffer, filled)));
            completed.add(CompletedPart.builder().partNumber(number).eTag(response.eTag()).build());
            filled = 0;
        }
    }
}
