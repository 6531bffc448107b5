package lv.praise.domain.reports;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Lang;
import lv.praise.domain.RefusedException;
import lv.praise.domain.Term;
import lv.praise.domain.insight.InsightReader;
import lv.praise.domain.insight.ParticipantInsight;

/**
 * Use case: a participant's PDF report and praise cards (issue 18), built from its insight alone. Access is the
 * route's ({@code ParticipantHandler}); what is printed is what the participant's own view may show.
 */
public final class Reports {
    /** A PDF and the name it is downloaded (or attached) under. */
    public record Pdf(String fileName, byte[] content) {
    }

    private final InsightReader insights;
    private final CampaignStore campaigns;
    private final ReportRenderer reports;
    private final PraiseCardRenderer cards;
    private final Clock clock;

    public Reports(InsightReader insights, CampaignStore campaigns, ReportRenderer reports, PraiseCardRenderer cards,
                   Clock clock) {
        this.insights = insights;
        this.campaigns = campaigns;
        this.reports = reports;
        this.cards = cards;
        this.clock = clock;
    }

    public Pdf report(int campaignYear, String participantId, Lang lang) {
        ParticipantInsight insight = insights.read(campaignYear, participantId);
        Report report = report(insight, campaigns.findOrDefault(campaignYear), lang);
        return new Pdf(report.fileName(), reports.pdf(report));
    }

    /** The report of an insight already read (the job that sends every participant its report). */
    public Report report(ParticipantInsight insight, Campaign campaign, Lang lang) {
        Map<String, String> aspectNames = new HashMap<>();
        for (Term aspect : campaign.aspects()) {
            if (aspect.name() != null) {
                aspectNames.put(aspect.code(), aspect.name().in(lang));
            }
        }
        return new Report(insight, lang, aspectNames, campaign.qualityMarkTitle(),
                LocalDate.ofInstant(clock.instant(), campaign.timeZone()));
    }

    public byte[] pdf(Report report) {
        return reports.pdf(report);
    }

    /**
     * The praise cards of one employee ({@code employee} compared leniently, as the employee key is: 404 field
     * {@code employee} when no approved praise names them), or of every employee named when it is null (404 when
     * there is none).
     */
    public Pdf cards(int campaignYear, String participantId, String employee, Lang lang) {
        ParticipantInsight insight = insights.read(campaignYear, participantId);
        Campaign campaign = campaigns.findOrDefault(campaignYear);
        List<ParticipantInsight.Employee> chosen;
        if (employee == null) {
            chosen = insight.employees();
        } else {
            String key = employeeKey(employee);
            chosen = insight.employees().stream()
                    .filter(e -> e.key().equals(key) || employeeKey(e.name()).equals(key)
                            || e.spellings().stream().anyMatch(s -> employeeKey(s).equals(key)))
                    .limit(1).toList();
        }
        if (chosen.isEmpty()) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "employee",
                    employee == null ? "no employee is named in approved praise yet" : "no approved praise names this employee");
        }
        String month = month(lang, YearMonth.from(campaign.praiseOpensAt().atZone(campaign.timeZone())));
        // Each employee's own approved praise, all of it: not only what is among the insight's newest texts.
        Map<String, List<ParticipantInsight.PraiseText>> texts = insights.employeeTexts(campaignYear, participantId);
        List<PraiseCard> made = new ArrayList<>();
        for (ParticipantInsight.Employee e : chosen) {
            List<String> theirs = new ArrayList<>();
            for (ParticipantInsight.PraiseText text : texts.getOrDefault(e.key(), List.of())) {
                Optional.ofNullable(text.text()).filter(t -> !t.isBlank()).ifPresent(theirs::add);
            }
            made.add(new PraiseCard(lang, e.name(), e.count(), theirs, campaign.qualityMarkTitle(), month,
                    insight.participant().name()));
        }
        String who = employee == null ? "" : "-" + fileSafe(chosen.get(0).key());
        return new Pdf("uzslavas-" + campaignYear + "-" + participantId + who + "-" + lang.code() + ".pdf",
                cards.pdf(made));
    }

    /** "2027. gada marts", "March 2027": the month as a card's heading names it (nominative in Latvian). */
    public static String month(Lang lang, YearMonth month) {
        String day = CalendarDates.date(lang, month.atDay(1));
        // date() writes "2027. gada 1. marts" / "1 March 2027": the month's own name is its last (lv) or middle word.
        return switch (lang) {
            case LV -> month.getYear() + ". gada " + day.substring(day.lastIndexOf(' ') + 1);
            case EN -> day.substring(day.indexOf(' ') + 1);
            case ET -> day.substring(day.indexOf(' ') + 1);
        };
    }

    /** The employee key's comparison (docs/insight.md, Words): NFKD, no diacritics, lower case, single spaces. */
    public static String employeeKey(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static String fileSafe(String key) {
        String safe = key.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return safe.length() > 40 ? safe.substring(0, 40) : safe;
    }
}
