package lv.praise.domain.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or – for a dry run, or a file refused for its rejected rows – would have done.
 * The counts are those of the valid rows compared with the stored data; {@code imported} says
 * whether they were written.
 *
 * @param rows         data rows of the file (blank rows are not counted)
 * @param rejectedRows rows refused, each with at least one entry in {@code rejected}
 * @param rejected     the reasons, by line (at most {@link #MAX_LISTED}; {@code rejectedListed}
 *                     false when more were found)
 */
public record ImportReport(
        boolean dryRun,
        boolean imported,
        int rows,
        int created,
        int updated,
        int unchanged,
        int rejectedRows,
        List<Rejection> rejected,
        boolean rejectedListed) {

    /** More reasons than this are counted but not listed, so the answer stays small. */
    public static final int MAX_LISTED = 1000;

    /**
     * Why a row was refused; {@code field} is the column at fault, or {@code row} for the row as a whole.
     * {@code reason} is an English sentence for programs and logs; {@code code} (stable, lower case) and
     * {@code params} (the values the sentence quotes, by name) are what the console shows it from, in the
     * organiser's language.
     */
    public record Rejection(int line, String field, String reason, String code, Map<String, String> params) {
        public Rejection {
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        /** A rejection with its parameters as name, value pairs (values are written as text). */
        static Rejection of(int line, String field, String code, String reason, Object... params) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i + 1 < params.length; i += 2) {
                map.put(String.valueOf(params[i]), String.valueOf(params[i + 1]));
            }
            return new Rejection(line, field, reason, code, map);
        }
    }

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    static ImportReport of(ImportOptions options, boolean written, int rows, int created, int updated, int unchanged,
                           List<Rejection> rejections) {
        List<Rejection> sorted = new ArrayList<>(rejections);
        sorted.sort(Comparator.comparingInt(Rejection::line));
        int rejectedRows = (int) sorted.stream().mapToInt(Rejection::line).distinct().count();
        boolean complete = sorted.size() <= MAX_LISTED;
        return new ImportReport(options.dryRun(), written, rows, created, updated, unchanged, rejectedRows,
                complete ? sorted : sorted.subList(0, MAX_LISTED), complete);
    }

    /** Whether the valid rows are to be written, by the rule "a file with errors imports nothing unless asked". */
    static boolean writes(ImportOptions options, List<Rejection> rejections) {
        return !options.dryRun() && (rejections.isEmpty() || options.importValid());
    }
}
