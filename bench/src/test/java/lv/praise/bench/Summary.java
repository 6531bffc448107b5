package lv.praise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table {@code ./bench.sh} prints: the rows each part left in the results folder, in the
 * order of the parts run, then their notes.
 *
 * <p>{@code java lv.praise.bench.Summary <results dir> <seconds the run took> <part>...}
 */
public final class Summary {
    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        List<SummaryRows.Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path file = dir.resolve(args[i] + ".tsv");
            if (!Files.isRegularFile(file)) {
                missing.add(args[i]);
                continue;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("# ")) {
                    notes.add(line.substring(2));
                } else if (!line.isBlank()) {
                    rows.add(SummaryRows.Row.parse(line));
                }
            }
        }
        System.out.println("| measurement | aim | size A | result A | size B | result B |");
        System.out.println("| --- | --- | --- | ---: | --- | ---: |");
        for (SummaryRows.Row r : rows) {
            System.out.printf("| %s | %s | %s | %s | %s | %s |%n", r.measurement(), r.aim(), r.sizeA(), r.resultA(),
                    r.sizeB(), r.resultB());
        }
        System.out.println();
        for (String note : notes) {
            System.out.println("- " + note);
        }
        if (!missing.isEmpty()) {
            System.out.println("- FAILED (no result): " + String.join(", ", missing) + " – see the progress lines on stderr.");
        }
        System.out.printf(Locale.ROOT, "- Whole run (build included): %.1f min.%n", seconds / 60);
    }
}
