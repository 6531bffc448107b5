package lv.praise.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * How the campaign writes a day in each of its languages: the e-mails and certificates here, and the site and
 * the console through its twin static-site/assets/dates.js (same forms, same month tables; DatesInBrowserIT
 * compares the two for every day of a year). The day of the month is never zero-padded.
 *
 * <table>
 * <caption>The forms</caption>
 * <tr><th>form</th><th>lv</th><th>en</th><th>et</th></tr>
 * <tr><td>{@link #on}: the day on which something happens ("tiks paziņoti …", "on …")</td>
 *     <td>2027. gada 2. janvārī (locative)</td><td>2 January 2027</td><td>2. jaanuaril 2027 (adessive)</td></tr>
 * <tr><td>{@link #date}: after a label and colon, in lists and tables</td>
 *     <td>2027. gada 2. janvāris</td><td>2 January 2027</td><td>2. jaanuar 2027</td></tr>
 * <tr><td>{@link #dayMonth}: the same without the year</td>
 *     <td>2. janvāris</td><td>2 January</td><td>2. jaanuar</td></tr>
 * <tr><td>{@link #dateTime}: a moment, as {@link #date} with the 24-hour time</td>
 *     <td>2027. gada 2. janvāris, 12:00</td><td>2 January 2027, 12:00</td><td>2. jaanuar 2027, 12:00</td></tr>
 * </table>
 *
 * <p>The names are our own rather than the JDK's or the browser's locale data, which differ between versions
 * (and the browser's English date parts zero-pad the day): the site and the mails must read the same. The one
 * difference is the page's: it puts a no-break space after each number ("5.&nbsp;decembrī", "2027.&nbsp;gada"), as
 * a line that a browser breaks must not end at "5."; a mail's or a certificate's lines are laid out here.
 */
public final class CalendarDates {
    private static final List<String> LV = List.of("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs",
            "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris");
    /** Locative: the case of a day "on which" something happens. */
    private static final List<String> LV_ON = List.of("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā",
            "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī");
    private static final List<String> EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> ET = List.of("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni",
            "juuli", "august", "september", "oktoober", "november", "detsember");
    /** Adessive: the Estonian case of a day "on which". */
    private static final List<String> ET_ON = List.of("jaanuaril", "veebruaril", "märtsil", "aprillil", "mail",
            "juunil", "juulil", "augustil", "septembril", "oktoobril", "novembril", "detsembril");

    private CalendarDates() {
    }

    /** The day on which something happens: "2027. gada 2. janvārī", "2 January 2027", "2. jaanuaril 2027". */
    public static String on(Lang lang, LocalDate day) {
        return withYear(lang, day, true);
    }

    /** A date after a label and colon: "2027. gada 2. janvāris", "2 January 2027", "2. jaanuar 2027". */
    public static String date(Lang lang, LocalDate day) {
        return withYear(lang, day, false);
    }

    /** Without the year: "2. janvāris", "2 January", "2. jaanuar". */
    public static String dayMonth(Lang lang, LocalDate day) {
        return dayAndMonth(lang, day, false);
    }

    /** A moment in the zone (the campaign's): "2027. gada 2. janvāris, 12:00", "2 January 2027, 12:00". */
    public static String dateTime(Lang lang, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return date(lang, local.toLocalDate())
                + String.format(Locale.ROOT, ", %02d:%02d", local.getHour(), local.getMinute());
    }

    private static String withYear(Lang lang, LocalDate day, boolean on) {
        String dayAndMonth = dayAndMonth(lang, day, on);
        return lang == Lang.LV ? day.getYear() + ". gada " + dayAndMonth : dayAndMonth + " " + day.getYear();
    }

    private static String dayAndMonth(Lang lang, LocalDate day, boolean on) {
        List<String> months = switch (lang) {
            case LV -> on ? LV_ON : LV;
            case EN -> EN;
            case ET -> on ? ET_ON : ET;
        };
        return day.getDayOfMonth() + (lang == Lang.EN ? " " : ". ") + months.get(day.getMonthValue() - 1);
    }
}
