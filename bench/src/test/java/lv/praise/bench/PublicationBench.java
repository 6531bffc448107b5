package lv.praise.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import lv.praise.adapter.DynamoAwardStore;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPublicationStore;
import lv.praise.adapter.DynamoScoringSource;
import lv.praise.adapter.DynamoStandingsStore;
import lv.praise.adapter.OutboxMailer;
import lv.praise.adapter.PdfCertificates;
import lv.praise.domain.Campaign;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Mailer;
import lv.praise.domain.Participant;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.CertificateDelivery;
import lv.praise.domain.awards.CertificateRenderer;
import lv.praise.domain.awards.Certificates;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./bench.sh --only publication}: the publication of the final results, as PublishAwards
 * does it on awards day – freeze the campaign, score, write the results record and the awards, then
 * for each awardee render the certificate PDF (PdfCertificates) and mail it (the outbox mailer, an
 * .eml file per letter, in place of SES) – on the real DynamoDB adapters, wired as {@code Wiring}
 * wires it. One fresh table per size; TOP-N (campaign data) is the number of awardees.
 */
public final class PublicationBench {
    static final String USAGE = """
            usage: ./bench.sh --only publication [--sizes N,N] [--warmup N]
              --sizes N,...  awardees (the campaign's TOP-N), one publication each (default 50,200)
              --warmup N     awardees of one publication run first and not counted (default 20; 0: none)
            Prints a Markdown table on stdout, progress on stderr.""";

    private PublicationBench() {
    }

    record Row(int awardees, int participants, int letters, long totalNanos, long pdfNanos, long mailNanos,
               long pdfBytes) {
    }

    public static void main(String[] args) {
        BenchPart.main(args, USAGE, Set.of("--sizes", "--warmup"), line -> {
            Path root = line.root();
            Path results = line.results();
            int[] sizes = line.numbers("--sizes", new int[] {50, 200}, 1, false);
            int warmup = line.number("--warmup", 20, 0);
            return out -> run(root, results, sizes, warmup, out);
        });
    }

    private static void run(Path root, Path resultsDir, int[] sizes, int warmup, PrintStream out) throws Exception {
        long started = System.nanoTime();
        Path work = root.resolve("bench/target/publication");
        ColdStartBench.deleteTree(work);
        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        Bench.progress("starting DynamoDB Local (in-memory, loopback HTTP) ...");
        try (LocalDynamoDb db = LocalDynamoDb.start(0, null)) {
            // Parsed once per container, as Wiring keeps it.
            PdfCertificates pdf = new PdfCertificates();
            if (warmup > 0) {
                Bench.progress("warm-up publication: " + warmup + " awardees (not counted) ...");
                publish(db, template, warmup, pdf, work.resolve("warmup"));
            }
            List<Row> rows = new ArrayList<>();
            for (int n : sizes) {
                Bench.progress("publication: " + n + " awardees ...");
                Row row = publish(db, template, n, pdf, work.resolve("top-" + n));
                Bench.progress(String.format(Locale.ROOT, "  %.1f s, %.1f ms per certificate", row.totalNanos() / 1e9,
                        row.totalNanos() / 1e6 / row.letters()));
                rows.add(row);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            print(out, rows, warmup, seconds);
            summary(rows, warmup).write(resultsDir);
        }
    }

    /** One publication of a fresh campaign whose TOP-N is {@code n}; a quarter more participants than awardees. */
    private static Row publish(LocalDynamoDb db, SamTemplate template, int n, PdfCertificates pdf, Path outbox) throws Exception {
        String table = db.createFreshTable(template, "PraiseTable");
        DynamoDbClient dynamo = db.client();
        int participantCount = n + n / 4;
        seed(dynamo, table, n, participantCount);
        Files.createDirectories(outbox);

        AtomicLong pdfNanos = new AtomicLong();
        AtomicLong pdfBytes = new AtomicLong();
        AtomicLong mailNanos = new AtomicLong();
        CertificateRenderer timedPdf = certificate -> {
            long t0 = System.nanoTime();
            byte[] bytes = pdf.pdf(certificate);
            pdfNanos.addAndGet(System.nanoTime() - t0);
            pdfBytes.addAndGet(bytes.length);
            return bytes;
        };
        Mailer outboxMailer = new OutboxMailer(outbox, "praise@example.lv");
        Mailer timedMail = mail -> {
            long t0 = System.nanoTime();
            outboxMailer.send(mail);
            mailNanos.addAndGet(System.nanoTime() - t0);
        };

        Clock clock = Clock.fixed(AwardsKit.AFTER_WINDOW, ZoneOffset.UTC);
        DynamoCampaignStore campaigns = new DynamoCampaignStore(dynamo, table);
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        DynamoAwardStore awards = new DynamoAwardStore(dynamo, table);
        RecalculateStandings scoring = new RecalculateStandings(Fixtures.YEAR, campaigns, participants,
                new DynamoEvaluationStore(dynamo, table),
                new DynamoScoringSource(dynamo, table, DynamoScoringSource.DEFAULT_THREADS),
                new DynamoStandingsStore(dynamo, table, clock), clock);
        CertificateDelivery delivery = new CertificateDelivery(awards, participants, timedPdf, timedMail,
                new Certificates(Fixtures.SITE), clock, Clock.systemUTC(), pause -> { });
        PublishAwards publishAwards = new PublishAwards(Fixtures.YEAR, campaigns, participants, scoring,
                new DynamoPublicationStore(dynamo, table), awards, delivery, clock, CertificateCode::generate);

        long t0 = System.nanoTime();
        PublishAwards.Outcome outcome = publishAwards.publish(new lv.praise.domain.Actor("bench", null), Deadline.none());
        long total = System.nanoTime() - t0;
        if (!outcome.certificates().complete() || outcome.certificates().sent() != n) {
            throw new Bench.BenchFailure("publication of TOP-" + n + " ended with " + outcome.certificates());
        }
        long letters;
        try (var files = Files.list(outbox)) {
            letters = files.filter(p -> p.toString().endsWith(".eml")).count();
        }
        if (letters != n) {
            throw new Bench.BenchFailure(letters + " letters in the outbox for " + n + " awardees");
        }
        return new Row(n, participantCount, (int) letters, total, pdfNanos.get(), mailNanos.get(), pdfBytes.get());
    }

    /** The campaign with TOP-N = n, its window closed; n participants evaluated above the threshold, the rest below. */
    private static void seed(DynamoDbClient dynamo, String table, int n, int participantCount) {
        Campaign d = Campaign.defaults(Fixtures.YEAR);
        Campaign campaign = new Campaign(d.year(), d.timeZone(), d.praiseOpensAt(), d.praiseClosesAt(), d.awardsAt(),
                d.categories(), d.industries(), d.aspects(), d.sizeClasses(), n, d.qualityMarkThreshold(),
                d.qualityMarkTitleTemplate(), null, null, null, null);
        new DynamoCampaignStore(dynamo, table).save(campaign);
        DynamoParticipantStore store = new DynamoParticipantStore(dynamo, table);
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 1; i <= participantCount; i++) {
            String id = String.format(Locale.ROOT, "dalibnieks-%04d", i);
            String category = campaign.categories().get(i % campaign.categories().size()).code();
            store.save(new Participant(Fixtures.YEAR, id, "Šķūņu Ēdnīca „Ģērbonis” Nr. " + i, category, "RESTAURANTS",
                    i % 2 == 0 ? "SMALL" : "LARGE", List.of(), id + "@example.lv", 0));
            int score = i <= n ? 99 - i % 19 : 60;
            evaluations.add(new Evaluation(Fixtures.YEAR, id, LocalDate.of(Fixtures.YEAR, 3, 10), "Anna", "visit",
                    score));
        }
        new DynamoEvaluationStore(dynamo, table).saveAll(evaluations);
    }

