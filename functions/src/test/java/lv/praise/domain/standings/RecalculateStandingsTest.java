package lv.praise.domain.standings;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.scoring.Ineligibility;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringEngine;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.scoring.Standings;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryEvaluations;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.StandingsFakes;
import org.junit.jupiter.api.Test;

class RecalculateStandingsTest {
    /** Not evaluated, so never eligible, whatever its praise. */
    static final Participant CONES = new Participant(YEAR, "ciekuri", "Čiekuri", "B2C", "TRADE", "SMALL",
            List.of("Rīga"), null, 0);
    /** 02:00 in Riga on 5 March 2027 (UTC+2 before the end of March). */
    static final Instant NIGHT = Instant.parse("2027-03-05T00:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final StandingsFakes.Praises praises = new StandingsFakes.Praises(store);
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    private final StandingsFakes.Snapshots snapshots = new StandingsFakes.Snapshots();
    private final MutableClock clock = new MutableClock(NIGHT);
    private final RecalculateStandings recalculate =
            new RecalculateStandings(YEAR, store, store, evaluations, praises, snapshots, clock);

    RecalculateStandingsTest() {
        store.save(LIBRARY);
        store.save(BAKERY);
        store.save(CONES);
    }

    @Test
    void theSnapshotIsTheRigaDayOfTheRunEvenAcrossMidnightUtc() {
        assertEquals(Instant.parse("2027-03-05T00:00:00Z"), NIGHT);
        assertEquals(LocalDate.of(2027, 3, 5), recalculate.run().date(), "02:00 Riga = 00:00 UTC");

        clock.set(Instant.parse("2027-03-05T22:30:00Z"));
        assertEquals(LocalDate.of(2027, 3, 6), recalculate.run().date(), "00:30 Riga, still the 5th in UTC");

        clock.set(Instant.parse("2027-03-06T21:59:59Z"));
        assertEquals(LocalDate.of(2027, 3, 6), recalculate.run().date(), "23:59:59 Riga");

        clock.set(Instant.parse("2027-06-30T21:00:00Z"));
        assertEquals(LocalDate.of(2027, 7, 1), recalculate.run().date(), "summer time: UTC+3");

        assertEquals(3, snapshots.days(YEAR), "5 March, 6 March (twice), 1 July");
        assertEquals(LocalDate.of(2027, 7, 1), snapshots.latest(YEAR).orElseThrow().date());
    }

    /** Each day's snapshot expires at the start of the day after its retention, in Riga: 5 March + 35 → 10 April 00:00. */
    @Test
    void aDaysSnapshotExpiresAfterTheRetention() {
        recalculate.run();
        assertEquals(java.util.Optional.of(Instant.parse("2027-04-09T21:00:00Z")), snapshots.expiry(YEAR, LocalDate.of(2027, 3, 5)),
                "00:00 on 10 April, Riga summer time (UTC+3)");

        RecalculateStandings week = new RecalculateStandings(YEAR, store, store, evaluations, praises, snapshots, clock, 7);
        clock.set(Instant.parse("2027-03-20T00:00:00Z"));
        week.run();
        assertEquals(java.util.Optional.of(Instant.parse("2027-03-27T22:00:00Z")), snapshots.expiry(YEAR, LocalDate.of(2027, 3, 20)),
                "00:00 on 28 March, still winter time (UTC+2)");
        assertThrows(IllegalArgumentException.class,
                () -> new RecalculateStandings(YEAR, store, store, evaluations, praises, snapshots, clock, 0));
    }

    @Test
    void theStandingsAreTheEnginesOnTheSameData() {
        store.save(new Participant(YEAR - 1, BAKERY.id(), BAKERY.name(), "B2C", "RESTAURANTS", "SMALL", List.of(), null, 0));
        List<Praise> all = List.of(
                praises.add(YEAR, LIBRARY.id(), Channel.ONLINE, 5, true),
                praises.add(YEAR, LIBRARY.id(), Channel.BRANCH, 4, true),
                praises.add(YEAR, LIBRARY.id(), Channel.BRANCH, 1, true),
                praises.add(YEAR, LIBRARY.id(), Channel.ONLINE, 1, false),
                praises.add(YEAR, BAKERY.id(), Channel.ONLINE, 5, true),
                praises.add(YEAR, BAKERY.id(), Channel.BRANCH, 5, true),
                praises.add(YEAR, CONES.id(), Channel.ONLINE, 5, true),
                praises.add(YEAR - 1, BAKERY.id(), Channel.ONLINE, 1, true));
        praises.reject(all.get(2).id());
        StandingsFakes.evaluate(evaluations, YEAR, LIBRARY.id(), 90, 85);
        StandingsFakes.evaluate(evaluations, YEAR, BAKERY.id(), 70);
        StandingsFakes.evaluate(evaluations, YEAR - 1, CONES.id(), 100);

        Recalculation result = recalculate.run();

        // The same data given to the engine directly.
        ScoringRules rules = ScoringRules.forCampaign(Campaign.defaults(YEAR));
        ComponentTally tally = new ComponentTally(rules);
        for (Praise praise : store.praises()) {
            if (praise.campaignYear() == YEAR) {
                tally.add(praise, praises.isRejected(praise.id()));
            }
        }
        Standings expected = ScoringEngine.score(
                List.of(ParticipantProfile.of(LIBRARY), ParticipantProfile.of(BAKERY), ParticipantProfile.of(CONES)),
                tally,
                Map.of(LIBRARY.id(), List.of(BigDecimal.valueOf(90), BigDecimal.valueOf(85)),
                        BAKERY.id(), List.of(BigDecimal.valueOf(70))),
                rules);
        StandingsSnapshot stored = snapshots.latest(YEAR).orElseThrow();
        assertEquals(expected, stored.standings());
        assertEquals(new StandingsSnapshot(YEAR, LocalDate.of(2027, 3, 5), NIGHT, expected), stored);

        assertEquals(3, result.participants());
        assertEquals(7, result.praisesRead(), "the year's praise, pending and rejected included; not last year's");
        assertEquals(5, result.countedPraise());
        assertEquals(1, stored.standings().counts().ignoredUnconfirmed());
        assertEquals(1, stored.standings().counts().ignoredRejected());
        assertEquals(expected.counts().eligible(), result.eligible());
        assertTrue(result.latest());
        assertEquals(Ineligibility.NOT_EVALUATED, stored.standings().find(CONES.id()).orElseThrow().reason());
        assertEquals(null, stored.standings().find(BAKERY.id()).orElseThrow().branch(), "no branches, no branch component");
    }

    @Test
    void twoRunsOfOneNightLeaveOneSnapshotTheLaterOne() {
        praises.add(YEAR, LIBRARY.id(), Channel.ONLINE, 5, true);
        Recalculation first = recalculate.run();
        praises.add(YEAR, LIBRARY.id(), Channel.ONLINE, 1, true);
        clock.set(NIGHT.plusSeconds(600));
        Recalculation second = recalculate.run();

        assertEquals(first.date(), second.date());
        assertEquals(1, snapshots.days(YEAR));
        StandingsSnapshot stored = snapshots.find(YEAR, first.date()).orElseThrow();
        assertEquals(NIGHT.plusSeconds(600), stored.generatedAt());
        assertEquals(2, stored.standings().find(LIBRARY.id()).orElseThrow().confirmedPraiseCount());
        assertSame(stored, snapshots.latest(YEAR).orElseThrow());

        // Exactly the same run again (a retry of the same instant) changes nothing.
        Standings before = stored.standings();
        recalculate.run();
        assertEquals(before, snapshots.latest(YEAR).orElseThrow().standings());
        assertEquals(1, snapshots.days(YEAR));
    }

    @Test
    void theNextDaysRunLeavesThePreviousDayReadable() {
        praises.add(YEAR, BAKERY.id(), Channel.ONLINE, 5, true);
        recalculate.run();
        praises.add(YEAR, BAKERY.id(), Channel.ONLINE, 5, true);
        clock.set(NIGHT.plusSeconds(24 * 3600));
        recalculate.run();

        ReadStandings service = new ReadStandings(YEAR, snapshots);
        assertEquals(LocalDate.of(2027, 3, 6), service.latest().date());
        assertEquals(2, service.latest().standings().find(BAKERY.id()).orElseThrow().confirmedPraiseCount());
        assertEquals(1, service.on(LocalDate.of(2027, 3, 5)).standings().find(BAKERY.id()).orElseThrow()
                .confirmedPraiseCount());
        RefusedException none = assertThrows(RefusedException.class, () -> service.on(LocalDate.of(2027, 3, 4)));
        assertEquals(ErrorCode.NOT_FOUND, none.code());
        assertEquals("date", none.field());
    }

    @Test
    void aFailedSaveLeavesTheLatestWhereItWas() {
        recalculate.run();
        snapshots.failNextSave(new IllegalStateException("DynamoDB unavailable"));
        clock.set(NIGHT.plusSeconds(24 * 3600));
        assertThrows(IllegalStateException.class, recalculate::run);
        assertEquals(LocalDate.of(2027, 3, 5), snapshots.latest(YEAR).orElseThrow().date());
    }

    @Test
    void theCampaignsOwnThresholdDecidesEligibility() {
        StandingsFakes.evaluate(evaluations, YEAR, LIBRARY.id(), 84);
        // Worked under the first formula: the library has no praise, which 2027.2 would not let it pass with.
        store.save(Fixtures.firstFormulaCampaign());
        Campaign defaults = Campaign.defaults(YEAR);
        assertTrue(recalculate.run().eligible() >= 1, "84 + the prior means is above 80");

        store.save(new Campaign(YEAR, defaults.timeZone(), defaults.praiseOpensAt(), defaults.praiseClosesAt(),
                defaults.awardsAt(), defaults.categories(), defaults.industries(), defaults.aspects(),
                defaults.sizeClasses(), defaults.topN(), 95.0, defaults.qualityMarkTitleTemplate(), null, null, null, null));
        Recalculation strict = recalculate.run();
        assertEquals(0, strict.eligible());
        StandingsSnapshot stored = snapshots.latest(YEAR).orElseThrow();
        assertEquals(0, new BigDecimal("95").compareTo(stored.standings().rules().qualityThreshold()));
        assertEquals(Ineligibility.BELOW_THRESHOLD, stored.standings().find(LIBRARY.id()).orElseThrow().reason());
    }

    @Test
    void noSnapshotYetIsNotFound() {
        RefusedException e = assertThrows(RefusedException.class, () -> new ReadStandings(YEAR, snapshots).latest());
        assertEquals(ErrorCode.NOT_FOUND, e.code());
        assertFalse(snapshots.latest(YEAR).isPresent());
    }
}
