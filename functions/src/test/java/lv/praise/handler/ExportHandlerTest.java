package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Actor;
import lv.praise.domain.Channel;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.exports.Exports;
import lv.praise.domain.imports.CsvTable;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.RejectReason;
import lv.praise.domain.nominations.Nomination;
import lv.praise.domain.visits.VisitStatus;
import lv.praise.domain.standings.ReadStandings;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

/**
 * GET /api/admin/export fed by events/export.json: every kind parsed back as a spreadsheet would read it – the
 * byte-order mark first, Latvian and Estonian letters intact, a cell beginning with {@code =} neutralised – and the
 * refusals naming their field.
 */
class ExportHandlerTest {
    private static final String EVIL = "=HYPERLINK(\"https://evil.example\",\"Ķēķis\")";
    private final AwardsKit kit = new AwardsKit(12, 8);
    private final List<Nomination> nominations = new ArrayList<>();
    private final lv.praise.testkit.InMemoryVisits visits = new lv.praise.testkit.InMemoryVisits();
    private final ExportHandler handler = new ExportHandler(new Exports(Fixtures.YEAR,
            new ReadStandings(Fixtures.YEAR, kit.snapshots), kit.awards, SiteUrl.of(Fixtures.SITE), kit.store, kit.store,
            () -> nominations, List.of(Exports.imported(kit.evaluations), Exports.visits(visits))));

    ExportHandlerTest() {
        // p01, the first place to be, named as an attacker would: the name is a formula.
        Participant p01 = kit.participants.get(0);
        kit.store.save(new Participant(Fixtures.YEAR, p01.id(), EVIL, p01.category(), p01.industry(), p01.sizeClass(),
                p01.branches(), p01.contactEmail(), 0));
    }

    @Test
    void theStandingsWithEveryComponent() {
        kit.scoring().run();
        CsvTable csv = export(Map.of("kind", "standings"), "standings-2027-");
        assertTrue(csv.header().containsAll(List.of("rank", "name", "total", "online_n", "online_stars", "online_score",
                "branch_score", "mystery_n", "mystery_score", "confirmed_praise", "rank_category", "eligible")), csv.header().toString());
        assertEquals(kit.participants.size(), csv.rows().size());
        Map<String, String> first = row(csv, "participant_id", "p01");
        assertEquals("'" + EVIL, first.get("name"), "the formula is text");
        Map<String, String> second = row(csv, "participant_id", "p02");
        assertEquals("Dalībnieks Nr. 2 – Ķēķis", second.get("name"));
        assertFalse(second.get("total").isBlank());
        assertFalse(second.get("mystery_score").isBlank());
    }

    @Test
    void theAwardsWithRecipientsCodesAndPdfLinks() {
        APIGatewayV2HTTPResponse none = handler.handleRequest(event(Map.of("kind", "awards")), null);
        assertEquals(409, none.getStatusCode());
        assertEquals("not_published", Events.body(none).path("error").path("code").asText());

        kit.publishAwards(new RecordingMailer()).publish(Fixtures.organiser("anna@example.lv"), Deadline.none());
        CsvTable csv = export(Map.of("kind", "awards"), "awards-2027.csv");
        List<Award> awards = kit.awards.all(Fixtures.YEAR);
        assertEquals(awards.size(), csv.rows().size());
        for (Award a : awards) {
            Map<String, String> r = row(csv, "participant_id", a.participantId());
            String code = lv.praise.domain.awards.CertificateCode.format(a.certificateCode());
            assertEquals(code, r.get("certificate_code"));
            assertEquals(Fixtures.SITE + "/api/certificates/" + code + "/pdf", r.get("certificate_pdf"));
            assertEquals(Fixtures.SITE + "/verify.html?code=" + code, r.get("verification_page"));
            assertEquals(Integer.toString(a.rank()), r.get("rank"));
            assertEquals(a.participantId().equals("p01") ? "'" + EVIL : a.participantName(), r.get("name"));
        }
        assertTrue(csv.rows().stream().anyMatch(r -> r.fields().contains("Dalībnieks Nr. 2 – Ķēķis")));
    }

