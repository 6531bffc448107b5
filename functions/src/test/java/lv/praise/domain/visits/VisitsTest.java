package lv.praise.domain.visits;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.domain.Actor;
import lv.praise.domain.Campaign;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.Evaluation;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryEvaluations;
import lv.praise.testkit.StandingsFakes;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.InMemoryVisits;
import org.junit.jupiter.api.Test;

/** The use cases and the visit's state machine: plan, submit once, return and resubmit, approve, freeze, publish. */
class VisitsTest {
    private static final Actor ORGANISER = new Actor("sub-org", "org@example.lv");
    private static final Actor ANNA = new Actor("sub-anna", "anna@example.lv");
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryVisits visitStore = new InMemoryVisits((year, id) -> store.frozenAt(year, id).isPresent());
    private final AtomicInteger ids = new AtomicInteger();
    private final Visits visits = new Visits(YEAR, store, store, visitStore, visitStore, Fixtures.clockAt(DURING_WINDOW),
            () -> String.format("00000000-0000-4000-8000-%012d", ids.incrementAndGet()));

    VisitsTest() {
        store.save(LIBRARY);
        store.save(BAKERY);
    }

    @Test
    void aVisitIsSubmittedOnceAndTheSameSubmissionAgainAnswersTheStoredResult() {
        Visit planned = planOne("e-mail");
        Visit submitted = visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        assertEquals(VisitStatus.SUBMITTED, submitted.status());
        assertEquals("905/13", submitted.latest().score().exact());
        assertEquals(1, submitted.questionnaireVersion());
        assertEquals(ANNA, submitted.latest().enteredBy());
        int writes = visitStore.writes();

        Visit again = visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        assertEquals(submitted, again);
        assertEquals(writes, visitStore.writes(), "nothing written twice");

        RefusedException second = assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv", planned.id(),
                submission("22222222-2222-4222-8222-222222222222"), ANNA));
        assertEquals(ErrorCode.ALREADY_SUBMITTED, second.code());
        assertEquals("visit", second.field());
        assertEquals(writes, visitStore.writes());
    }

    @Test
    void anotherEvaluatorsVisitIsNotFoundAndBadInputWritesNothing() {
        Visit planned = planOne("e-mail");
        int writes = visitStore.writes();
        RefusedException other = assertThrows(RefusedException.class, () -> visits.submit("berta@example.lv", planned.id(),
                submission("11111111-1111-4111-8111-111111111111"), ANNA));
        assertEquals(ErrorCode.NOT_FOUND, other.code());

        List<Answer> bad = new ArrayList<>(VisitScoringTest.workedExample());
        bad.set(0, new Answer("competence", "7", null));
        RefusedException outside = assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv", planned.id(),
                new Submission("11111111-1111-4111-8111-111111111111", LocalDateTime.parse("2027-03-05T10:00"), "Preiļi", bad, null), ANNA));
        assertEquals("answers[0].value", outside.field());
        assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv", planned.id(),
                submission("not-a-uuid"), ANNA));
        assertEquals(writes, visitStore.writes());
        assertEquals(VisitStatus.PLANNED, visitStore.find(YEAR, planned.id()).orElseThrow().status());
        assertEquals(false, visits.questionnaire().frozen(), "a refused submission freezes nothing");
    }

    @Test
    void aReturnedVisitIsCorrectedAndResubmittedOnItsVersionAndEveryVersionIsKept() {
        Visit planned = planOne("e-mail");
        visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        assertTrue(visits.questionnaire().frozen(), "the first submission froze version 1");

        // The organisers change the questionnaire: version 1 is frozen, so version 2 is made.
        List<Criterion> changed = new ArrayList<>(Questionnaire.defaults(YEAR).criteria());
        changed.remove(9);
        assertEquals(2, visits.saveQuestionnaire(changed).version());

        RefusedException notYet = assertThrows(RefusedException.class, () -> visits.review(planned.id(), "return", " ", ORGANISER));
        assertEquals("comment", notYet.field());
        Visit returned = visits.review(planned.id(), "return", "Norādiet atbildes laiku precīzāk.", ORGANISER);
        assertEquals(VisitStatus.RETURNED, returned.status());
        assertEquals("Norādiet atbildes laiku precīzāk.", returned.returnComment());

        Visit resubmitted = visits.submit("anna@example.lv", planned.id(), submission("33333333-3333-4333-8333-333333333333"), ANNA);
        assertEquals(2, resubmitted.versions());
        assertEquals(1, resubmitted.questionnaireVersion(), "kept on the version of its first submission (closing still applies)");
        Visit approved = visits.review(planned.id(), "approve", null, ORGANISER);
        assertEquals(VisitStatus.APPROVED, approved.status());
        assertEquals(ORGANISER, approved.reviews().get(1).by());
        assertEquals(2, approved.reviews().get(1).version());
        assertEquals(2, visitStore.versions(YEAR, planned.id()).size());

        RefusedException twice = assertThrows(RefusedException.class, () -> visits.review(planned.id(), "approve", null, ORGANISER));
        assertEquals(ErrorCode.NOT_SUBMITTED, twice.code());
    }

    @Test
    void anOldDeviceResendingTheFirstSubmissionAfterAResubmissionStoresNothing() {
        Visit planned = planOne("e-mail");
        visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        visits.review(planned.id(), "return", "Precizējiet vietu.", ORGANISER);
        Visit resubmitted = visits.submit("anna@example.lv", planned.id(), submission("33333333-3333-4333-8333-333333333333"), ANNA);
        visits.review(planned.id(), "return", "Vēlreiz, lūdzu.", ORGANISER);
        int writes = visitStore.writes();
        // The returned visit is open again: the first submission's id must not land as version 3.
        Visit answered = visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        assertEquals(writes, visitStore.writes(), "nothing written");
        assertEquals(2, answered.versions());
        assertEquals(VisitStatus.RETURNED, answered.status(), "the stored visit, as it is");
        assertEquals(resubmitted.latest(), answered.latest());
        assertEquals(2, visitStore.versions(YEAR, planned.id()).size());
        assertEquals(List.of("11111111-1111-4111-8111-111111111111", "33333333-3333-4333-8333-333333333333"),
                answered.submissionIds());
    }

    @Test
    void aNewVisitIsAnsweredOnTheCurrentVersionAndAnUnfrozenVersionIsReplaced() {
        List<Criterion> changed = new ArrayList<>(Questionnaire.defaults(YEAR).criteria());
        changed.remove(9); // no closing
        assertEquals(1, visits.saveQuestionnaire(changed).version(), "nothing submitted: version 1 is replaced");
        assertEquals(1, visits.saveQuestionnaire(changed).version());
        Visit planned = planOne("e-mail");
        List<Answer> answers = new ArrayList<>(VisitScoringTest.workedExample());
        answers.remove(7);
        Visit submitted = visits.submit("anna@example.lv", planned.id(),
                new Submission("11111111-1111-4111-8111-111111111111", LocalDateTime.parse("2027-03-05T10:00"), "Preiļi", answers, null), ANNA);
        assertEquals(1, submitted.questionnaireVersion());
        assertEquals(new BigDecimal("75.42"), submitted.latest().score().shown(), "45.25 / 60");
    }

    @Test
    void afterPublicationNothingChanges() {
        Visit planned = planOne("visit");
        Campaign published = Campaign.defaults(YEAR);
        store.save(published);
        store.freeze(published, DURING_WINDOW, ORGANISER);
        store.freezeCounts(YEAR, DURING_WINDOW);
        int writes = visitStore.writes();
        RefusedException e = assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv", planned.id(),
                submission("11111111-1111-4111-8111-111111111111"), ANNA));
        assertEquals(ErrorCode.PUBLISHED, e.code());
        assertEquals(ErrorCode.PUBLISHED, assertThrows(RefusedException.class,
                () -> visits.saveQuestionnaire(Questionnaire.defaults(YEAR).criteria())).code());
        assertEquals(writes, visitStore.writes());
    }

    @Test
    void theStoreRefusesAFrozenParticipantEvenWhenTheCampaignReadSaidOtherwise() {
        Visit planned = planOne("e-mail");
        store.freezeCounts(YEAR, DURING_WINDOW); // the counts frozen, the campaign item not yet readable as published
        RefusedException e = assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv", planned.id(),
                submission("11111111-1111-4111-8111-111111111111"), ANNA));
        assertEquals(ErrorCode.PUBLISHED, e.code());
    }

    @Test
    void spreadEvenlyGivesEachParticipantAndChannelOnceWithCountsWithinOne() {
        List<PlanRow> rows = VisitPlan.spread(List.of("a", "b", "c", "d", "e"), List.of("visit", "phone"),
                List.of("X@example.lv", "y@example.lv", "z@example.lv"), "2027-03-01", "2027-03-20");
        assertEquals(10, rows.size());
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.evaluator(), 1, Integer::sum));
        assertEquals(Map.of("x@example.lv", 4, "y@example.lv", 3, "z@example.lv", 3), counts);
        assertEquals(10, rows.stream().map(r -> r.participant() + "/" + r.channel()).distinct().count());
        assertEquals("spread.evaluators[1]", assertThrows(RefusedException.class, () -> VisitPlan.spread(List.of("a"),
                List.of("visit"), List.of("x@example.lv", "X@example.lv"), "2027-03-01", "2027-03-20")).field());
    }

    @Test
    void aPlanSentAgainPlansNothingNewAndSaysWhichRowsExisted() {
        List<PlanRow> rows = List.of(
                new PlanRow("visits[0].", LIBRARY.id(), "Preiļi", "visit", "anna@example.lv", "2027-03-01", "2027-03-20"),
                new PlanRow("visits[1].", LIBRARY.id(), "Preiļi", "phone", "Anna@Example.lv", "2027-03-01", "2027-03-20"),
                // The same visit as row 0 in the same plan: one visit.
                new PlanRow("visits[2].", LIBRARY.id(), "Preiļi", "visit", "anna@example.lv", "2027-03-01", "2027-03-20"));
        Visits.Planned first = visits.plan(rows, ORGANISER);
        assertEquals(2, first.created().size());
        assertEquals(List.of(), first.existing());
        int writes = visitStore.writes();
        // A double click, or the retry after a failure half-way: nothing planned twice.
        Visits.Planned again = visits.plan(rows, ORGANISER);
        assertEquals(List.of(), again.created());
        assertEquals(first.created().stream().map(Visit::id).sorted().toList(),
                again.existing().stream().map(Visit::id).sorted().toList(), "the rows that already existed, by their ids");
        assertEquals(writes, visitStore.writes(), "nothing written");
        assertEquals(2, visits.planOf("anna@example.lv").visits().size());
        // Another due window is another visit.
        Visits.Planned later = visits.plan(List.of(new PlanRow("visits[0].", LIBRARY.id(), "Preiļi", "visit",
                "anna@example.lv", "2027-04-01", "2027-04-20")), ORGANISER);
        assertEquals(1, later.created().size());
    }

    @Test
    void aPlannedVisitIsCancelledAndCanBePlannedAgainButASubmittedOneIsKept() {
        Visit planned = planOne("e-mail");
        visits.cancel(planned.id());
        assertTrue(visits.planOf("anna@example.lv").visits().isEmpty(), "gone from the evaluator's plan");
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(RefusedException.class, () -> visits.cancel(planned.id())).code());
        Visit replanned = planOne("e-mail");
        visits.submit("anna@example.lv", replanned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        RefusedException refused = assertThrows(RefusedException.class, () -> visits.cancel(replanned.id()));
        assertEquals(ErrorCode.ALREADY_SUBMITTED, refused.code());
        assertEquals("visit", refused.field());
        assertEquals(1, visits.planOf("anna@example.lv").visits().size());
    }

    @Test
    void aPlanIsCheckedWholeBeforeAnythingIsStored() {
        String csv = "participant,branch,channel,evaluator,due_from,due_to\n"
                + "preilu-galvena-biblioteka,Aizkalne,visit,Anna@Example.lv,2027-03-01,2027-03-10\n"
                + "maiznica-rudzupuke,,fax,anna@example.lv,2027-03-01,2027-03-10\n";
        RefusedException e = assertThrows(RefusedException.class, () -> visits.plan(VisitPlan.csv(csv), ORGANISER));
        assertEquals("rows[2].channel", e.field());
        assertEquals(0, visitStore.writes());
        assertEquals("rows[1].branch", assertThrows(RefusedException.class, () -> visits.plan(VisitPlan.csv(
                csv.replace("Aizkalne", "Rēzekne").replace("fax", "web")), ORGANISER)).field());
        List<Visit> planned = visits.plan(VisitPlan.csv(csv.replace("fax", "web")), ORGANISER).created();
        assertEquals(2, planned.size());
        assertEquals("anna@example.lv", planned.get(0).evaluator());
        assertEquals(2, visits.planOf("anna@example.lv").visits().size());
        assertEquals(0, visits.planOf("berta@example.lv").visits().size());
    }

    @Test
    void perCriterionResultsAreMeansOfApprovedVisitsPerChannelAndBranch() {
        Visit planned = planOne("e-mail");
        visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        assertTrue(CriterionResults.of(visitStore.all(YEAR)).isEmpty(), "only approved visits count");
        visits.review(planned.id(), "approve", null, ORGANISER);
        CriterionResults r = CriterionResults.of(visitStore.all(YEAR)).get(LIBRARY.id());
        assertEquals(1, r.visits());
        assertEquals(new BigDecimal("75.00"), r.overall().get("competence").mean());
        assertEquals(new BigDecimal("40.00"), r.byChannel().get("e-mail").get("response-time").mean());
        assertNull(r.overall().get("solved"), "na left out");
        assertEquals(new BigDecimal("75.00"), r.byBranch().get("Preiļi").get("competence").mean());
    }

    @Test
    void theRecalculationTakesApprovedVisitsExactlyBesideImportedScoresAndKeepsPerCriterionResults() {
        Visit planned = planOne("e-mail");
        visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        InMemoryEvaluations imported = new InMemoryEvaluations();
        imported.saveAll(List.of(new Evaluation(YEAR, LIBRARY.id(), java.time.LocalDate.of(2027, 3, 2), "DIVE", "visit", 80)));
        StandingsFakes.Snapshots snapshots = new StandingsFakes.Snapshots();
        store.save(Campaign.defaults(YEAR).withScoring(ScoringRules.FORMULA_2027_1, 10));
        RecalculateStandings recalculate = new RecalculateStandings(YEAR, store, store, imported,
                new StandingsFakes.Praises(store), snapshots, Fixtures.clockAt(DURING_WINDOW)).withVisits(visitStore, visitStore);

        recalculate.run();
        var row = snapshots.latest(YEAR).orElseThrow().standings().find(LIBRARY.id()).orElseThrow();
        assertEquals(new BigDecimal("80.00"), row.mystery().score(), "a submitted visit does not count until approved");
        assertTrue(visitStore.results(YEAR).isEmpty());

        visits.review(planned.id(), "approve", null, ORGANISER);
        recalculate.run();
        row = snapshots.latest(YEAR).orElseThrow().standings().find(LIBRARY.id()).orElseThrow();
        // docs/scoring.md §10: (80 + 905/13) / 2 = 1945/26 = 74.807… → 74.81 (75.00 had the visit been rounded).
        assertEquals(new BigDecimal("74.81"), row.mystery().score());
        assertEquals(2, row.mystery().evaluationCount());
        assertEquals(new BigDecimal("75.00"), visitStore.results(YEAR).get(LIBRARY.id()).overall().get("competence").mean());
    }

    @Test
    void anApprovedVisitIsAnEvaluationLineOfTheOpenDataFileAndTheFileAloneRecomputesTheTotal() {
        Visit planned = planOne("e-mail");
        visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        visits.review(planned.id(), "approve", null, ORGANISER);
        InMemoryEvaluations imported = new InMemoryEvaluations();
        imported.saveAll(List.of(new Evaluation(YEAR, LIBRARY.id(), java.time.LocalDate.of(2027, 3, 2), "DIVE", "visit", 80)));
        var run = new RecalculateStandings(YEAR, store, store, imported, new StandingsFakes.Praises(store),
                new StandingsFakes.Snapshots(), Fixtures.clockAt(DURING_WINDOW)).withVisits(visitStore, visitStore).score();
        String text = lv.praise.domain.awards.OpenData.of(YEAR, run).text();
        assertTrue(text.contains("evaluation\t" + LIBRARY.id() + "\t2027-03-05\te-mail\t905/13\n"), text);
        assertFalse(text.contains("anna@example.lv"), "no evaluator");
        var recomputed = lv.praise.testkit.OpenDataCheck.recompute(text).get(LIBRARY.id());
        assertEquals(0, run.standings().find(LIBRARY.id()).orElseThrow().total().compareTo(recomputed.total()));
    }

    private Visit planOne(String channel) {
        List<Visit> planned = visits.plan(List.of(new PlanRow("visits[0].", LIBRARY.id(), "Preiļi", channel,
                "anna@example.lv", "2027-03-01", "2027-03-20")), ORGANISER).created();
        assertSame(VisitStatus.PLANNED, planned.get(0).status());
        return planned.get(0);
    }

    private static Submission submission(String id) {
        return new Submission(id, LocalDateTime.parse("2027-03-05T10:00"), "Preiļi, Raiņa bulvāris 28",
                VisitScoringTest.workedExample(), "Laipni.");
    }
}
