package lv.praise.domain.imports;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lv.praise.domain.Participant;
import lv.praise.domain.imports.ImportReport.Rejection;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A row with a new registration number and the name of a stored participant that has none (the demo's
 * participants): not a second public entry unless the file says so.
 */
class SameNameImportTest {
    private static final String HEADER = "name,registration_number,category,industry,size_class,contact_email,branches";
    private static final String ROW = "\"Preiļu Galvenā Bibliotēka, AS\",90000012345,STATE,EDUCATION,SMALL,,";
    private static final Participant DEMO = new Participant(YEAR, "preilu-galvena-biblioteka", "Preiļu Galvenā bibliotēka",
            "STATE", "EDUCATION", "SMALL", List.of("Preiļi"), null, 7);

    private final MapParticipants participants = new MapParticipants();
    private final ParticipantImport imports = new ParticipantImport(YEAR, new InMemoryStore(), participants);

    @BeforeEach
    void demoParticipantWithoutANumber() {
        participants.seed(DEMO);
    }

    @Test
    void withoutAWordTheRowIsRejectedNamingTheExistingParticipantAndNothingIsWritten() {
        ImportReport report = imports.run(HEADER + "\n" + ROW + "\n", ImportOptions.STRICT);
        assertFalse(report.imported());
        assertEquals(1, report.rejectedRows());
        Rejection why = report.rejected().get(0);
        assertEquals("same_name", why.field());
        assertTrue(why.reason().startsWith("same name as an existing participant without a registration number: "
                + "'preilu-galvena-biblioteka'"), why.reason());
        assertEquals("same_name_exists", why.code());
        assertEquals("preilu-galvena-biblioteka", why.params().get("ids"));
        assertEquals(List.of(DEMO), participants.all(YEAR), "no second entry, the first unchanged");

        ImportReport valid = imports.run(HEADER + "\n" + ROW + "\nCits,40003000001,B2C,TRADE,SMALL,,\n",
                new ImportOptions(false, true));
        assertTrue(valid.imported());
        assertEquals(1, valid.created(), "only the other row");
        assertEquals(1, valid.rejectedRows(), "the report still says why the first was left out");
    }

    @Test
    void theExistingParticipantsIdMatchesTheRowToItKeepingItsIdAndPraise() {
        String file = HEADER + ",same_name\n" + ROW + ",preilu-galvena-biblioteka\n";
        ImportReport report = imports.run(file, ImportOptions.STRICT);
        assertEquals(1, report.updated(), report.toString());
        assertEquals(0, report.created());
        Participant stored = participants.find(YEAR, DEMO.id()).orElseThrow();
        assertEquals("90000012345", stored.registrationNumber());
        assertEquals(7, stored.confirmedPraiseCount());
        assertEquals(1, participants.all(YEAR).size());
        assertEquals(1, imports.run(file, ImportOptions.STRICT).unchanged(), "the same file again changes nothing");
    }

    @Test
    void newConfirmsASecondParticipantOfThatName() {
        ImportReport report = imports.run(HEADER + ",Same name\n" + ROW + ",new\n", ImportOptions.STRICT);
        assertEquals(1, report.created(), report.toString());
        assertEquals(2, participants.all(YEAR).size());
    }

    @Test
    void aWrongMatchIsRejectedByName() {
        participants.save(new Participant(YEAR, "cits", "Cits", "B2C", "TRADE", "SMALL", List.of(), null, 0, "40003000009"));
        String file = HEADER + ",same_name\n"
                + ROW + ",nobody\n"
                + "Preiļu Galvenā bibliotēka,90000012346,STATE,EDUCATION,SMALL,,,cits\n"
                + "\"SIA \"\"PREIĻU GALVENĀ BIBLIOTEKA\"\"\",90000012347,STATE,EDUCATION,SMALL,,,\n";
        ImportReport report = imports.run(file, ImportOptions.STRICT);
        assertEquals(List.of("same_name", "same_name", "same_name"), report.rejected().stream().map(Rejection::field).toList(),
                report.toString());
        assertTrue(report.rejected().get(0).reason().contains("no participant 'nobody'"));
        assertTrue(report.rejected().get(1).reason().contains("another registration number"));
        assertEquals(List.of("same_name_unknown", "same_name_has_number", "same_name_exists"),
                report.rejected().stream().map(Rejection::code).toList());
        assertEquals("nobody", report.rejected().get(0).params().get("value"));
        assertFalse(report.imported());
    }
}
