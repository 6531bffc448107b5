package lv.praise.domain.imports;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lv.praise.domain.Campaign;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Label;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.Term;
import lv.praise.domain.imports.ImportReport.Rejection;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.api.Test;

class ParticipantImportTest {
    static final String HEADER = "name,registration_number,category,industry,size_class,contact_email,branches\n";
    static final String SAMPLE = HEADER
            + "Preiļu Galvenā bibliotēka,90000012345,STATE,EDUCATION,SMALL,info@preili.example.lv,Preiļi;Aizkalne\n"
            + "\"Maiznīca \"\"Rudzupuķe\"\"\",40003123456,b2c,\"Restorāni, bāri, kafejnīcas\",Mazs,maize@rudzupuke.example.lv,\n"
            + "Ātrie Kurjeri,40103987654,B2B,POSTAL,Liels,birojs@kurjeri.example.lv,Rīga;Liepāja;Daugavpils\n";

    private final InMemoryStore campaigns = new InMemoryStore();
    private final MapParticipants participants = new MapParticipants();
    private final ParticipantImport imports = new ParticipantImport(YEAR, campaigns, participants);

    @Test
    void aNewFileCreatesParticipantsWithIdsFromTheirNamesAndTheCampaignsCodes() {
        ImportReport report = imports.run(SAMPLE, ImportOptions.STRICT);

        assertEquals(new ImportReport(false, true, 3, 3, 0, 0, 0, List.of(), true), report);
        Participant library = participants.byRegistrationNumber("90000012345");
        assertEquals(new Participant(YEAR, "preilu-galvena-biblioteka", "Preiļu Galvenā bibliotēka", "STATE",
                "EDUCATION", "SMALL", List.of("Preiļi", "Aizkalne"), "info@preili.example.lv", 0, "90000012345"), library);
        Participant bakery = participants.byRegistrationNumber("40003123456");
        assertEquals("maiznica-rudzupuke", bakery.id());
        assertEquals("Maiznīca \"Rudzupuķe\"", bakery.name());
        assertEquals("B2C", bakery.category(), "a code in any case");
        assertEquals("RESTAURANTS", bakery.industry(), "the term's Latvian name");
        assertEquals("SMALL", bakery.sizeClass());
        assertEquals(List.of(), bakery.branches());
        Participant couriers = participants.byRegistrationNumber("40103987654");
        assertEquals("atrie-kurjeri", couriers.id());
        assertEquals("LARGE", couriers.sizeClass());
        assertEquals(List.of("Rīga", "Liepāja", "Daugavpils"), couriers.branches());
    }

    @Test
    void aNameWithALineBreakIsRejectedByLineAndColumnAndNothingIsWritten() {
        String csv = HEADER
                + "Preiļu Galvenā bibliotēka,90000012345,STATE,EDUCATION,SMALL,info@preili.example.lv,Preiļi\n"
                + "\"Maiznīca\r\nRudzupuķe\",40003123456,B2C,TRADE,SMALL,,\n"
                + "Ātrie Kurjeri,40103987654,B2B,POSTAL,LARGE,,\"Rīga;Lie\u2028pāja\"\n"
                + "Tabulētā,40103987655,B2B,POSTAL,LARGE,\"a\u0085@example.lv\",\n";

        ImportReport report = imports.run(csv, ImportOptions.STRICT);

        assertFalse(report.imported());
        assertEquals(0, participants.saves(), "not even the valid row is written");
        assertEquals(List.of(3, 5, 6), report.rejected().stream().map(Rejection::line).toList(),
                "the line each row starts on (a quoted line break spans two lines)");
        assertEquals(List.of("name", "branches", "contact_email"),
                report.rejected().stream().map(Rejection::field).toList());
        assertTrue(report.rejected().get(0).reason().startsWith("name holds a line break (U+000A) at character 9"),
                report.rejected().get(0).reason());
        assertTrue(report.rejected().get(1).reason().contains("line break (U+2028)"), report.rejected().get(1).reason());
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        imports.run(SAMPLE, ImportOptions.STRICT);
        List<Participant> before = participants.all(YEAR);
        int savesBefore = participants.saves();

        ImportReport again = imports.run(SAMPLE, ImportOptions.STRICT);

        assertEquals(0, again.created());
        assertEquals(0, again.updated());
        assertEquals(3, again.unchanged());
        assertTrue(again.imported());
        assertEquals(before, participants.all(YEAR), "the stored data is identical");
        assertEquals(savesBefore, participants.saves(), "unchanged rows are not even written");
    }