    @Test
    void oneParticipantsPraiseInEveryReviewState() {
        Participant p = kit.participants.get(1);
        praise(p, "p-1", "Ļoti laipni, paldies Ūnai!", ModerationStatus.APPROVED);
        praise(p, "p-2", "=1+2", ModerationStatus.PENDING);
        praise(p, "p-3", "Õues oli külm, aga teenindus soe", ModerationStatus.REJECTED);
        praise(kit.participants.get(2), "p-4", "another's", ModerationStatus.APPROVED);
        CsvTable csv = export(Map.of("kind", "praise", "participant", p.id()), "praise-2027-" + p.id() + ".csv");
        assertEquals(3, csv.rows().size());
        assertEquals("Ļoti laipni, paldies Ūnai!", row(csv, "praise_id", "p-1").get("text"));
        assertEquals("'=1+2", row(csv, "praise_id", "p-2").get("text"));
        assertEquals("pending", row(csv, "praise_id", "p-2").get("review"));
        assertEquals("rejected", row(csv, "praise_id", "p-3").get("review"));
        assertEquals("spam", row(csv, "praise_id", "p-3").get("reject_reason"));
        assertEquals("Õues oli külm, aga teenindus soe", row(csv, "praise_id", "p-3").get("text"));

        assertRefused(Map.of("kind", "praise"), 400, "participant");
        assertRefused(Map.of("kind", "praise", "participant", "nobody-here"), 404, "participant");
        assertRefused(Map.of("kind", "praise", "participant", "../etc"), 400, "participant");
    }

    @Test
    void theNominationsWithTheirReasons() {
        Instant at = Instant.parse("2027-03-04T10:00:00Z");
        nominations.add(new Nomination("Kafejnīca Pie Tirgus", List.of("Kafejnīca Pie Tirgus", "Kafejnica pie tirgus"), 2,
                at, at.plusSeconds(60), List.of(new Nomination.Reason("Kafejnīca Pie Tirgus", "Garšīga zupa, smaidīgi!", at),
                        new Nomination.Reason("Kafejnica pie tirgus", "@everyone", at.plusSeconds(60)))));
        nominations.add(new Nomination("Tõnu Pood", List.of("Tõnu Pood"), 1, at, at, List.of()));
        CsvTable csv = export(Map.of("kind", "nominations"), "nominations-2027.csv");
        assertEquals(3, csv.rows().size(), "a row per reason, one for a nomination without any");
        assertEquals("Garšīga zupa, smaidīgi!", row(csv, "reason_at", at.toString()).get("reason"));
        assertEquals("'@everyone", row(csv, "reason_at", at.plusSeconds(60).toString()).get("reason"));
        assertEquals("", row(csv, "name", "Tõnu Pood").get("reason"));
        assertEquals("Kafejnīca Pie Tirgus | Kafejnica pie tirgus", row(csv, "spelling", "Kafejnīca Pie Tirgus").get("spellings"));
    }

    @Test
    void theEvaluationsBySource() {
        kit.evaluations.saveAll(List.of(new Evaluation(Fixtures.YEAR, "p03", LocalDate.parse("2027-03-02"), "-Ēriks Šķērss",
                "visit", 88)));
        CsvTable csv = export(Map.of("kind", "evaluations"), "evaluations-2027.csv");
        assertEquals(kit.evaluations.all(Fixtures.YEAR).size(), csv.rows().size());
        Map<String, String> r = row(csv, "evaluator", "'-Ēriks Šķērss");
        assertEquals("import", r.get("source"));
        assertEquals("p03", r.get("participant_id"));
        assertEquals("Dalībnieks Nr. 3 – Ķēķis", r.get("participant_name"));
        assertEquals("88", r.get("score"));
        assertEquals("2027-03-02", r.get("date"));
        assertEquals("", r.get("status"), "an import has no review state");
    }

    @Test
    void theStructuredVisitsAreOneMoreSourceSubmittedAndApprovedOnly() {
        kit.evaluations.saveAll(List.of(new Evaluation(Fixtures.YEAR, "p03", LocalDate.parse("2027-03-02"), "Ēriks",
                "visit", 88)));
        visits.plan(List.of(
                visit("v1", "p02", "phone", VisitStatus.APPROVED, "250/3", "=Laipni, ātri"),
                visit("v2", "p03", "visit", VisitStatus.SUBMITTED, "87.5", null),
                visit("v3", "p04", "visit", VisitStatus.RETURNED, "10", "x"),
                visit("v4", "p05", "web", VisitStatus.PLANNED, null, null)));
        CsvTable csv = export(Map.of("kind", "evaluations"), "evaluations-2027.csv");
        assertEquals(kit.evaluations.all(Fixtures.YEAR).size() + 2, csv.rows().size(),
                "the imports and two visits; returned and planned ones have no result");
        List<Map<String, String>> visitRows = csv.rows().stream().map(x -> rowMap(csv, x))
                .filter(x -> "visit".equals(x.get("source"))).toList();
        assertEquals(List.of("p02", "p03"), visitRows.stream().map(x -> x.get("participant_id")).toList());
        Map<String, String> approved = visitRows.get(0);
        assertEquals("visit", approved.get("source"));
        assertEquals("līga@example.lv", approved.get("evaluator"));
        assertEquals("phone", approved.get("channel"));
        assertEquals("2027-03-05", approved.get("date"), "the day of the visit, not of its entry");
        assertEquals("83.33", approved.get("score"), "as organisers read it: 2 decimals");
        assertEquals("approved", approved.get("status"));
        assertEquals("'=Laipni, ātri", approved.get("details"), "the comment, neutralised");
        Map<String, String> submitted = visitRows.get(1);
        assertEquals("submitted", submitted.get("status"));
        assertEquals("87.50", submitted.get("score"));
        assertEquals("", submitted.get("details"));
        assertEquals("import", rowMap(csv, csv.rows().get(0)).get("source"), "imports first, then visits");
        assertEquals("visit", rowMap(csv, csv.rows().get(csv.rows().size() - 1)).get("source"));
    }

