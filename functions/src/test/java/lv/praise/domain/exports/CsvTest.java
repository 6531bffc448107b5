package lv.praise.domain.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lv.praise.domain.imports.CsvTable;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void everyCellThatASpreadsheetWouldEvaluateIsText() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            String cell = start + "HYPERLINK(\"https://evil.example\")";
            String written = Csv.cell(cell);
            CsvTable back = CsvTable.parse(new Csv(List.of("x")).row(List.of(cell)).parts().get(0));
            // The reader takes a carriage return inside quotes as a line break, as spreadsheet programs do.
            assertEquals("'" + cell.replace('\r', '\n'), back.rows().get(0).fields().get(0), written);
        }
        assertEquals("Ķēķis", Csv.cell("Ķēķis"));
        assertEquals("12.50", Csv.cell("12.50"));
        assertEquals("", Csv.cell(null));
        assertEquals("\"a, \"\"b\"\"\nc\"", Csv.cell("a, \"b\"\nc"));
    }

    @Test
    void aFileIsUtf8WithAByteOrderMarkAndReadsBackWhole() {
        Csv csv = new Csv(List.of("name", "text"));
        csv.row(List.of("Ūdens Ērglis", "Ļoti laipni,\n\"paldies\""));
        csv.row(Arrays.asList("Tõnu Õun", null));
        String text = csv.parts().get(0);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark first");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        CsvTable back = CsvTable.parse(text);
        assertEquals(List.of("name", "text"), back.header());
        assertEquals(List.of("Ūdens Ērglis", "Ļoti laipni,\n\"paldies\""), back.rows().get(0).fields());
        assertEquals(List.of("Tõnu Õun", ""), back.rows().get(1).fields());
        assertThrows(IllegalArgumentException.class, () -> csv.row(List.of("one cell")));
    }

    @Test
    void aLargeTableIsCutAfterWholeRowsEachPartAFileWithItsHeader() {
        Csv csv = new Csv(List.of("n", "text"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            List<String> row = List.of(Integer.toString(i), "Rīga – ".repeat(i % 7 + 1));
            rows.add(row);
            csv.row(row);
        }
        List<String> parts = csv.parts(4_000);
        assertTrue(parts.size() > 3, parts.size() + " parts");
        List<List<String>> back = new ArrayList<>();
        for (String part : parts) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 4_000, "within the part's size");
            CsvTable table = CsvTable.parse(part);
            assertEquals(List.of("n", "text"), table.header());
            table.rows().forEach(r -> back.add(r.fields()));
        }
        assertEquals(rows, back, "every row once, in order");
        assertEquals(1, new Csv(List.of("n")).parts().size(), "an empty table is its header");
    }
}