    @Test
    void aChangedContactEmailIsAnUpdateThatKeepsTheIdAndThePraiseCount() {
        participants.seed(new Participant(YEAR, "preili-library", "Preiļu Galvenā bibliotēka", "STATE", "EDUCATION",
                "SMALL", List.of("Preiļi", "Aizkalne"), "old@preili.example.lv", 17, "90000012345"));

        ImportReport report = imports.run(SAMPLE, ImportOptions.STRICT);

        assertEquals(2, report.created());
        assertEquals(1, report.updated());
        assertEquals(0, report.unchanged());
        Participant library = participants.byRegistrationNumber("90000012345");
        assertEquals("preili-library", library.id(), "an existing participant keeps its id");
        assertEquals("info@preili.example.lv", library.contactEmail());
        assertEquals(17, library.confirmedPraiseCount());
    }

    @Test
    void aStoredParticipantThatEqualsItsRowIsUnchanged() {
        participants.seed(new Participant(YEAR, "preili-library", "Preiļu Galvenā bibliotēka", "STATE", "EDUCATION",
                "SMALL", List.of("Preiļi", "Aizkalne"), "info@preili.example.lv", 17, "90000012345"));
        ImportReport report = imports.run(SAMPLE, ImportOptions.STRICT);
        assertEquals(1, report.unchanged());
        assertEquals(2, participants.saves(), "only the two new ones are written");
    }

    @Test
    void registrationNumbersMatchWithoutRegardToCase() {
        participants.seed(new Participant(YEAR, "x", "X", "B2C", "TRADE", "SMALL", List.of(), null, 0, "lv40003123456"));
        imports.run(HEADER + "X,LV40003123456,B2C,TRADE,SMALL,,\n", ImportOptions.STRICT);
        assertEquals(1, participants.all(YEAR).size());
        assertEquals("LV40003123456", participants.all(YEAR).get(0).registrationNumber(), "stored as written");
    }

    @Test
    void aTakenIdGetsANumberedSuffix() {
        participants.seed(BAKERY); // maiznica-rudzupuke, added by hand without a registration number
        // Same name as it: new participants only when the file says so (SameNameImportTest).
        ImportReport report = imports.run(HEADER.replace("\n", ",same_name\n")
                + "Maiznīca Rudzupuķe,40001,B2C,RESTAURANTS,SMALL,,,new\n"
                + "MAIZNICA RUDZUPUKE,40002,B2C,RESTAURANTS,SMALL,,,new\n", ImportOptions.STRICT);
        assertEquals(2, report.created());
        assertEquals("maiznica-rudzupuke-2", participants.byRegistrationNumber("40001").id());
        assertEquals("maiznica-rudzupuke-3", participants.byRegistrationNumber("40002").id());
    }

    @Test
    void idsAreShortSafeSlugs() {
        String longName = "Sabiedrība ar ierobežotu atbildību \"Ļoti Garš Nosaukums\" – Rīgas un Vidzemes reģionālā filiāle";
        imports.run(HEADER
                + "\"" + longName.replace("\"", "\"\"") + "\",40001,B2C,TRADE,SMALL,,\n"
                + "Связь,LV-40002,B2C,TELECOM,SMALL,,\n"
                + "  Ēdnīca & Co.  ,40003,B2C,RESTAURANTS,SMALL,,\n", ImportOptions.STRICT);
        String id = participants.byRegistrationNumber("40001").id();
        assertTrue(id.length() <= 60, id);
        assertTrue(id.startsWith("sabiedriba-ar-ierobezotu-atbildibu-loti-gars-nosaukums"), id);
        assertFalse(id.endsWith("-"), id);
        assertEquals("p-lv-40002", participants.byRegistrationNumber("LV-40002").id(), "no Latin letter in the name");
        assertEquals("ednica-co", participants.byRegistrationNumber("40003").id());
        participants.all(YEAR).forEach(p -> assertTrue(p.id().matches("^[a-z0-9][a-z0-9-]{0,79}$"), p.id()));
    }

