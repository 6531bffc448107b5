package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.adapter.DynamoScoringSource;
import lv.praise.adapter.DynamoStandingsStore;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.ReadParticipant;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.imports.EvaluationImport;
import lv.praise.domain.imports.ParticipantImport;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringEngine;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.ReadStandings;
import lv.praise.domain.standings.StandingsSnapshot;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.Events;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The organisers' path end to end on DynamoDB Local: import participants and evaluations (the CSV
 * handlers with the sample files of events/), people praise and confirm (the real use cases, mail
 * recorded), the recalculation runs, and the standings show it – equal to the engine's result.
 */
class ScoresFlowIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final String table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
    private final DynamoCampaignStore campaigns = new DynamoCampaignStore(dynamo, table);
    private final DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
    private final DynamoEvaluationStore evaluations = new DynamoEvaluationStore(dynamo, table);
    private final DynamoPraiseStore praises = new DynamoPraiseStore(dynamo, table);
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);

    /** The praise the test sends: participant, channel, stars, and whether it gets confirmed. */
    private record Sent(String participantId, Channel channel, int stars, boolean confirmed) {
    }

    @Test
    void importPraiseRecalculateStandings() {
        // Formula 2027.1: its figures (an unshrunk mystery mean of 90.00) are worked out below by hand.
        campaigns.save(Fixtures.firstFormulaCampaign());
        // 1. Import: the sample files of the import routes (3 participants, 4 evaluations).
        APIGatewayV2HTTPResponse imported = new ImportParticipantsHandler(new ParticipantImport(YEAR, campaigns, participants))
                .handleRequest(Events.load("import-participants.json"), null);
        assertEquals(200, imported.getStatusCode(), imported.getBody());
        APIGatewayV2HTTPResponse scored = new ImportEvaluationsHandler(new EvaluationImport(YEAR, participants, evaluations))
                .handleRequest(Events.load("import-evaluations.json"), null);
        assertEquals(200, scored.getStatusCode(), scored.getBody());
        Map<String, Participant> byNumber = new HashMap<>();
        participants.all(YEAR).forEach(p -> byNumber.put(p.registrationNumber(), p));
        Participant library = byNumber.get("90000012345");
        Participant bakery = byNumber.get("40003123456");
        Participant couriers = byNumber.get("40103987654");
        assertEquals(3, byNumber.size());

        // 2. Praise through the form's use cases, confirmed through the e-mailed link (one left pending).
        SubmitPraise submit = new SubmitPraise(YEAR, praises, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock);
        ConfirmPraise confirm = new ConfirmPraise(campaigns, praises, clock);
        List<Sent> sent = List.of(
                new Sent(library.id(), Channel.BRANCH, 5, true),
                new Sent(library.id(), Channel.ONLINE, 4, true),
                new Sent(library.id(), Channel.ONLINE, 1, false),
                new Sent(bakery.id(), Channel.ONLINE, 5, true),
                new Sent(couriers.id(), Channel.BRANCH, 3, true),
                new Sent(couriers.id(), Channel.ONLINE, 5, true));
        int person = 0;
        for (Sent s : sent) {
            Participant p = s.participantId().equals(library.id()) ? library
                    : s.participantId().equals(bakery.id()) ? bakery : couriers;
            String branch = s.channel() == Channel.BRANCH ? p.branches().get(0) : null;
            submit.submit(new PraiseSubmission(p.id(), branch, null, s.stars(), List.of("quality"), "Paldies!",
                    s.channel(), "person" + (person++) + "@example.lv", Lang.LV));
            if (s.confirmed()) {
                confirm.confirm(mailer.lastToken());
            }
        }

        // 3. The nightly recalculation, run now by an organiser: 02:00 in Riga on 6 March.
        clock.set(Instant.parse("2027-03-06T00:00:00Z"));
        RecalculateStandings recalculate = new RecalculateStandings(YEAR, campaigns, participants, evaluations,
                new DynamoScoringSource(dynamo, table), new DynamoStandingsStore(dynamo, table, clock), clock);
        APIGatewayV2HTTPResponse recalculated = new RecalculateScoresHandler(recalculate)
                .handleRequest(Events.load("recalculate-scores.json"), null);
        assertEquals(200, recalculated.getStatusCode(), recalculated.getBody());
        JsonNode summary = Events.body(recalculated);
        assertEquals("2027-03-06", summary.path("date").asText());
        assertEquals(3, summary.path("participants").asInt());
        assertEquals(5, summary.path("praisesRead").asInt(), "the confirmed praise: the pending one is not read");
        assertEquals(5, summary.path("countedPraise").asInt());

        // 4. The standings: the engine's result on the same data, as the organisers' route shows it.
        ScoringRules rules = ScoringRules.forCampaign(Fixtures.firstFormulaCampaign());
        ComponentTally tally = new ComponentTally(rules);
        // The confirmed praise, all the recalculation reads (index ByTally): the pending one is neither read nor counted.
        sent.stream().filter(Sent::confirmed)
                .forEach(s -> tally.add(s.participantId(), s.channel(), s.stars(), true, false));
        Map<String, List<BigDecimal>> scores = new HashMap<>();
        for (Evaluation e : evaluations.all(YEAR)) {
            scores.computeIfAbsent(e.participantId(), id -> new ArrayList<>()).add(BigDecimal.valueOf(e.score()));
        }
        Standings expected = ScoringEngine.score(
                participants.all(YEAR).stream().map(ParticipantProfile::of).toList(), tally, scores, rules);
        StandingsSnapshot snapshot = new StandingsSnapshot(YEAR, LocalDate.of(2027, 3, 6),
                clock.instant(), expected);

        APIGatewayV2HTTPEvent get = Events.load("get-standings.json");
        APIGatewayV2HTTPResponse shown = new GetStandingsHandler(
                new ReadStandings(YEAR, new DynamoStandingsStore(dynamo, table, clock))).handleRequest(get, null);
        assertEquals(200, shown.getStatusCode());
        JsonNode body = Events.body(shown);
        assertEquals(Events.body(Responses.json(200, StandingsView.of(snapshot))), body);
        assertEquals(3, body.path("rows").size());
        JsonNode libraryRow = row(body, library.id());
        assertEquals(2, libraryRow.path("confirmedPraiseCount").asInt());
        assertEquals(2, libraryRow.path("components").path("mystery").path("n").asInt(), "88 and 92");
        assertEquals(0, libraryRow.path("components").path("mystery").path("score").decimalValue()
                .compareTo(new BigDecimal("90.00")));

        // The public card still shows only the count, the same as the standings' confirmed praise.
        APIGatewayV2HTTPEvent card = Events.load("get-participant.json");
        card.setPathParameters(Map.of("id", library.id()));
        APIGatewayV2HTTPResponse publicCard = new GetParticipantHandler(new ReadParticipant(YEAR, participants))
                .handleRequest(card, null);
        assertEquals(2, Events.body(publicCard).path("confirmedPraiseCount").asInt());
        assertFalse(publicCard.getBody().contains("rank"));
        assertEquals(sent.size(), mailer.sent().size(), "one confirmation e-mail per praise");
    }

    private static JsonNode row(JsonNode body, String id) {
        for (JsonNode row : body.path("rows")) {
            if (row.path("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + id);
    }
}
