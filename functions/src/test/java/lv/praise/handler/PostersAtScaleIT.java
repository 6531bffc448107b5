package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lv.praise.adapter.FolderPosterArchive;
import lv.praise.adapter.PdfPosters;
import lv.praise.domain.Participant;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.JobState;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.posters.Posters;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryJobs;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The posters worker at national scale: {@value #DEFAULT_PARTICIPANTS} participants in the build (one in three with
 * two branches), the real PDF and QR renderers, the ZIP streamed into the local run's folder archive. Set
 * {@code -Dpraise.posters.participants=5000} for the national size (docs/performance.md: its measured time and size).
 * The participants come from memory, not DynamoDB: the worker reads them in one Query; the drawing is the cost.
 */
class PostersAtScaleIT {
    static final int DEFAULT_PARTICIPANTS = 200;

    @TempDir
    Path folder;

    @Test
    void theWorkerStreamsEveryPosterOfTheCampaignIntoTheArchive() throws Exception {
        int participants = Integer.getInteger("praise.posters.participants", DEFAULT_PARTICIPANTS);
        InMemoryStore store = new InMemoryStore();
        int expected = 0;
        for (int i = 1; i <= participants; i++) {
            List<String> branches = i % 3 == 0 ? List.of("Rīga", "Daugavpils") : List.of();
            store.save(new Participant(Fixtures.YEAR, String.format("dalibnieks-%05d", i), "Šķūņu Ēdnīca Nr. " + i,
                    "B2C", "RESTAURANTS", "SMALL", branches, null, 0));
            expected += 1 + branches.size();
        }
        InMemoryJobs jobStore = new InMemoryJobs();
        Jobs jobs = jobStore.jobs(Clock.systemUTC());
        FolderPosterArchive archive = new FolderPosterArchive(folder, "http://localhost:3000/_local/files", "k".repeat(64),
                Clock.systemUTC());
        Posters posters = new Posters(Fixtures.YEAR, store, new PdfPosters(), Fixtures.SITE);
        jobs.start(JobKind.POSTERS, new lv.praise.domain.Actor("anna-sub", "anna@example.lv"));

        Runtime runtime = Runtime.getRuntime();
        long started = System.nanoTime();
        Map<String, Object> done = new PostersWorkerHandler(posters, archive, jobs)
                .handleRequest(jobStore.launches().get(0).event(), null);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertEquals("done", done.get("outcome"));
        Job job = jobs.find(JobKind.POSTERS).orElseThrow();
        assertEquals(JobState.DONE, job.state());
        assertEquals(expected, job.total());
        assertEquals(expected, job.done());
        Path zip = FolderPosterArchive.file(folder, job.result().get(Posters.ARCHIVE_KEY));
        List<String> names = new ArrayList<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertEquals(3 * expected, names.size());
        assertTrue(names.contains(String.format("dalibnieks-%05d/daugavpils.pdf", participants - participants % 3)));
        try (var left = Files.list(zip.getParent())) {
            assertEquals(List.of(zip), left.toList(), "no partial file left beside the ZIP");
        }
        System.out.printf("posters at scale: %d participants, %d posters, ZIP %d MB, %d s, heap in use after %d MB%n",
                participants, expected, Files.size(zip) / (1024 * 1024), seconds,
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }
}
