package lv.praise.local.load;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The confirmation tokens of the e-mails the server writes to its outbox, by recipient, as a person
 * would take the link from their mailbox. The folder is watched (inotify) rather than listed for each
 * praise: ten thousand listings of a folder that grows to ten thousand files would cost more than the
 * server's own work. Each message is parsed as MIME once, the body decoded by Jakarta Mail.
 */
final class ConfirmationLinks implements AutoCloseable {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern TOKEN = Pattern.compile("/confirm\\.html\\?token=([A-Za-z0-9_.~-]+)");

    private final Path outbox;
    private final WatchService watcher;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, CompletableFuture<String>> byRecipient = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile RuntimeException failure;

    private ConfirmationLinks(Path outbox, WatchService watcher) {
        this.outbox = outbox;
        this.watcher = watcher;
        this.thread = new Thread(this::watch, "load-outbox-watcher");
        this.thread.setDaemon(true);
    }

    static ConfirmationLinks watch(Path outbox) {
        try {
            WatchService watcher = outbox.getFileSystem().newWatchService();
            outbox.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            ConfirmationLinks links = new ConfirmationLinks(outbox, watcher);
            links.thread.start();
            links.rescan(); // what was written before the watch began
            return links;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the outbox " + outbox, e);
        }
    }

    /** The token of the confirmation e-mail to {@code recipient}, waiting for it up to {@code timeout}. */
    String await(String recipient, Duration timeout) throws InterruptedException {
        CompletableFuture<String> token = future(recipient);
        try {
            return token.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // An event the watcher missed would leave the file unread: look once more before failing.
            rescan();
            if (token.isDone()) {
                return token.join();
            }
            RuntimeException watching = failure;
            throw new IllegalStateException("no confirmation e-mail to " + recipient + " in " + outbox + " within "
                    + timeout + (watching == null ? "" : " (the outbox watcher failed: " + watching.getMessage() + ")"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("the confirmation e-mail to " + recipient + " could not be read", e.getCause());
        } finally {
            byRecipient.remove(recipient.toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing a watch at the end of a run: nothing depends on it any more.
        }
        thread.interrupt();
    }

    private CompletableFuture<String> future(String recipient) {
        return byRecipient.computeIfAbsent(recipient.toLowerCase(Locale.ROOT), r -> new CompletableFuture<>());
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean overflow = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        overflow = true;
                    } else if (event.context() instanceof Path name) {
                        read(outbox.resolve(name));
                    }
                }
                if (overflow) {
                    rescan();
                }
                if (!key.reset()) {
                    throw new IllegalStateException("the outbox folder is no longer watchable");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // The run is over.
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void rescan() {
        try (Stream<Path> files = Files.list(outbox)) {
            files.forEach(this::read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the outbox " + outbox, e);
        }
    }

    /** Files appear whole (written aside as .eml.part, then moved): only .eml names are messages. */
    private void read(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".eml") || !seen.add(name)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(SESSION, in);
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            if (to == null || to.length == 0 || !(message.getContent() instanceof String text)) {
                return; // not a confirmation e-mail (an award letter has attachments)
            }
            Matcher token = TOKEN.matcher(text);
            if (token.find()) {
                future(((InternetAddress) to[0]).getAddress()).complete(token.group(1));
            }
        } catch (NoSuchFileException e) {
            seen.remove(name);
        } catch (IOException | MessagingException e) {
            // Whose it was is unknown: the waiter times out and reports this.
            failure = new IllegalStateException("unreadable e-mail " + name + ": " + e.getMessage(), e);
        }
    }
}
