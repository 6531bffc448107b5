package lv.praise.domain.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import lv.praise.domain.Actor;
import lv.praise.domain.Campaign;
import org.junit.jupiter.api.Test;

class DigestWeekTest {
    private static final ZoneId RIGA = Campaign.RIGA;

    @Test
    void aMondayRunTellsAboutTheWeekBeforeInRigaTime() {
        // Monday 8 March 2027, 09:00 in Riga (07:00 UTC): the week of 1–7 March.
        DigestWeek week = DigestWeek.before(Instant.parse("2027-03-08T07:00:00Z"), RIGA);
        assertEquals(LocalDate.of(2027, 3, 1), week.monday());
        assertEquals(LocalDate.of(2027, 3, 7), week.sunday());
        assertEquals("2027-W09", week.code());
        assertEquals(Instant.parse("2027-02-28T22:00:00Z"), week.start(RIGA));
        assertEquals(Instant.parse("2027-03-07T22:00:00Z"), week.end(RIGA));
        // 23:30 UTC on Sunday 7 March is already Monday 8 March in Riga: the same week is "before".
        assertEquals(week, DigestWeek.before(Instant.parse("2027-03-07T22:30:00Z"), RIGA));
        // 21:59 UTC on Sunday is still Sunday in Riga: that run would tell about the week before.
        assertEquals(week.previous(), DigestWeek.before(Instant.parse("2027-03-07T21:59:00Z"), RIGA));
    }

    @Test
    void theWeekOfTheChangeToSummerTimeEndsAtRigaMidnightAndIs167HoursLong() {
        // Summer time begins on Sunday 28 March 2027 at 03:00 in Riga (EET +02:00 → EEST +03:00).
        DigestWeek week = DigestWeek.containing(LocalDate.of(2027, 3, 28));
        assertEquals(LocalDate.of(2027, 3, 22), week.monday());
        assertEquals(Instant.parse("2027-03-21T22:00:00Z"), week.start(RIGA));
        assertEquals(Instant.parse("2027-03-28T21:00:00Z"), week.end(RIGA));
        assertEquals(Duration.ofHours(167), Duration.between(week.start(RIGA), week.end(RIGA)));
        // The next week starts where it ends: no praise falls between two weeks, none is in both.
        DigestWeek next = DigestWeek.containing(LocalDate.of(2027, 3, 29));
        assertEquals(week.end(RIGA), next.start(RIGA));
        assertEquals(Duration.ofHours(168), Duration.between(next.start(RIGA), next.end(RIGA)));
        // A praise at 23:30 on Sunday 28 March in Riga (20:30 UTC, summer time) is in that week.
        Instant lateSunday = Instant.parse("2027-03-28T20:30:00Z");
        assertTrue(!lateSunday.isBefore(week.start(RIGA)) && lateSunday.isBefore(week.end(RIGA)));
        assertEquals(week, DigestWeek.before(Instant.parse("2027-03-29T06:00:00Z"), RIGA));
    }

    @Test
    void weekCodesAreIsoWeeksAndReadBack() {
        assertEquals("2026-W53", DigestWeek.containing(LocalDate.of(2027, 1, 1)).code());
        assertEquals("2027-W01", DigestWeek.containing(LocalDate.of(2027, 1, 4)).code());
        for (String code : new String[] {"2026-W53", "2027-W01", "2027-W09", "2027-W13", "2028-W10"}) {
            assertEquals(code, DigestWeek.parse(code).code());
        }
        assertThrows(IllegalArgumentException.class, () -> DigestWeek.parse("2027-W54"));
        assertThrows(IllegalArgumentException.class, () -> DigestWeek.parse("2027-10"));
        assertThrows(IllegalArgumentException.class, () -> new DigestWeek(LocalDate.of(2027, 3, 2)));
    }

