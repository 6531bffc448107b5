package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import lv.praise.domain.Channel;
import lv.praise.domain.Participant;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.OpenDataCheck;
import lv.praise.testkit.RecordingMailer;
import lv.praise.testkit.StandingsFakes;
import org.junit.jupiter.api.Test;

/**
 * The open-data file published with the results, read as a third party would (OpenDataCheck: written from
 * the documents, no scoring code): it alone rebuilds the digest and every published total, praise count and
 * place, under both formulas.
 */
class OpenDataTest {
    private final RecordingMailer mailer = new RecordingMailer();

    @Test
    void theFileAloneRebuildsTheDigestAndEveryPublishedTotalUnderFormula20272() {
        AwardsKit kit = seeded(Fixtures.campaign().withScoring(ScoringRules.FORMULA_2027_2, 4), 11L);
        Publication p = publish(kit);
        assertEquals("2027.2", p.formulaVersion());
        assertRebuilt(kit, p);
    }

    @Test
    void theFileAloneRebuildsTheDigestAndEveryPublishedTotalUnderFormula20271() {
        AwardsKit kit = seeded(Fixtures.firstFormulaCampaign(), 12L);
        Publication p = publish(kit);
        assertEquals("2027.1", p.formulaVersion());
        assertRebuilt(kit, p);
    }

    @Test
    void theFileHoldsNoEvaluatorNorAnyEmailAddress() {
        AwardsKit kit = seeded(Fixtures.campaign(), 13L);
        publish(kit);
        String text = kit.awards.openData(Fixtures.YEAR).orElseThrow().text();
        assertFalse(text.contains("@"), "no e-mail address");
        for (var e : kit.evaluations.all(Fixtures.YEAR)) {
            assertFalse(text.contains(e.evaluator()), "no evaluator: " + e.evaluator());
        }
    }

    private Publication publish(AwardsKit kit) {
        kit.publishAwards(mailer).publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none());
        return kit.awards.find(Fixtures.YEAR).orElseThrow();
    }

    private static void assertRebuilt(AwardsKit kit, Publication p) {
        String text = kit.awards.openData(Fixtures.YEAR).orElseThrow().text();
        assertEquals(p.inputDigest(), OpenDataCheck.digest(text), "sha256 of the file is the published digest");
        Map<String, OpenDataCheck.Row> rows = OpenDataCheck.recompute(text);
        assertEquals(p.counts().participants(), rows.size());
        assertEquals(p.counts().eligible(), rows.values().stream().filter(OpenDataCheck.Row::eligible).count());
        assertTrue(p.top().size() >= 5, "a TOP-N to check: " + p.top().size());
        for (Publication.Place place : p.top()) {
            OpenDataCheck.Row row = rows.get(place.participantId());
            assertEquals(0, place.total().compareTo(row.total()), place.participantId() + " total");
            assertEquals(place.confirmedPraiseCount(), row.praise(), place.participantId() + " praise");
            assertEquals(place.rank(), row.rank(), place.participantId() + " place");
        }
        // The TOP-N is every eligible participant placed 1…N (under 2027.2 a tie at N takes every tied one).
        Set<String> topN = rows.values().stream().filter(r -> r.rank() != null && r.rank() <= p.topN())
                .map(OpenDataCheck.Row::id).collect(Collectors.toSet());
        assertEquals(topN, p.top().stream().map(Publication.Place::participantId).collect(Collectors.toSet()));
        for (Publication.CategoryWinner w : p.categoryWinners()) {
            assertEquals(0, w.total().compareTo(rows.get(w.participantId()).total()), w.participantId());
        }
    }

    /**
     * 60 participants, some with branches, of three size classes; praise of every channel, confirmed or not,
     * some of it rejected; evaluations for most, some with several visits.
     */
    private static AwardsKit seeded(lv.praise.domain.Campaign campaign, long seed) {
        AwardsKit kit = new AwardsKit(60, 45);
        kit.store.save(campaign);
        Random random = new Random(seed);
        Channel[] channels = Channel.values();
        for (Participant p : List.copyOf(kit.participants)) {
            int n = Integer.parseInt(p.id().substring(1));
            if (n % 3 == 0) {
                kit.store.save(new Participant(p.campaignYear(), p.id(), p.name(), p.category(), p.industry(),
                        n % 5 == 0 ? "MEDIUM" : p.sizeClass(), List.of("Rīga", "Cēsis"), p.contactEmail(), 0, null));
            }
            int praise = random.nextInt(16);
            for (int i = 0; i < praise; i++) {
                var added = kit.praises.add(Fixtures.YEAR, p.id(), channels[random.nextInt(channels.length)],
                        3 + random.nextInt(3), random.nextInt(10) > 0);
                if (random.nextInt(12) == 0) {
                    kit.praises.reject(added.id());
                }
            }
            if (n <= 45 && n % 4 == 0) {
                StandingsFakes.evaluate(kit.evaluations, Fixtures.YEAR, p.id(), 80 + random.nextInt(21));
            }
        }
        return kit;
    }
}
