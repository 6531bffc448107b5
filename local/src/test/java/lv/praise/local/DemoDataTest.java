package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignState;
import lv.praise.domain.Participant;
import lv.praise.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo data covers the whole vocabulary and looks like the real thing. */
class DemoDataTest {
    private static final Pattern LATVIAN_DIACRITICS = Pattern.compile("[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]");

    /** Chosen start days: single-digit days, month and year ends, a leap day, both summer-time changes. */
    @ParameterizedTest
    @ValueSource(strings = {"2027-01-03", "2027-02-02", "2027-03-09", "2027-03-28", "2027-04-30", "2027-10-31",
        "2027-12-31", "2028-01-01", "2028-02-29", "2028-03-26", "2028-10-29"})
    void theDemoCampaignIsOpenOnTheStartDayAndItsYearIsThatDays(String day) {
        LocalDate today = LocalDate.parse(day);
        Campaign campaign = DemoData.campaign(today);
        assertEquals(today.getYear(), campaign.year());
        assertEquals(CampaignState.OPEN, campaign.stateAt(today.atStartOfDay(Campaign.RIGA).toInstant()));
        assertEquals(CampaignState.OPEN, campaign.stateAt(today.atTime(LocalTime.of(23, 59, 59)).atZone(Campaign.RIGA).toInstant()));
        assertEquals(today.minusDays(DemoData.OPENED_DAYS_AGO), campaign.praiseOpensAt().atZone(Campaign.RIGA).toLocalDate());
        assertEquals(LocalTime.MIDNIGHT, campaign.praiseOpensAt().atZone(Campaign.RIGA).toLocalTime());
        assertEquals(today.plusDays(DemoData.CLOSES_IN_DAYS), campaign.praiseClosesAt().atZone(Campaign.RIGA).toLocalDate());
        assertEquals(LocalTime.of(23, 59, 59), campaign.praiseClosesAt().atZone(Campaign.RIGA).toLocalTime());
        assertEquals(today.plusDays(DemoData.CLOSES_IN_DAYS + DemoData.AWARDS_DAYS_AFTER_CLOSE),
                campaign.awardsAt().atZone(Campaign.RIGA).toLocalDate());
        assertEquals(LocalTime.NOON, campaign.awardsAt().atZone(Campaign.RIGA).toLocalTime());
    }

    @Test
    void theDemoEvaluationsMakeMoreThanATopFiftyOfEligibleParticipantsWhoCanAllBeMailed() {
        Campaign campaign = DemoData.campaign(LocalDate.of(2027, 3, 10));
        DemoData demo = DemoData.load();
        List<Participant> participants = demo.participants(campaign);
        java.util.Map<String, List<java.math.BigDecimal>> scores = new java.util.HashMap<>();
        for (lv.praise.domain.Evaluation e : demo.evaluations(campaign)) {
            assertEquals(campaign.year(), e.date().getYear(), "evaluations are of the campaign's year");
            scores.computeIfAbsent(e.participantId(), id -> new java.util.ArrayList<>())
                    .add(java.math.BigDecimal.valueOf(e.score()));
        }
        var rules = lv.praise.domain.scoring.ScoringRules.forCampaign(campaign);
        var tally = new lv.praise.domain.scoring.ComponentTally(rules);
        for (var praise : demo.praise(campaign)) {
            assertTrue(praise.praise().branch() == null || participants.stream().anyMatch(p ->
                    p.id().equals(praise.praise().participantId()) && p.hasBranch(praise.praise().branch())));
            tally.add(praise.praise(), false);
        }
        var standings = lv.praise.domain.scoring.ScoringEngine.score(
                participants.stream().map(lv.praise.domain.scoring.ParticipantProfile::of).toList(),
                tally, scores, rules);
        assertEquals("2027.2", standings.formulaVersion());
        assertTrue(standings.top(campaign.topN()).stream().allMatch(row -> row.confirmedPraiseCount() >= campaign.minimumPraise()),
                "no awardee has fewer than the minimum of praise");
        assertTrue(standings.counts().tooFewPraise() + standings.counts().notEvaluated() > 0);
        assertTrue(standings.counts().eligible() > campaign.topN(), "eligible: " + standings.counts().eligible());
        assertTrue(standings.counts().belowThreshold() > 0, "some evaluated participants miss the threshold");
        Set<String> withContact = participants.stream().filter(p -> p.contactEmail() != null).map(Participant::id)
                .collect(Collectors.toSet());
        assertTrue(standings.top(campaign.topN()).stream().allMatch(row -> withContact.contains(row.id())),
                "every TOP-50 participant of the demo has a contact e-mail, so the outbox gets 50 letters");
    }

    @Test
    void participantsCoverEveryCategoryIndustryAndSizeClass() {
        Campaign campaign = DemoData.campaign(LocalDate.of(2027, 3, 10));
        List<Participant> participants = DemoData.load().participants(campaign);
        assertTrue(participants.size() >= 60, "at least 60 participants, found " + participants.size());
        assertEquals(codes(campaign.categories()), participants.stream().map(Participant::category).collect(Collectors.toSet()));
        assertEquals(codes(campaign.industries()), participants.stream().map(Participant::industry).collect(Collectors.toSet()));
        assertEquals(codes(campaign.sizeClasses()), participants.stream().map(Participant::sizeClass).collect(Collectors.toSet()));
    }

    @Test
    void participantsLookRealistic() {
        List<Participant> participants = DemoData.load().participants(DemoData.campaign(LocalDate.of(2027, 3, 10)));
        Set<String> ids = new HashSet<>();
        for (Participant p : participants) {
            assertTrue(DemoData.ID.matcher(p.id()).matches(), p.id());
            assertTrue(ids.add(p.id()), "unique id " + p.id());
            int branches = p.branches().size();
            assertTrue(branches == 0 || (branches >= 2 && branches <= 4), p.id() + " has " + branches + " branches");
            if (p.contactEmail() != null) {
                assertTrue(p.contactEmail().matches("[a-z0-9.-]+@[a-z0-9.-]+\\.(example\\.lv|test)"), p.contactEmail());
            }
        }
        long withDiacritics = participants.stream().filter(p -> LATVIAN_DIACRITICS.matcher(p.name()).find()).count();
        assertTrue(withDiacritics > participants.size() / 2, "most names have Latvian letters");
        assertTrue(participants.stream().anyMatch(p -> p.branches().isEmpty()));
        assertTrue(participants.stream().anyMatch(p -> p.branches().size() >= 2));
        assertTrue(ids.contains("preilu-galvena-biblioteka"));
    }

    @Test
    void aBrokenSeedFileIsRefusedWithItsLineNumber() {
        String header = DemoData.HEADER + "\n";
        IllegalStateException badId = assertThrows(IllegalStateException.class, () ->
                DemoData.parse(new StringReader(header + "Bad Id;Name;B2C;TRADE;SMALL;;\n"), "x.csv"));
        assertTrue(badId.getMessage().contains("line 2"), badId.getMessage());
        Campaign campaign = DemoData.campaign(LocalDate.of(2027, 3, 10));
        IllegalStateException badCode = assertThrows(IllegalStateException.class, () ->
                DemoData.parse(new StringReader(header + "ok;Name;B2C;MINING;SMALL;;\n"), "x.csv").participants(campaign));
        assertTrue(badCode.getMessage().contains("MINING"), badCode.getMessage());
    }

    private static Set<String> codes(List<Term> terms) {
        return terms.stream().map(Term::code).collect(Collectors.toSet());
    }
}
