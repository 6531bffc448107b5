package lv.praise.domain.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.praise.domain.FreeText;
import lv.praise.domain.RefusedException;

/**
 * The header of an import file, matched against the columns an import expects: any order, names
 * case-insensitive, with blanks or hyphens for the underscores or none ("Registration number",
 * "Contact E-mail", "sizeclass").
 * Every expected column is required; a column the import does not know refuses the file, so that
 * a typo in a header never silently drops data.
 */
final class Columns {
    private final Map<String, Integer> index;
    private final int width;

    private Columns(Map<String, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    static Columns of(CsvTable table, List<String> expected) {
        return of(table, expected, List.of());
    }

    /** @param optional columns a file may leave out (then every row's value is empty) */
    static Columns of(CsvTable table, List<String> required, List<String> optional) {
        List<String> expected = new java.util.ArrayList<>(required);
        expected.addAll(optional);
        Map<String, String> byKey = new HashMap<>();
        expected.forEach(column -> byKey.put(key(column), column));
        Map<String, Integer> index = new HashMap<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String name = byKey.getOrDefault(key(header.get(i)), normalise(header.get(i)));
            if (name.isEmpty()) {
                throw RefusedException.invalid("body", "line " + table.headerLine() + ": column " + (i + 1)
                        + " has no name; expected columns: " + String.join(",", expected));
            }
            if (!expected.contains(name)) {
                throw RefusedException.invalid(shorten(name, 64), "unknown column '" + shorten(header.get(i).strip(), 64)
                        + "'; expected columns: " + String.join(",", expected));
            }
            if (index.putIfAbsent(name, i) != null) {
                throw RefusedException.invalid(name, "column " + name + " appears twice in the header");
            }
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                throw RefusedException.invalid(column, "column " + column + " is missing; expected columns: "
                        + String.join(",", expected));
            }
        }
        return new Columns(index, header.size());
    }

    int width() {
        return width;
    }

    /** The value of a column in a row, stripped of surrounding blanks; empty for an optional column the file left out. */
    String value(CsvTable.Row row, String column) {
        Integer at = index.get(column);
        return at == null ? "" : row.fields().get(at).strip();
    }

    /**
     * A rejection for each value of the row that holds a line break or another control character
     * ({@link FreeText}): a quoted CSV value may span lines, and no column of either import takes one.
     */
    List<ImportReport.Rejection> controlCharacters(CsvTable.Row row) {
        List<ImportReport.Rejection> problems = new ArrayList<>();
        index.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(column -> {
            String problem = FreeText.nameProblem(value(row, column.getKey()));
            if (problem != null) {
                problems.add(ImportReport.Rejection.of(row.line(), column.getKey(), "control_character",
                        column.getKey().replace('_', ' ') + " " + problem));
            }
        });
        return problems;
    }

    /** Null when the row has the header's number of values (trailing empty extras are tolerated). */
    String widthProblem(CsvTable.Row row) {
        List<String> fields = row.fields();
        if (fields.size() < width) {
            return "expected " + width + " values, found " + fields.size()
                    + " (a value with a comma in it needs quotes)";
        }
        for (int i = width; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return "expected " + width + " values, found " + fields.size()
                        + " (a value with a comma in it needs quotes)";
            }
        }
        return null;
    }

    /** How a header name is compared: lower case, without blanks, hyphens and underscores. */
    static String key(String headerName) {
        return headerName.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /** An unknown header name as the answer names it. */
    static String normalise(String headerName) {
        return headerName.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
