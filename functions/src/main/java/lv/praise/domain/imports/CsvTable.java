package lv.praise.domain.imports;

import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.RefusedException;

/**
 * A comma-separated file as RFC 4180 describes it: fields separated by commas, records by CRLF or
 * LF (a lone CR too), a field in double quotes may hold commas, line breaks and doubled quotes.
 * The first non-blank record is the header. Blank records (an empty line, or only commas, as
 * spreadsheets export empty rows) are left out. Each record knows the line its first character is on,
 * counting the header's line as 1 (or later, after leading empty lines).
 *
 * <p>Lenient where no meaning is lost: a UTF-8 byte-order mark is dropped, blanks before an opening
 * quote are ignored, a quote inside an unquoted field is kept as a character, the last line may lack
 * its line break. Strict where a guess could misplace data: an unclosed quote, or text after a closing
 * quote, refuses the whole file with the line at fault.
 */
public final class CsvTable {
    /** A data record and the line it starts on. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private final int headerLine;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(int headerLine, List<String> header, List<Row> rows) {
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    public int headerLine() {
        return headerLine;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * @throws RefusedException {@code invalid} naming {@code body} when the text is no CSV table: empty,
     *                         separated by semicolons or tabs, an unclosed quote, text after a closing quote
     */
    public static CsvTable parse(String text) {
        String bare = text.startsWith("\uFEFF") ? text.substring(1) : text;
        requireCommas(bare);
        List<Row> records = new Parser(bare).records();
        if (records.isEmpty()) {
            throw RefusedException.invalid("body", "the file is empty: it needs a header row with the column names");
        }
        Row header = records.get(0);
        return new CsvTable(header.line(), header.fields(), records.subList(1, records.size()));
    }

    /**
     * A header line without a comma but with semicolons (or tabs) is a spreadsheet's export in
     * another format; said before anything else, because the rest of such a file reads as nonsense.
     */
    private static void requireCommas(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.indexOf(',') < 0 && (line.indexOf(';') >= 0 || line.indexOf('\t') >= 0)) {
                throw RefusedException.invalid("body", "line " + (i + 1) + ": the columns are separated by "
                        + (line.indexOf(';') >= 0 ? "semicolons" : "tabs")
                        + "; use commas (in a spreadsheet: save as \"CSV UTF-8 (comma delimited)\")");
            }
            return;
        }
    }

    private static final class Parser {
        private final String text;
        private final List<Row> records = new ArrayList<>();
        private List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int recordLine = 1;

        Parser(String text) {
            this.text = text;
        }

        List<Row> records() {
            int i = 0;
            int n = text.length();
            boolean quoted = false;      // inside a quoted field
            boolean closed = false;      // after the closing quote of this field
            int quoteLine = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        closed = true;
                    } else if (c == '\r' || c == '\n') {
                        // A line break inside quotes is data; it is kept as LF whatever the file used.
                        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                            i++;
                        }
                        field.append('\n');
                        line++;
                    } else {
                        field.append(c);
                    }
                    i++;
                    continue;
                }
                if (c == ',') {
                    endField();
                    closed = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    endField();
                    endRecord();
                    closed = false;
                    line++;
                    recordLine = line;
                } else if (closed) {
                    if (c != ' ' && c != '\t') {
                        throw RefusedException.invalid("body", "line " + line
                                + ": text after a closing quote; a quote inside a quoted value must be doubled (\"\")");
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                    quoteLine = line;
                } else {
                    field.append(c);
                }
                i++;
            }
            if (quoted) {
                throw RefusedException.invalid("body", "line " + quoteLine
                        + ": a quoted value is not closed (a \" is missing)");
            }
            if (!fields.isEmpty() || field.length() > 0) {
                endField();
                endRecord();
            }
            return records;
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
        }

        private void endRecord() {
            if (fields.stream().anyMatch(f -> !f.isBlank())) {
                records.add(new Row(recordLine, fields));
            }
            fields = new ArrayList<>();
        }
    }
}
