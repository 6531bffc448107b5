package lv.praise.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.posters.PosterArchive;

/** The posters archive in memory; a link is {@code memory:{key}?name=…} and {@link #open} reads it back. */
public final class InMemoryArchive implements PosterArchive {
    private final Map<String, byte[]> files = new HashMap<>();
    private final Clock clock;
    private int puts;

    public InMemoryArchive(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void put(String key, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            content.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put(key, bytes.toByteArray());
        puts++;
    }

    @Override
    public Link link(String key, String fileName, Duration validFor) {
        return new Link("memory:" + key + "?name=" + fileName, clock.instant().plus(validFor));
    }

    /** The file a link points at. */
    public synchronized byte[] open(String url) {
        String key = url.substring("memory:".length(), url.indexOf('?'));
        byte[] file = files.get(key);
        if (file == null) {
            throw new IllegalArgumentException("no file " + key);
        }
        return file;
    }

    public synchronized int puts() {
        return puts;
    }
}