    private static lv.praise.domain.visits.Visit visit(String id, String participant, String channel, VisitStatus status,
                                                       String score, String comment) {
        lv.praise.domain.visits.SubmissionVersion latest = score == null ? null : new lv.praise.domain.visits.SubmissionVersion(
                1, "s-" + id, java.time.LocalDateTime.parse("2027-03-05T10:00"), "Rīga", List.of(), comment,
                lv.praise.domain.visits.VisitScore.parse(score), 1, Map.of(), new lv.praise.domain.Actor("e", "līga@example.lv"),
                java.time.Instant.parse("2027-03-06T08:00:00Z"));
        return new lv.praise.domain.visits.Visit(id, Fixtures.YEAR, participant, participant, null, channel, "līga@example.lv",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20), status, latest == null ? null : 1,
                new lv.praise.domain.Actor("o", "anna@example.lv"), java.time.Instant.EPOCH, latest, List.of());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertRefused(Map.of(), 400, "kind");
        assertRefused(Map.of("kind", "everything"), 400, "kind");
        assertRefused(Map.of("kind", "nominations", "participant", "p01"), 400, "participant");
        assertRefused(Map.of("kind", "nominations", "part", "0"), 400, "part");
        assertRefused(Map.of("kind", "nominations", "part", "2"), 400, "part");
        assertRefused(Map.of("kind", "nominations", "page", "1"), 400, "page");
        assertRefused(Map.of("kind", "standings"), 404, "kind");
        APIGatewayV2HTTPResponse anonymous = handler.handleRequest(Events.anonymous("export.json"), null);
        assertEquals(401, anonymous.getStatusCode());
    }

    // --- helpers ---

    private void praise(Participant p, String id, String text, ModerationStatus status) {
        Instant at = Fixtures.DURING_WINDOW;
        Praise praise = Praise.of(id, Fixtures.YEAR, p.name(),
                new Praise.Content(p.id(), null, "Ūna", 5, List.of("quality"), text, Channel.ONLINE, Lang.LV),
                new Praise.State(PraiseStatus.CONFIRMED, null, null, at, null, at));
        kit.store.saveEntered(new ModeratedPraise(praise, status, status == ModerationStatus.REJECTED ? RejectReason.SPAM : null,
                Actor.PERSON, at, null));
    }

    private CsvTable export(Map<String, String> query, String filename) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event(query), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("text/csv; charset=utf-8", response.getHeaders().get("Content-Type"));
        String disposition = response.getHeaders().get("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"" + filename), disposition);
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        assertEquals("1", response.getHeaders().get("X-Export-Parts"));
        assertFalse(Boolean.TRUE.equals(response.getIsBase64Encoded()));
        assertTrue(response.getBody().startsWith("\uFEFF"), "a byte-order mark first");
        return CsvTable.parse(response.getBody());
    }

    private void assertRefused(Map<String, String> query, int status, String field) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event(query), null);
        assertEquals(status, response.getStatusCode(), query + ": " + response.getBody());
        assertEquals(field, Events.body(response).path("error").path("field").asText(), query.toString());
    }

    private static APIGatewayV2HTTPEvent event(Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load("export.json");
        event.setQueryStringParameters(query.isEmpty() ? null : new HashMap<>(query));
        return event;
    }

    private static Map<String, String> rowMap(CsvTable csv, CsvTable.Row r) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < csv.header().size(); i++) {
            m.put(csv.header().get(i), i < r.fields().size() ? r.fields().get(i) : "");
        }
        return m;
    }

    private static Map<String, String> row(CsvTable csv, String column, String value) {
        int c = csv.header().indexOf(column);
        for (CsvTable.Row r : csv.rows()) {
            if (r.fields().get(c).equals(value)) {
                return rowMap(csv, r);
            }
        }
        throw new AssertionError("no row with " + column + " = " + value + " in " + csv.rows());
    }
}
