package lv.praise.domain.imports;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.imports.ImportReport.Rejection;
import lv.praise.testkit.InMemoryEvaluations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvaluationImportTest {
    static final String HEADER = "registration_number,date,evaluator,channel,score\n";
    static final String SAMPLE = HEADER
            + "90000012345,2027-03-10,Anna Bērziņa,visit,88\n"
            + "90000012345,12.03.2027,Jānis Ozoliņš,phone,92\n"
            + "40003123456,2027-03-11,Anna Bērziņa,E-mail,75\n"
            + "40103987654,2027-03-15,Līga Kalniņa,web,81\n";

    private final MapParticipants participants = new MapParticipants();
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    private final EvaluationImport imports = new EvaluationImport(YEAR, participants, evaluations);

    @BeforeEach
    void theCampaignsParticipants() {
        participants.seed(participant("preilu-galvena-biblioteka", "90000012345"));
        participants.seed(participant("maiznica-rudzupuke", "40003123456"));
        participants.seed(participant("atrie-kurjeri", "40103987654"));
        participants.seed(participant("no-number", null));
    }

    static Participant participant(String id, String registrationNumber) {
        return new Participant(YEAR, id, id, "B2C", "TRADE", "SMALL", List.of(), null, 0, registrationNumber);
    }

    @Test
    void aNewFileCreatesEvaluationsOfTheParticipantsItNames() {
        ImportReport report = imports.run(SAMPLE, ImportOptions.STRICT);

        assertEquals(new ImportReport(false, true, 4, 4, 0, 0, 0, List.of(), true), report);
        assertEquals(List.of(
                new Evaluation(YEAR, "preilu-galvena-biblioteka", LocalDate.of(2027, 3, 10), "Anna Bērziņa", "visit", 88),
                new Evaluation(YEAR, "preilu-galvena-biblioteka", LocalDate.of(2027, 3, 12), "Jānis Ozoliņš", "phone", 92),
                new Evaluation(YEAR, "maiznica-rudzupuke", LocalDate.of(2027, 3, 11), "Anna Bērziņa", "e-mail", 75),
                new Evaluation(YEAR, "atrie-kurjeri", LocalDate.of(2027, 3, 15), "Līga Kalniņa", "web", 81)),
                evaluations.all(YEAR));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        imports.run(SAMPLE, ImportOptions.STRICT);
        List<Evaluation> before = evaluations.all(YEAR);

        ImportReport again = imports.run(SAMPLE, ImportOptions.STRICT);

        assertEquals(0, again.created());
        assertEquals(0, again.updated());
        assertEquals(4, again.unchanged());
        assertEquals(before, evaluations.all(YEAR));
        assertEquals(4, evaluations.written(), "nothing is written the second time");
    }

    @Test
    void aCorrectedScoreReplacesTheEvaluation() {
        imports.run(SAMPLE, ImportOptions.STRICT);
        ImportReport report = imports.run(SAMPLE.replace("Jānis Ozoliņš,phone,92", "Jānis Ozoliņš,phone,90"),
                ImportOptions.STRICT);
        assertEquals(1, report.updated());
        assertEquals(3, report.unchanged());
        assertEquals(4, evaluations.all(YEAR).size());
        assertTrue(evaluations.all(YEAR).stream().anyMatch(e -> e.score() == 90));
    }

    @Test
    void theEvaluatorIsTheSamePersonWhateverTheCaseAndBlanks() {
        imports.run(SAMPLE, ImportOptions.STRICT);
        ImportReport report = imports.run(HEADER + "90000012345,2027-03-10,  anna   BĒRZIŅA ,VISIT,88\n",
                ImportOptions.STRICT);
        assertEquals(1, report.updated(), "the name as written changed, the evaluation is the same");
        assertEquals(4, evaluations.all(YEAR).size());
        assertTrue(evaluations.all(YEAR).stream().anyMatch(e -> e.evaluator().equals("anna BĒRZIŅA")));
    }

    @Test
    void everyRejectionReasonWithItsLineAndNothingIsWritten() {
        String csv = HEADER
                + "90000012345,2027-03-10,Anna,visit,88\n"            // 2 valid
                + "99999999999,2027-03-10,Anna,visit,88\n"            // 3
                + "12 34,2027-03-10,Anna,visit,88\n"                  // 4
                + "90000012345,2027/03/10,Anna,visit,88\n"            // 5
                + "90000012345,31.02.2027,Anna,visit,88\n"            // 6
                + "90000012345,2026-12-31,Anna,visit,88\n"            // 7
                + "90000012345,,Anna,visit,88\n"                      // 8
                + "90000012345,2027-03-10,,visit,88\n"                // 9
                + "90000012345,2027-03-10," + "E".repeat(101) + ",visit,88\n" // 10
                + "90000012345,2027-03-10,Anna,fax,88\n"              // 11
                + "90000012345,2027-03-10,Anna,web,87.5\n"            // 12
                + "90000012345,2027-03-10,Anna,web,\"87,5\"\n"        // 13
                + "90000012345,2027-03-10,Anna,web,101\n"             // 14
                + "90000012345,2027-03-10,Anna,web,-1\n"              // 15
                + "90000012345,2027-03-10,Anna,web,good\n"            // 16
                + "90000012345,2027-03-10,Anna,web,\n"                // 17
                + "90000012345,10.03.2027,ANNA,Visit,70\n"            // 18 duplicate of 2
                + "90000012345,2027-03-10\n";                         // 19

        ImportReport report = imports.run(csv, ImportOptions.STRICT);

        assertFalse(report.imported());
        assertEquals(0, evaluations.written());
        assertEquals(18, report.rows());
        assertEquals(17, report.rejectedRows());
        assertEquals(List.of(
                Rejection.of(3, "registration_number", "unknown_participant",
                        "unknown participant '99999999999': no participant of the campaign has this registration number", "value", "99999999999"),
                Rejection.of(4, "registration_number", "registration_number_format",
                        "registration number must be 1–40 letters, digits or hyphens, not '12 34'", "max", "40", "value", "12 34"),
                Rejection.of(5, "date", "date_format", "date must be YYYY-MM-DD or DD.MM.YYYY, not '2027/03/10'", "value", "2027/03/10"),
                Rejection.of(6, "date", "date_not_in_calendar", "'31.02.2027' is not a date of the calendar", "value", "31.02.2027"),
                Rejection.of(7, "date", "date_outside_campaign", "date 2026-12-31 is outside the 2027 campaign", "date", "2026-12-31", "year", "2027"),
                Rejection.of(8, "date", "required", "date is required: YYYY-MM-DD or DD.MM.YYYY"),
                Rejection.of(9, "evaluator", "required", "evaluator is required"),
                Rejection.of(10, "evaluator", "too_long", "evaluator must be at most 100 characters", "max", "100"),
                Rejection.of(11, "channel", "unknown_channel", "unknown channel 'fax': use visit, phone, e-mail, web", "value", "fax", "allowed", "visit, phone, e-mail, web"),
                Rejection.of(12, "score", "score_decimals", "score must be a whole number from 0 to 100; '87.5' has decimals (round it in the file)", "value", "87.5"),
                Rejection.of(13, "score", "score_decimals", "score must be a whole number from 0 to 100; '87,5' has decimals (round it in the file)", "value", "87,5"),
                Rejection.of(14, "score", "score_out_of_range", "score must be a whole number from 0 to 100, not 101", "value", "101"),
                Rejection.of(15, "score", "score_out_of_range", "score must be a whole number from 0 to 100, not -1", "value", "-1"),
                Rejection.of(16, "score", "score_not_whole", "score must be a whole number from 0 to 100, not 'good'", "value", "good"),
                Rejection.of(17, "score", "required", "score is required: a whole number from 0 to 100"),
                Rejection.of(18, "row", "duplicate_evaluation",
                        "duplicate evaluation (same participant, date, evaluator and channel), first on line 2", "firstLine", "2"),
                Rejection.of(19, "row", "row_width", "expected 5 values, found 2 (a value with a comma in it needs quotes)", "expected", "5", "found", "2")),
                report.rejected());
    }

    @Test
    void anEvaluatorWithALineBreakIsRejectedNotJoined() {
        ImportReport report = imports.run(HEADER + "90000012345,2027-03-10,\"Anna\nBērziņa\",visit,88\n"
                + "40003123456,2027-03-10,Anna,visit,90\n", ImportOptions.STRICT);
        assertFalse(report.imported());
        assertEquals(List.of(Rejection.of(2, "evaluator", "control_character",
                        "evaluator holds a line break (U+000A) at character 5: write it on one line, without control characters")),
                report.rejected());
        assertTrue(evaluations.all(YEAR).isEmpty());
    }

    @Test
    void aParticipantWithoutARegistrationNumberCannotBeNamed() {
        ImportReport report = imports.run(HEADER + "no-number,2027-03-10,Anna,visit,88\n", ImportOptions.STRICT);
        assertEquals("registration_number", report.rejected().get(0).field());
        assertTrue(report.rejected().get(0).reason().startsWith("unknown participant"));
    }

    @Test
    void importValidWritesTheValidRows() {
        ImportReport report = imports.run(SAMPLE + "1,2027-03-10,Anna,visit,88\n", new ImportOptions(false, true));
        assertTrue(report.imported());
        assertEquals(4, report.created());
        assertEquals(1, report.rejectedRows());
        assertEquals(4, evaluations.all(YEAR).size());
    }

    @Test
    void aDryRunWritesNothing() {
        ImportReport report = imports.run(SAMPLE, new ImportOptions(true, false));
        assertTrue(report.dryRun());
        assertFalse(report.imported());
        assertEquals(4, report.created());
        assertEquals(0, evaluations.written());
    }

    @Test
    void scoresAtTheEdgesAndDatesAtTheEndsOfTheYear() {
        ImportReport report = imports.run(HEADER
                + "90000012345,2027-01-01,A,visit,0\n"
                + "90000012345,31.12.2027,A,visit,100\n"
                + "90000012345,1.2.2027,A,visit,+50\n", ImportOptions.STRICT);
        assertEquals(3, report.created(), report.rejected().toString());
        assertEquals(new HashSet<>(List.of(0, 100, 50)),
                new HashSet<>(evaluations.all(YEAR).stream().map(Evaluation::score).toList()));
    }

    @Test
    void aWrongHeaderRefusesTheFile() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> imports.run("registration_number,date,evaluator,score\n1,2027-03-10,A,5\n", ImportOptions.STRICT));
        assertEquals("channel", e.field());
    }
}
