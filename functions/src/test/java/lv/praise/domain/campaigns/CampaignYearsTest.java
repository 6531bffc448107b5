package lv.praise.domain.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Campaign;
import lv.praise.domain.CurrentCampaign;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class CampaignYearsTest {
    /** The scheduler as a map of year to time, as the adapter would hold it. */
    static final class RecordingSchedule implements AwardsSchedule {
        final Map<Integer, Instant> schedules = new HashMap<>();

        @Override
        public void scheduleAwards(int year, Instant at, ZoneId timeZone) {
            schedules.put(year, at);
        }

        @Override
        public Optional<Scheduled> find(int year) {
            return Optional.ofNullable(schedules.get(year)).map(at -> new Scheduled(year, at, Campaign.RIGA));
        }
    }

    private final MutableClock realTime = new MutableClock(Instant.parse("2027-05-01T10:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final CurrentCampaign current = new CurrentCampaign(2027, store, realTime, Duration.ofSeconds(30));
    private final RecordingSchedule schedule = new RecordingSchedule();
    private final CampaignYears years = new CampaignYears(current, store, schedule, realTime);

    private void publish2027() {
        store.save(Campaign.defaults(2027).withScoring("2027.1", 3)
                .published(Instant.parse("2027-04-12T09:00:00Z"), Fixtures.organiser("anna@example.lv")));
    }

    @Test
    void theFirstYearComesFromTheDeploymentUntilACampaignIsCreated() {
        assertEquals(2027, current.year());
        publish2027();
        CampaignYears.View created = years.createNext(2028, CampaignYears.Calendar.UNCHANGED);
        assertEquals(2028, current.year(), "the creating container reads the new year at once");
        Campaign next = created.campaign();
        assertEquals(Campaign.defaults(2028).praiseOpensAt(), next.praiseOpensAt(), "1 March, Riga time, a year on");
        assertEquals(Campaign.defaults(2028).awardsAt(), next.awardsAt());
        assertEquals("2027.1", next.formulaVersion(), "scoring carried over");
        assertEquals(3, next.minimumPraise());
        assertEquals(Campaign.defaults(2027).aspects(), next.aspects());
        assertEquals(null, next.publishedAt(), "the new campaign starts unpublished");
        assertEquals(next.awardsAt(), schedule.schedules.get(2028), "its awards are scheduled at its awardsAt");
        assertEquals(next.awardsAt(), created.schedule().orElseThrow().at());
        assertTrue(store.find(2027).orElseThrow().publishedAt() != null, "the earlier year is kept as it was");
    }

    @Test
    void anotherContainerSeesTheNewYearAfterItsRefresh() {
        publish2027();
        CurrentCampaign other = new CurrentCampaign(2027, store, realTime, Duration.ofSeconds(30));
        assertEquals(2027, other.year());
        years.createNext(2028, CampaignYears.Calendar.UNCHANGED);
        assertEquals(2027, other.year(), "trusted for its refresh time");
        realTime.advance(Duration.ofSeconds(30));
        assertEquals(2028, other.year());
    }

    @Test
    void refusesAnExistingYearAnUnpublishedCurrentAndBadYearsWritingNothing() {
        RefusedException unpublished = assertThrows(RefusedException.class,
                () -> years.createNext(2028, CampaignYears.Calendar.UNCHANGED));
        assertEquals(ErrorCode.NOT_PUBLISHED, unpublished.code());
        assertEquals("year", unpublished.field());
        publish2027();
        for (Integer bad : new Integer[] {null, 2026, 2033, 2040}) {
            RefusedException e = assertThrows(RefusedException.class,
                    () -> years.createNext(bad, CampaignYears.Calendar.UNCHANGED));
            assertEquals(ErrorCode.INVALID, e.code(), "year " + bad);
            assertEquals("year", e.field());
        }
        assertEquals(ErrorCode.ALREADY_EXISTS, assertThrows(RefusedException.class,
                () -> years.createNext(2027, CampaignYears.Calendar.UNCHANGED)).code(), "the current year exists");
        store.save(Campaign.defaults(2029));
        RefusedException exists = assertThrows(RefusedException.class,
                () -> years.createNext(2029, CampaignYears.Calendar.UNCHANGED));
        assertEquals(ErrorCode.ALREADY_EXISTS, exists.code());
        assertEquals("year", exists.field());
        assertEquals(2027, current.year(), "nothing changed");
        assertTrue(schedule.schedules.isEmpty(), "no schedule moved");
    }

    @Test
    void nextYearWaitsForAnUnfinishedPublication() {
        publish2027();
        String[] unfinished = {"3 certificate letters are pending"};
        CampaignYears waiting = new CampaignYears(current, store, schedule, realTime,
                year -> year == 2027 ? Optional.ofNullable(unfinished[0]) : Optional.empty());
        RefusedException refused = assertThrows(RefusedException.class,
                () -> waiting.createNext(2028, CampaignYears.Calendar.UNCHANGED));
        assertEquals(ErrorCode.PUBLICATION_UNFINISHED, refused.code());
        assertEquals("year", refused.field());
        assertTrue(refused.getMessage().contains("3 certificate letters are pending"), refused.getMessage());
        assertFalse(store.find(2028).isPresent());
        unfinished[0] = null;
        assertEquals(2028, waiting.createNext(2028, CampaignYears.Calendar.UNCHANGED).campaign().year());
    }

    @Test
    void aCalendarOutOfOrderIsRefusedNamingTheField() {
        publish2027();
        Instant opens = Instant.parse("2028-03-01T00:00:00Z");
        RefusedException closes = assertThrows(RefusedException.class, () -> years.createNext(2028,
                new CampaignYears.Calendar(opens, opens.minusSeconds(1), null)));
        assertEquals("praiseClosesAt", closes.field());
        RefusedException awards = assertThrows(RefusedException.class, () -> years.createNext(2028,
                new CampaignYears.Calendar(null, null, Instant.parse("2028-03-15T00:00:00Z"))));
        assertEquals("awardsAt", awards.field());
        assertFalse(store.find(2028).isPresent());
    }

    @Test
    void changingAwardsAtMovesTheScheduleAndAPublishedCampaignIsReadOnly() {
        Instant later = Instant.parse("2027-06-01T09:00:00Z");
        CampaignYears.View changed = years.changeCalendar(new CampaignYears.Calendar(null, null, later));
        assertEquals(later, changed.campaign().awardsAt());
        assertEquals(later, store.find(2027).orElseThrow().awardsAt(), "stored (the first year gets its item)");
        assertEquals(later, schedule.schedules.get(2027));

        RefusedException past = assertThrows(RefusedException.class, () -> years.changeCalendar(
                new CampaignYears.Calendar(null, null, Instant.parse("2027-04-30T00:00:00Z"))));
        assertEquals("awardsAt", past.field(), "the awards time must be ahead");
        RefusedException empty = assertThrows(RefusedException.class,
                () -> years.changeCalendar(CampaignYears.Calendar.UNCHANGED));
        assertEquals(ErrorCode.INVALID, empty.code());

        publish2027();
        RefusedException frozen = assertThrows(RefusedException.class, () -> years.changeCalendar(
                new CampaignYears.Calendar(null, null, later.plusSeconds(3600))));
        assertEquals(ErrorCode.CLOSED, frozen.code());
        assertEquals("awardsAt", frozen.field());
        assertEquals(later, schedule.schedules.get(2027), "the schedule stays");
    }
}
