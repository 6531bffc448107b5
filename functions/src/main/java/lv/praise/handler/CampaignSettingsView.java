package lv.praise.handler;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.RefusedException;
import lv.praise.domain.campaigns.CampaignYears;

/** A campaign's settings for the console, with its awards schedule as the scheduler reads it back. */
final class CampaignSettingsView {
    static final String OPENS = "praiseOpensAt";
    static final String CLOSES = "praiseClosesAt";
    static final String AWARDS = "awardsAt";
    static final String SHOWS_SCORE = "insightShowsScore";
    static final String SHARES_NOTES = "insightSharesNotes";

    private CampaignSettingsView() {
    }

    static Map<String, Object> of(CampaignYears.View view, Instant now) {
        Campaign c = view.campaign();
        Map<String, Object> body = calendar(c);
        body.put("state", c.stateAt(now).code());
        body.put("publishedAt", c.publishedAt() == null ? null : c.publishedAt().toString());
        body.put("formulaVersion", c.formulaVersion());
        body.put("minimumPraise", c.minimumPraise());
        body.put("topN", c.topN());
        body.put(SHOWS_SCORE, c.insightShowsScore());
        body.put(SHARES_NOTES, c.insightSharesNotes());
        body.put("categories", c.categories().size());
        body.put("aspects", c.aspects().size());
        Map<String, Object> schedule = null;
        if (view.schedule().isPresent()) {
            schedule = new LinkedHashMap<>();
            schedule.put("at", local(view.schedule().get().at(), view.schedule().get().timeZone()));
            schedule.put("timeZone", view.schedule().get().timeZone().getId());
        }
        // What the scheduler holds, read back: the console shows this time, so announced and real can't differ.
        body.put("awardsSchedule", schedule);
        body.put("scheduleAgrees", view.schedule().map(s -> s.at().equals(c.awardsAt())).orElse(false));
        return body;
    }

    static Map<String, Object> calendar(Campaign c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", c.year());
        body.put("timeZone", c.timeZone().getId());
        body.put(OPENS, local(c.praiseOpensAt(), c.timeZone()));
        body.put(CLOSES, local(c.praiseClosesAt(), c.timeZone()));
        body.put(AWARDS, local(c.awardsAt(), c.timeZone()));
        return body;
    }

    /** The calendar fields of a request; a time without an offset is the campaign's wall-clock time. */
    static CampaignYears.Calendar calendar(RequestBody body, ZoneId zone) {
        return new CampaignYears.Calendar(instant(body, OPENS, zone), instant(body, CLOSES, zone),
                instant(body, AWARDS, zone));
    }

    private static Instant instant(RequestBody body, String field, ZoneId zone) {
        String text = body.text(field);
        if (text == null) {
            return null;
        }
        if (text.length() > 40) {
            throw RefusedException.invalid(field, field + " is a date and time such as 2028-04-12T12:00");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw RefusedException.invalid(field, field + " is a date and time such as 2028-04-12T12:00");
            }
        }
    }

    private static String local(Instant at, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone));
    }
}
