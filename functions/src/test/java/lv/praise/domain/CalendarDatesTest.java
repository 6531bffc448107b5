package lv.praise.domain;

import static lv.praise.domain.Lang.EN;
import static lv.praise.domain.Lang.ET;
import static lv.praise.domain.Lang.LV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {
    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    @Test
    void theDayOnWhichTakesTheLocativeInLatvianAndTheAdessiveInEstonian() {
        LocalDate day = LocalDate.of(2027, 1, 2);
        assertEquals("2027. gada 2. janvārī", CalendarDates.on(LV, day));
        assertEquals("2 January 2027", CalendarDates.on(EN, day));
        assertEquals("2. jaanuaril 2027", CalendarDates.on(ET, day));
    }

    @Test
    void aPlainDateIsInTheNominativeWithOrWithoutTheYear() {
        LocalDate day = LocalDate.of(2027, 1, 2);
        assertEquals("2027. gada 2. janvāris", CalendarDates.date(LV, day));
        assertEquals("2 January 2027", CalendarDates.date(EN, day));
        assertEquals("2. jaanuar 2027", CalendarDates.date(ET, day));
        assertEquals("2. janvāris", CalendarDates.dayMonth(LV, day));
        assertEquals("2 January", CalendarDates.dayMonth(EN, day));
        assertEquals("2. jaanuar", CalendarDates.dayMonth(ET, day));
    }

    @Test
    void theFirstNineDaysHaveOneDigit() {
        String[] lv = {"1. martā", "2. martā", "3. martā", "4. martā", "5. martā", "6. martā", "7. martā", "8. martā",
            "9. martā"};
        for (int d = 1; d <= 9; d++) {
            LocalDate day = LocalDate.of(2027, 3, d);
            assertEquals("2027. gada " + lv[d - 1], CalendarDates.on(LV, day));
            assertEquals(d + " March 2027", CalendarDates.date(EN, day));
            assertEquals(d + ". märtsil 2027", CalendarDates.on(ET, day));
        }
        assertEquals("2026. gada 5. decembrī", CalendarDates.on(LV, LocalDate.of(2026, 12, 5)));
        assertEquals("5. detsembril 2026", CalendarDates.on(ET, LocalDate.of(2026, 12, 5)));
    }

    @Test
    void everyMonthInEveryForm() {
        List<String> expected = List.of(
                "31. janvāris 31. janvārī 31 January 31. jaanuar 31. jaanuaril",
                "29. februāris 29. februārī 29 February 29. veebruar 29. veebruaril",
                "31. marts 31. martā 31 March 31. märts 31. märtsil",
                "30. aprīlis 30. aprīlī 30 April 30. aprill 30. aprillil",
                "31. maijs 31. maijā 31 May 31. mai 31. mail",
                "30. jūnijs 30. jūnijā 30 June 30. juuni 30. juunil",
                "31. jūlijs 31. jūlijā 31 July 31. juuli 31. juulil",
                "31. augusts 31. augustā 31 August 31. august 31. augustil",
                "30. septembris 30. septembrī 30 September 30. september 30. septembril",
                "31. oktobris 31. oktobrī 31 October 31. oktoober 31. oktoobril",
                "30. novembris 30. novembrī 30 November 30. november 30. novembril",
                "31. decembris 31. decembrī 31 December 31. detsember 31. detsembril");
        for (Month m : Month.values()) {
            LocalDate lastDay = LocalDate.of(2028, m, 1).with(TemporalAdjusters.lastDayOfMonth());
            String lvOn = CalendarDates.on(LV, lastDay);
            String etOn = CalendarDates.on(ET, lastDay);
            String shown = String.join(" ", CalendarDates.dayMonth(LV, lastDay), lvOn.substring("2028. gada ".length()),
                    CalendarDates.dayMonth(EN, lastDay), CalendarDates.dayMonth(ET, lastDay),
                    etOn.substring(0, etOn.length() - " 2028".length()));
            assertEquals(expected.get(m.ordinal()), shown, m.toString());
        }
    }

    @Test
    void theLeapDay() {
        LocalDate leap = LocalDate.of(2028, 2, 29);
        assertEquals("2028. gada 29. februārī", CalendarDates.on(LV, leap));
        assertEquals("2028. gada 29. februāris", CalendarDates.date(LV, leap));
        assertEquals("29 February 2028", CalendarDates.on(EN, leap));
        assertEquals("29. veebruaril 2028", CalendarDates.on(ET, leap));
        assertEquals("29. veebruar 2028", CalendarDates.date(ET, leap));
    }

    @Test
    void aMomentIsTheDateWithTheTimeInTheZone() {
        Instant noon = Instant.parse("2027-01-02T10:00:00Z");
        assertEquals("2027. gada 2. janvāris, 12:00", CalendarDates.dateTime(LV, noon, RIGA));
        assertEquals("2 January 2027, 12:00", CalendarDates.dateTime(EN, noon, RIGA));
        assertEquals("2. jaanuar 2027, 12:00", CalendarDates.dateTime(ET, noon, RIGA));
        // Riga's New Year begins while UTC is still in the old one.
        Instant newYear = Instant.parse("2026-12-31T22:05:00Z");
        assertEquals("2027. gada 1. janvāris, 00:05", CalendarDates.dateTime(LV, newYear, RIGA));
        assertEquals("31 December 2026, 22:05", CalendarDates.dateTime(EN, newYear, ZoneId.of("UTC")));
    }

    /** Riga moves its clocks at 01:00 UTC on the last Sundays of March (03:00 → 04:00) and October (04:00 → 03:00). */
    @Test
    void summerTimeChangesInRiga() {
        // 2028: 26 March and 29 October.
        assertEquals(LocalDate.of(2028, 3, 26), lastSunday(2028, Month.MARCH));
        assertEquals(LocalDate.of(2028, 10, 29), lastSunday(2028, Month.OCTOBER));

        // March: midnight is still winter time (+02:00), the evening summer time (+03:00).
        assertEquals("2028. gada 25. marts, 23:59", CalendarDates.dateTime(LV, Instant.parse("2028-03-25T21:59:00Z"), RIGA));
        assertEquals("2028. gada 26. marts, 00:00", CalendarDates.dateTime(LV, Instant.parse("2028-03-25T22:00:00Z"), RIGA));
        assertEquals("26 March 2028, 02:59", CalendarDates.dateTime(EN, Instant.parse("2028-03-26T00:59:00Z"), RIGA));
        assertEquals("26 March 2028, 04:00", CalendarDates.dateTime(EN, Instant.parse("2028-03-26T01:00:00Z"), RIGA));
        assertEquals("26. märts 2028, 23:59", CalendarDates.dateTime(ET, Instant.parse("2028-03-26T20:59:00Z"), RIGA));
        assertEquals("27. märts 2028, 00:00", CalendarDates.dateTime(ET, Instant.parse("2028-03-26T21:00:00Z"), RIGA));

        // October: midnight is still summer time (+03:00), the evening winter time (+02:00).
        assertEquals("2028. gada 28. oktobris, 23:59", CalendarDates.dateTime(LV, Instant.parse("2028-10-28T20:59:00Z"), RIGA));
        assertEquals("2028. gada 29. oktobris, 00:00", CalendarDates.dateTime(LV, Instant.parse("2028-10-28T21:00:00Z"), RIGA));
        assertEquals("29 October 2028, 03:30", CalendarDates.dateTime(EN, Instant.parse("2028-10-29T00:30:00Z"), RIGA));
        assertEquals("29 October 2028, 03:30", CalendarDates.dateTime(EN, Instant.parse("2028-10-29T01:30:00Z"), RIGA));
        assertEquals("29. oktoober 2028, 23:59", CalendarDates.dateTime(ET, Instant.parse("2028-10-29T21:59:00Z"), RIGA));
        assertEquals("30. oktoober 2028, 00:00", CalendarDates.dateTime(ET, Instant.parse("2028-10-29T22:00:00Z"), RIGA));
    }

    @Test
    void noDayOfAYearIsZeroPaddedAndEachNamesItsOwnDay() {
        Pattern padded = Pattern.compile("(^|\\D)0\\d\\.? ");
        List<String> wrong = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2028, 1, 1); day.getYear() == 2028; day = day.plusDays(1)) {
            String d = Integer.toString(day.getDayOfMonth());
            for (Lang lang : Lang.values()) {
                Instant early = ZonedDateTime.of(day, LocalTime.of(0, 30), RIGA).toInstant();
                Instant late = ZonedDateTime.of(day, LocalTime.of(23, 30), RIGA).toInstant();
                List<String> texts = List.of(CalendarDates.on(lang, day), CalendarDates.date(lang, day),
                        CalendarDates.dayMonth(lang, day), CalendarDates.dateTime(lang, early, RIGA),
                        CalendarDates.dateTime(lang, late, RIGA));
                for (String text : texts) {
                    String dayPart = lang == LV && !text.startsWith(d + ".") ? text.substring("2028. gada ".length()) : text;
                    if (padded.matcher(text).find() || !dayPart.startsWith(d + (lang == EN ? " " : ". "))) {
                        wrong.add(day + " " + lang + ": " + text);
                    }
                }
                assertTrue(CalendarDates.dateTime(lang, early, RIGA).endsWith(", 00:30"), day + " " + lang);
                assertTrue(CalendarDates.dateTime(lang, late, RIGA).startsWith(CalendarDates.date(lang, day) + ", 23:30"),
                        day + " " + lang);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
        assertFalse(CalendarDates.date(LV, LocalDate.of(2028, 1, 5)).contains("05"));
    }

    private static LocalDate lastSunday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }
}