    private static void print(PrintStream out, List<Row> rows, int warmup, double seconds) {
        out.println("| awardees (TOP-N) | participants | **total s** | **ms per certificate** | of which PDF ms"
                + " | of which outbox mail ms | rest (DynamoDB: freeze, score, records, award states) ms | PDF KB each |");
        out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row r : rows) {
            double per = r.totalNanos() / 1e6 / r.letters();
            double pdf = r.pdfNanos() / 1e6 / r.letters();
            double mail = r.mailNanos() / 1e6 / r.letters();
            out.printf(Locale.ROOT, "| %,d | %,d | **%.1f** | **%.1f** | %.1f | %.1f | %.1f | %.0f |%n", r.awardees(),
                    r.participants(), r.totalNanos() / 1e9, per, pdf, mail, per - pdf - mail,
                    r.pdfBytes() / 1024.0 / r.letters());
        }
        out.println();
        out.println(note(warmup));
        out.printf(Locale.ROOT, "Machine: %d cores (%s), %s %s, %s; run took %.0f s.%n",
                Runtime.getRuntime().availableProcessors(), Machine.cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Machine.jvmFlags(), seconds);
    }

    private static String note(int warmup) {
        return "Publication: PublishAwards on the real adapters (DynamoDB Local in the same JVM over loopback HTTP),"
                + " PdfCertificates and the outbox mailer (.eml files; in AWS one SES call per letter, not measured),"
                + " one fresh table per size, TOP-N from the campaign item, a quarter more participants than awardees; "
                + (warmup > 0 ? "one warm-up publication of " + warmup + " awardees first" : "no warm-up")
                + ". The publishing function's Timeout is 29 s; a run past its deadline continues in the next one.";
    }

    private static SummaryRows summary(List<Row> rows, int warmup) {
        SummaryRows s = new SummaryRows("publication");
        if (!rows.isEmpty()) {
            Row a = rows.get(0);
            Row b = rows.get(rows.size() - 1);
            s.add("publication: total (freeze, score, records, PDF + letter each)", "–", a.awardees() + " certificates",
                    String.format(Locale.ROOT, "%.1f s", a.totalNanos() / 1e9), b.awardees() + " certificates",
                    String.format(Locale.ROOT, "%.1f s", b.totalNanos() / 1e9));
            s.add("publication: time per certificate (of which PDF rendering)", "–", a.awardees() + " certificates",
                    perCertificate(a), b.awardees() + " certificates", perCertificate(b));
        }
        s.note(note(warmup));
        return s;
    }

    private static String perCertificate(Row r) {
        return String.format(Locale.ROOT, "%.1f ms (%.1f)", r.totalNanos() / 1e6 / r.letters(), r.pdfNanos() / 1e6 / r.letters());
    }
}
