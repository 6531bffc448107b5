package lv.praise.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.imports.CsvTable.Row;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void headerAndRowsWithTheLineEachStartsOn() {
        CsvTable table = CsvTable.parse("a,b,c\n1,2,3\n4,5,6\n");
        assertEquals(List.of("a", "b", "c"), table.header());
        assertEquals(1, table.headerLine());
        assertEquals(List.of(new Row(2, List.of("1", "2", "3")), new Row(3, List.of("4", "5", "6"))), table.rows());
    }

    @Test
    void quotedValuesKeepCommasAndDoubledQuotes() {
        CsvTable table = CsvTable.parse("name,industry\n\"Maiznīca \"\"Rudzupuķe\"\"\",\"Restorāni, bāri, kafejnīcas\"\n");
        assertEquals(List.of("Maiznīca \"Rudzupuķe\"", "Restorāni, bāri, kafejnīcas"), table.rows().get(0).fields());
    }

    @Test
    void anEmptyQuotedValueAndEmptyValuesAreEmptyStrings() {
        CsvTable table = CsvTable.parse("a,b,c\n\"\",,x\n");
        assertEquals(List.of("", "", "x"), table.rows().get(0).fields());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        CsvTable table = CsvTable.parse("\uFEFFname,score\nA,1\n");
        assertEquals("name", table.header().get(0));
    }

    @Test
    void crlfLfAndLoneCrEndRecords() {
        CsvTable table = CsvTable.parse("a,b\r\n1,2\r\n3,4\n5,6\r7,8");
        assertEquals(List.of(2, 3, 4, 5), table.rows().stream().map(Row::line).toList());
        assertEquals(List.of("7", "8"), table.rows().get(3).fields(), "the last line may lack its line break");
    }

    @Test
    void aLineBreakInsideQuotesIsDataAndLinesStillCount() {
        CsvTable table = CsvTable.parse("name,note\r\n\"Ātrie\r\nKurjeri\",\"one\ntwo\nthree\"\r\nNext,x\r\n");
        assertEquals(List.of("Ātrie\nKurjeri", "one\ntwo\nthree"), table.rows().get(0).fields());
        assertEquals(2, table.rows().get(0).line(), "the line a record starts on");
        assertEquals(6, table.rows().get(1).line(), "lines inside the quoted values are counted");
    }

    @Test
    void blankRecordsAndATrailingEmptyLineAreLeftOut() {
        CsvTable table = CsvTable.parse("\n\na,b\n1,2\n\n,\n , \n3,4\n\n");
        assertEquals(3, table.headerLine());
        assertEquals(List.of(4, 8), table.rows().stream().map(Row::line).toList());
    }

    @Test
    void blanksBeforeAnOpeningQuoteAndAfterAClosingOneAreIgnored() {
        CsvTable table = CsvTable.parse("a,b\n1,  \"x, y\"  \n");
        assertEquals(List.of("1", "x, y"), table.rows().get(0).fields());
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsACharacter() {
        CsvTable table = CsvTable.parse("a,b\n12\" screen,2\n");
        assertEquals("12\" screen", table.rows().get(0).fields().get(0));
    }

    @Test
    void anUnterminatedQuoteRefusesTheFileWithItsLine() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> CsvTable.parse("a,b\n1,2\n3,\"open\nstill open\n"));
        assertEquals(ErrorCode.INVALID, e.code());
        assertEquals("body", e.field());
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteRefusesTheFileWithItsLine() {
        RefusedException e = assertThrows(RefusedException.class, () -> CsvTable.parse("a,b\n1,2\n\"x\"y,2\n"));
        assertEquals("body", e.field());
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
    }

    @Test
    void aSemicolonSeparatedHeaderIsToldToUseCommas() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> CsvTable.parse("\uFEFFname;registration_number;category\nA;1;B2C\n"));
        assertEquals(ErrorCode.INVALID, e.code());
        assertEquals("body", e.field());
        assertTrue(e.getMessage().contains("semicolons") && e.getMessage().contains("use commas"), e.getMessage());
    }

    @Test
    void aTabSeparatedHeaderIsToldToUseCommas() {
        RefusedException e = assertThrows(RefusedException.class, () -> CsvTable.parse("name\tscore\nA\t1\n"));
        assertTrue(e.getMessage().contains("tabs"), e.getMessage());
    }

    @Test
    void anEmptyFileHasNoHeader() {
        for (String text : new String[] {"", "\uFEFF", "\r\n\r\n", " , \n"}) {
            RefusedException e = assertThrows(RefusedException.class, () -> CsvTable.parse(text));
            assertEquals("body", e.field());
            assertTrue(e.getMessage().contains("header"), e.getMessage());
        }
    }

    @Test
    void aHeaderOnlyFileHasNoRows() {
        assertTrue(CsvTable.parse("a,b\r\n").rows().isEmpty());
    }
}
