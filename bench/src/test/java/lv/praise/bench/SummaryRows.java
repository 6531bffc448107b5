package lv.praise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One part's lines of the summary table that {@code ./bench.sh} prints ({@link Summary}): each part
 * runs in a JVM of its own (its own flags) and leaves its rows in {@code <results>/<part>.tsv}.
 */
final class SummaryRows {
    /** A measurement at two sizes: what was measured, the aim, and for each size its label and result. */
    record Row(String measurement, String aim, String sizeA, String resultA, String sizeB, String resultB) {
        String tsv() {
            return String.join("\t", clean(measurement), clean(aim), clean(sizeA), clean(resultA), clean(sizeB),
                    clean(resultB));
        }

        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("not a summary row: " + line);
            }
            return new Row(f[0], f[1], f[2], f[3], f[4], f[5]);
        }

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
        }
    }

    private final String part;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    SummaryRows(String part) {
        this.part = part;
    }

    SummaryRows add(String measurement, String aim, String sizeA, String resultA, String sizeB, String resultB) {
        rows.add(new Row(measurement, aim, sizeA, resultA, sizeB, resultB));
        return this;
    }

    /** A sentence printed under the table (how it was measured, the machine). */
    SummaryRows note(String note) {
        notes.add(note);
        return this;
    }

    /** Writes {@code <dir>/<part>.tsv} (rows, then notes prefixed with '#'); nothing when dir is null. */
    void write(Path dir) {
        if (dir == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        rows.forEach(r -> lines.add(r.tsv()));
        notes.forEach(n -> lines.add("# " + n.replace('\n', ' ')));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(part + ".tsv"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