    @Test
    void everyRejectionReasonWithItsLineAndNothingIsWritten() {
        String fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "B" + i).collect(Collectors.joining(";"));
        String csv = HEADER
                + "Valid One,40001,B2C,TRADE,SMALL,a@example.lv,\n"                       // 2 valid
                + ",40002,B2C,TRADE,SMALL,,\n"                                          // 3
                + "N".repeat(201) + ",40003,B2C,TRADE,SMALL,,\n"                        // 4
                + "Bad Number,40 04,B2C,TRADE,SMALL,,\n"                                // 5
                + "No Number,,B2C,TRADE,SMALL,,\n"                                      // 6
                + "Bad Category,40006,X,TRADE,SMALL,,\n"                                // 7
                + "Bad Industry,40007,B2C,Bakery,SMALL,,\n"                             // 8
                + "Bad Size,40008,B2C,TRADE,HUGE,,\n"                                   // 9
                + "Bad Mail,40009,B2C,TRADE,SMALL,not-an-email,\n"                      // 10
                + "Empty Branch,40010,B2C,TRADE,SMALL,,Rīga;;Cēsis\n"                   // 11
                + "Twice,40011,B2C,TRADE,SMALL,,Rīga;riga\n"                            // 12
                + "Many,40012,B2C,TRADE,SMALL,," + fiftyOne + "\n"                      // 13
                + "Long Branch,40013,B2C,TRADE,SMALL,," + "b".repeat(101) + "\n"        // 14
                + "Duplicate,40001,B2C,TRADE,SMALL,,\n"                                 // 15
                + "Short,40015,B2C\n"                                                   // 16
                + "No Category,40016,,TRADE,SMALL,,\n"                                  // 17
                + "Again,40001,B2C,TRADE,SMALL,,\n";                                    // 18

        ImportReport report = imports.run(csv, ImportOptions.STRICT);

