package lv.praise.domain.reports;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import lv.praise.domain.Lang;
import lv.praise.domain.insight.ParticipantInsight;

/**
 * The report for the participant's management meeting (issue 18): its insight, printed in one language. Built from
 * the insight alone (docs/insight.md: the one record the page, the report and the digest read), plus the names the
 * campaign gives its codes in that language.
 *
 * @param aspectNames       the campaign's aspect code → its name in {@code lang} (a code without one prints as is)
 * @param qualityMarkTitle  the campaign's quality mark, e.g. "Klienti mūs uzslavē 2027"
 * @param madeOn            the day the report was drawn (printed in its footer)
 */
public record Report(ParticipantInsight insight, Lang lang, Map<String, String> aspectNames, String qualityMarkTitle,
                     LocalDate madeOn) {
    /** How many praise texts the report quotes: the meeting needs a taste, the page has them all. */
    public static final int HIGHLIGHTS = 6;

    public Report {
        Objects.requireNonNull(insight, "insight");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(madeOn, "madeOn");
        aspectNames = aspectNames == null ? Map.of() : Map.copyOf(aspectNames);
        if (lang == Lang.ET) {
            throw new IllegalArgumentException("the report is printed in lv or en");
        }
    }

    public String aspectName(String code) {
        return aspectNames.getOrDefault(code, code);
    }

    /** The file's name: {@code atskaite-2027-{participantId}-lv.pdf} (ids are lower-case letters, digits, hyphens). */
    public String fileName() {
        return "atskaite-" + insight.campaignYear() + "-" + insight.participant().id() + "-" + lang.code() + ".pdf";
    }
}
