package lv.praise.domain.exports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An export's table as CSV text: RFC 4180 with commas (as the imports read, so an export can be edited and
 * imported back), CRLF line ends, UTF-8 with a byte-order mark – without it spreadsheet programs read the file
 * in the machine's legacy code page and Latvian and Estonian letters come out garbled – and every cell safe from
 * formula injection: a cell starting with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe, so a spreadsheet shows it as text instead of evaluating it (OWASP, "CSV Injection"). Numbers the
 * exports write never start with a sign (scores, counts and ranks are not negative), so none is changed.
 *
 * <p>A large table is cut into parts after whole rows, each part with the header and the mark, each within
 * {@link #PART_BYTES} – far below the 6 MB a Lambda function may answer (docs/api.md, *Exports*).
 */
public final class Csv {
    public static final String BOM = "\uFEFF";
    /** At most this many bytes of UTF-8 per part. */
    public static final int PART_BYTES = 4_000_000;

    private final List<String> header;
    private final List<String> lines = new ArrayList<>();

    public Csv(List<String> header) {
        this.header = List.copyOf(header);
    }

    public Csv row(List<?> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells under " + header.size() + " columns");
        }
        lines.add(line(cells));
        return this;
    }

    public int rows() {
        return lines.size();
    }

    /** The parts (at least one: an empty table is its header), each a whole CSV file. */
    public List<String> parts() {
        return parts(PART_BYTES);
    }

    List<String> parts(int partBytes) {
        String head = line(header);
        int headBytes = bytes(BOM + head);
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(BOM).append(head);
        int size = headBytes;
        int inPart = 0;
        for (String line : lines) {
            int n = bytes(line);
            if (inPart > 0 && size + n > partBytes) {
                parts.add(part.toString());
                part = new StringBuilder(BOM).append(head);
                size = headBytes;
                inPart = 0;
            }
            part.append(line);
            size += n;
            inPart++;
        }
        parts.add(part.toString());
        return parts;
    }

    /** A cell as written: neutralised, then quoted when it holds a comma, a quote or a line break. */
    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String line(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.append("\r\n").toString();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