        assertFalse(report.imported());
        assertEquals(0, participants.saves(), "a file with a rejected row writes nothing");
        assertEquals(17, report.rows());
        assertEquals(1, report.created(), "what the valid row would do");
        assertEquals(16, report.rejectedRows());
        assertEquals(List.of(
                Rejection.of(3, "name", "required", "name is required"),
                Rejection.of(4, "name", "too_long", "name must be at most 200 characters", "max", "200"),
                Rejection.of(5, "registration_number", "registration_number_format",
                        "registration number must be 1–40 letters, digits or hyphens, not '40 04'", "max", "40", "value", "40 04"),
                Rejection.of(6, "registration_number", "required", "registration number is required"),
                Rejection.of(7, "category", "unknown_term", "unknown category 'X'", "value", "X"),
                Rejection.of(8, "industry", "unknown_term", "unknown industry 'Bakery'", "value", "Bakery"),
                Rejection.of(9, "size_class", "unknown_term", "unknown size class 'HUGE'", "value", "HUGE"),
                Rejection.of(10, "contact_email", "email_invalid", "contact e-mail must have exactly one @"),
                Rejection.of(11, "branches", "branch_empty", "branch 2 is empty (two ';' in a row, or one at the end)", "n", "2"),
                Rejection.of(12, "branches", "branch_repeated", "branch 'riga' is listed twice", "value", "riga"),
                Rejection.of(13, "branches", "too_many_branches", "at most 50 branches, found 51", "max", "50", "found", "51"),
                Rejection.of(14, "branches", "branch_too_long", "branch '" + "b".repeat(40) + "…' is longer than 100 characters", "value", ""+"b".repeat(40)+"…", "max", "100"),
                Rejection.of(15, "registration_number", "duplicate_registration_number", "duplicate registration number, first on line 2", "firstLine", "2"),
                Rejection.of(16, "row", "row_width", "expected 7 values, found 3 (a value with a comma in it needs quotes)", "expected", "7", "found", "3"),
                Rejection.of(17, "category", "required", "category is required"),
                Rejection.of(18, "registration_number", "duplicate_registration_number", "duplicate registration number, first on line 2", "firstLine", "2")),
                report.rejected());
    }

    @Test
    void aRowWithSeveralProblemsListsEachOfThem() {
        ImportReport report = imports.run(HEADER + "X,40001,NOPE,TRADE,SMALL,bad@,\n", ImportOptions.STRICT);
        assertEquals(List.of(Rejection.of(2, "category", "unknown_term", "unknown category 'NOPE'", "value", "NOPE"),
                Rejection.of(2, "contact_email", "email_invalid", "contact e-mail has a domain that is not a valid internet domain name")), report.rejected());
        assertEquals(1, report.rejectedRows());
    }

    @Test
    void aDuplicateCountsEvenWhenItsFirstRowIsRejectedForSomethingElse() {
        ImportReport report = imports.run(HEADER
                + "First,LV1,NOPE,TRADE,SMALL,,\n"
                + "Second,lv1,B2C,TRADE,SMALL,,\n", ImportOptions.STRICT);
        assertEquals(Rejection.of(3, "registration_number", "duplicate_registration_number", "duplicate registration number, first on line 2", "firstLine", "2"),
                report.rejected().get(1));
    }

    @Test
    void importValidWritesTheValidRowsAndReportsTheOthers() {
        ImportReport report = imports.run(SAMPLE + "Bad,40009,B2C,TRADE,SMALL,nope,\n", new ImportOptions(false, true));
        assertTrue(report.imported());
        assertEquals(3, report.created());
        assertEquals(List.of(Rejection.of(5, "contact_email", "email_invalid", "contact e-mail must have exactly one @")),
                report.rejected());
        assertEquals(3, participants.all(YEAR).size());
    }

    @Test
    void aDryRunOnlyReports() {
        ImportReport report = imports.run(SAMPLE, new ImportOptions(true, false));
        assertTrue(report.dryRun());
        assertFalse(report.imported());
        assertEquals(3, report.created());
        assertEquals(0, participants.saves());

        ImportReport withImportValid = imports.run(SAMPLE + "Bad,1,X,TRADE,SMALL,,\n", new ImportOptions(true, true));
        assertFalse(withImportValid.imported());
        assertEquals(0, participants.saves(), "a dry run never writes");
    }

    @Test
    void categoriesIndustriesAndSizesByCodeOrLatvianOrEnglishName() {
        imports.run(HEADER
                + "A,1,valsts un pasvaldibu iestades,transports un logistika,medium,,\n"
                + "B,2,Business to business,\"FINANSES UN APDROŠINĀŠANA\",Vidējs,,\n"
                + "C,3,e_service,telecom,large,,\n", ImportOptions.STRICT);
        Participant a = participants.byRegistrationNumber("1");
        assertEquals(List.of("STATE", "TRANSPORT", "MEDIUM"), List.of(a.category(), a.industry(), a.sizeClass()));
        Participant b = participants.byRegistrationNumber("2");
        assertEquals(List.of("B2B", "FINANCE", "MEDIUM"), List.of(b.category(), b.industry(), b.sizeClass()));
        Participant c = participants.byRegistrationNumber("3");
        assertEquals(List.of("E_SERVICE", "TELECOM", "LARGE"), List.of(c.category(), c.industry(), c.sizeClass()));
    }

    @Test
    void aStoredCampaignsVocabularyIsTheOneUsed() {
        Campaign defaults = Campaign.defaults(YEAR);
        campaigns.save(new Campaign(YEAR, defaults.timeZone(), defaults.praiseOpensAt(), defaults.praiseClosesAt(),
                defaults.awardsAt(), List.of(new Term("NGO", new Label("Biedrības", "Associations", "Ühingud"))),
                defaults.industries(), defaults.aspects(), defaults.sizeClasses(), 50, 80.0, "{year}", null, null, null, null));
        ImportReport report = imports.run(HEADER
                + "A,1,biedribas,TRADE,SMALL,,\n"
                + "B,2,B2C,TRADE,SMALL,,\n", ImportOptions.STRICT);
        assertEquals(List.of(Rejection.of(3, "category", "unknown_term", "unknown category 'B2C'", "value", "B2C")), report.rejected());
    }

    @Test
    void anEmptyContactEmailIsNoneAndValuesAreTrimmed() {
        imports.run(HEADER + "  Spaced Name  ,  40001 , B2C , TRADE , SMALL ,  , Rīga ; Cēsis \n", ImportOptions.STRICT);
        Participant p = participants.byRegistrationNumber("40001");
        assertEquals("Spaced Name", p.name());
        assertNull(p.contactEmail());
        assertEquals(List.of("Rīga", "Cēsis"), p.branches());
    }

    @Test
    void theHeaderMayComeInAnyOrderAndCase() {
        ImportReport report = imports.run("Branches,Contact E-mail,SIZE_CLASS,Industry,Category,Registration Number,Name\n"
                + "Rīga,a@example.lv,SMALL,TRADE,B2C,40001,Veikals\n", ImportOptions.STRICT);
        assertEquals(1, report.created());
        assertEquals("Veikals", participants.byRegistrationNumber("40001").name());
    }

    @Test
    void aMissingUnknownOrRepeatedColumnRefusesTheFileNamingIt() {
        RefusedException missing = assertThrows(RefusedException.class, () -> imports.run(
                "name,registration_number,category,industry,size_class,branches\n", ImportOptions.STRICT));
        assertEquals(ErrorCode.INVALID, missing.code());
        assertEquals("contact_email", missing.field());

        RefusedException unknown = assertThrows(RefusedException.class, () -> imports.run(
                HEADER.strip() + ",website\n", ImportOptions.STRICT));
        assertEquals("website", unknown.field());

        RefusedException twice = assertThrows(RefusedException.class, () -> imports.run(
                HEADER.strip() + ",Name\n", ImportOptions.STRICT));
        assertEquals("name", twice.field());
        assertEquals(0, participants.saves());
    }

    @Test
    void aRegistrationNumberSharedByTwoStoredParticipantsIsRejected() {
        participants.seed(new Participant(YEAR, "a", "A", "B2C", "TRADE", "SMALL", List.of(), null, 0, "40001"));
        participants.seed(new Participant(YEAR, "b", "B", "B2C", "TRADE", "SMALL", List.of(), null, 0, "40001"));
        ImportReport report = imports.run(HEADER + "A,40001,B2C,TRADE,SMALL,,\n", ImportOptions.STRICT);
        assertEquals("registration_number", report.rejected().get(0).field());
        assertTrue(report.rejected().get(0).reason().contains("(a, b)"), report.rejected().get(0).reason());
    }

    @Test
    void atMostAThousandReasonsAreListedButAllAreCounted() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1001; i++) {
            csv.append("X").append(i).append(",").append(50000 + i).append(",NOPE,TRADE,SMALL,,\n");
        }
        ImportReport report = imports.run(csv.toString(), ImportOptions.STRICT);
        assertEquals(1001, report.rejectedRows());
        assertEquals(ImportReport.MAX_LISTED, report.rejected().size());
        assertFalse(report.rejectedListed());
    }

    @Test
    void aFailedWriteIsNotHidden() {
        ParticipantImport failing = new ParticipantImport(YEAR, campaigns, new MapParticipants() {
            @Override
            public synchronized void save(Participant p) {
                throw new IllegalStateException("table unavailable");
            }
        });
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> failing.run(SAMPLE, ImportOptions.STRICT));
        assertEquals("table unavailable", thrown.getMessage());
    }
}