    @Test
    void theActiveWeeksAreTheWindowsWeeksSoTheLastRunIsTheMondayAfterItCloses() {
        // The default window: 1 March (a Monday in 2027) to 31 March 23:59:59 (a Wednesday).
        Campaign campaign = Campaign.defaults(2027);
        assertFalse(DigestWeek.containing(LocalDate.of(2027, 2, 22)).activeFor(campaign), "the week before it opens");
        assertTrue(DigestWeek.containing(LocalDate.of(2027, 3, 1)).activeFor(campaign), "its first week");
        assertTrue(DigestWeek.containing(LocalDate.of(2027, 3, 22)).activeFor(campaign), "the DST week");
        assertTrue(DigestWeek.containing(LocalDate.of(2027, 3, 29)).activeFor(campaign), "the week it closes in");
        assertFalse(DigestWeek.containing(LocalDate.of(2027, 4, 5)).activeFor(campaign), "the week after it closed");
        // So the Mondays that send: 8, 15, 22, 29 March and 5 April; not 1 March, not 12 April.
        assertFalse(DigestWeek.before(LocalDate.of(2027, 3, 1).atTime(9, 0).atZone(RIGA).toInstant(), RIGA).activeFor(campaign));
        assertTrue(DigestWeek.before(LocalDate.of(2027, 4, 5).atTime(9, 0).atZone(RIGA).toInstant(), RIGA).activeFor(campaign));
        assertFalse(DigestWeek.before(LocalDate.of(2027, 4, 12).atTime(9, 0).atZone(RIGA).toInstant(), RIGA).activeFor(campaign));

        // Closed early on 10 March: the week of 8–14 March is the last.
        Campaign early = campaign.closedEarly(LocalDate.of(2027, 3, 10).atTime(12, 0).atZone(RIGA).toInstant(),
                new Actor("sub-anna", "anna@example.lv"));
        assertTrue(DigestWeek.containing(LocalDate.of(2027, 3, 8)).activeFor(early));
        assertFalse(DigestWeek.containing(LocalDate.of(2027, 3, 15)).activeFor(early));
        // The calendar is data: a window of 2–20 April 2028 makes other weeks active.
        Campaign april = Campaign.defaults(2028).withCalendar(
                LocalDate.of(2028, 4, 2).atStartOfDay(RIGA).toInstant(),
                LocalDate.of(2028, 4, 20).atTime(23, 59, 59).atZone(RIGA).toInstant(),
                LocalDate.of(2028, 5, 10).atTime(12, 0).atZone(RIGA).toInstant());
        assertTrue(DigestWeek.containing(LocalDate.of(2028, 3, 27)).activeFor(april), "2 April 2028 is a Sunday");
        assertFalse(DigestWeek.containing(LocalDate.of(2028, 3, 20)).activeFor(april));
        assertTrue(DigestWeek.containing(LocalDate.of(2028, 4, 17)).activeFor(april));
        assertFalse(DigestWeek.containing(LocalDate.of(2028, 4, 24)).activeFor(april));
    }

    @Test
    void theWeeksAfterTheWindowAreLateUntilTheResultsArePublished() {
        Campaign campaign = Campaign.defaults(2027);
        assertFalse(DigestWeek.containing(LocalDate.of(2027, 3, 29)).lateFor(campaign), "the week it closes in is active");
        assertTrue(DigestWeek.containing(LocalDate.of(2027, 4, 5)).lateFor(campaign));
        assertTrue(DigestWeek.containing(LocalDate.of(2027, 5, 3)).lateFor(campaign), "moderation goes on: not published");
        assertFalse(DigestWeek.containing(LocalDate.of(2027, 2, 22)).lateFor(campaign), "before the window");
        // Published on Wednesday 14 April: its week still has approvals (until then), the next week none.
        Campaign published = campaign.published(LocalDate.of(2027, 4, 14).atTime(12, 0).atZone(RIGA).toInstant(), null);
        assertTrue(DigestWeek.containing(LocalDate.of(2027, 4, 12)).lateFor(published));
        assertFalse(DigestWeek.containing(LocalDate.of(2027, 4, 19)).lateFor(published));
    }
}
