package lv.praise.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lv.praise.domain.scoring.ScoringRules;

/**
 * One year of the campaign, as data: its calendar (in the campaign's time zone), its vocabulary
 * and its award rules. Nothing here is hard-wired into the code paths that use it.
 *
 * @param praiseClosesAt the last instant at which praise is accepted (the window includes it)
 * @param closedEarlyAt  set when an organiser closed the window before its end
 * @param publishedAt    set once publication of the final results began; the campaign is frozen from then
 * @param closedEarlyBy  who closed it early (the organiser's e-mail), with {@code closedEarlyAt}
 * @param publishedBy    what started the publication ("schedule", or the organiser's e-mail)
 * @param formulaVersion the scoring formula of this campaign (docs/scoring.md); kept for good, so its results
 *                       are always recomputed under the formula they were published with
 * @param minimumPraise  the fewest counted praises that make a participant eligible (formula 2027.2 on)
 * @param insightShowsScore  whether participants see their score's components during the campaign (issue 18;
 *                           default true); never a rank before publication
 * @param insightSharesNotes whether evaluators' notes are shown to the participant (issue 18; default false)
 */
public record Campaign(
        int year,
        ZoneId timeZone,
        Instant praiseOpensAt,
        Instant praiseClosesAt,
        Instant awardsAt,
        List<Term> categories,
        List<Term> industries,
        List<Term> aspects,
        List<Term> sizeClasses,
        int topN,
        double qualityMarkThreshold,
        String qualityMarkTitleTemplate,
        Instant closedEarlyAt,
        Instant publishedAt,
        Actor closedEarlyBy,
        Actor publishedBy,
        String formulaVersion,
        int minimumPraise,
        boolean insightShowsScore,
        boolean insightSharesNotes) {

    public static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    public Campaign {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(praiseOpensAt, "praiseOpensAt");
        Objects.requireNonNull(praiseClosesAt, "praiseClosesAt");
        Objects.requireNonNull(awardsAt, "awardsAt");
        if (!praiseOpensAt.isBefore(praiseClosesAt)) {
            throw new IllegalArgumentException("the praise window must open before it closes");
        }
        categories = List.copyOf(categories);
        industries = List.copyOf(industries);
        aspects = List.copyOf(aspects);
        sizeClasses = List.copyOf(sizeClasses);
        if (!ScoringRules.FORMULA_VERSIONS.contains(formulaVersion)) {
            throw new IllegalArgumentException("formulaVersion must be one of " + ScoringRules.FORMULA_VERSIONS);
        }
        if (minimumPraise < 0) {
            throw new IllegalArgumentException("minimumPraise must not be negative");
        }
    }

    /** A campaign as stored before the insight settings existed (issue 18): their defaults. */
    public Campaign(int year, ZoneId timeZone, Instant praiseOpensAt, Instant praiseClosesAt, Instant awardsAt,
                    List<Term> categories, List<Term> industries, List<Term> aspects, List<Term> sizeClasses, int topN,
                    double qualityMarkThreshold, String qualityMarkTitleTemplate, Instant closedEarlyAt,
                    Instant publishedAt, Actor closedEarlyBy, Actor publishedBy, String formulaVersion, int minimumPraise) {
        this(year, timeZone, praiseOpensAt, praiseClosesAt, awardsAt, categories, industries, aspects, sizeClasses, topN,
                qualityMarkThreshold, qualityMarkTitleTemplate, closedEarlyAt, publishedAt, closedEarlyBy, publishedBy,
                formulaVersion, minimumPraise, true, false);
    }

    /** A campaign as stored before the scoring settings existed: the first formula, which it was scored by. */
    public Campaign(int year, ZoneId timeZone, Instant praiseOpensAt, Instant praiseClosesAt, Instant awardsAt,
                    List<Term> categories, List<Term> industries, List<Term> aspects, List<Term> sizeClasses, int topN,
                    double qualityMarkThreshold, String qualityMarkTitleTemplate, Instant closedEarlyAt,
                    Instant publishedAt, Actor closedEarlyBy, Actor publishedBy) {
        this(year, timeZone, praiseOpensAt, praiseClosesAt, awardsAt, categories, industries, aspects, sizeClasses, topN,
                qualityMarkThreshold, qualityMarkTitleTemplate, closedEarlyAt, publishedAt, closedEarlyBy, publishedBy,
                ScoringRules.FORMULA_2027_1, ScoringRules.DEFAULT_MINIMUM_PRAISE);
    }

    /** The campaign as the rules describe it: praise 1–31 March, awards on 12 April, Riga time. */
    public static Campaign defaults(int year) {
        return new Campaign(
                year,
                RIGA,
                LocalDate.of(year, 3, 1).atStartOfDay(RIGA).toInstant(),
                LocalDate.of(year, 3, 31).atTime(LocalTime.of(23, 59, 59)).atZone(RIGA).toInstant(),
                LocalDate.of(year, 4, 12).atTime(LocalTime.NOON).atZone(RIGA).toInstant(),
                Vocabulary.CATEGORIES,
                Vocabulary.INDUSTRIES,
                Vocabulary.ASPECTS,
                Vocabulary.SIZE_CLASSES,
                50,
                80.0,
                "Klienti mūs uzslavē {year}",
                null,
                null,
                null,
                null,
                ScoringRules.FORMULA_VERSION,
                ScoringRules.DEFAULT_MINIMUM_PRAISE);
    }

    /** The same campaign with another calendar (used for demo and test campaigns). */
    public Campaign withCalendar(Instant opensAt, Instant closesAt, Instant awardsAt) {
        return new Campaign(year, timeZone, opensAt, closesAt, awardsAt, categories, industries, aspects,
                sizeClasses, topN, qualityMarkThreshold, qualityMarkTitleTemplate, closedEarlyAt, publishedAt, closedEarlyBy,
                publishedBy, formulaVersion, minimumPraise, insightShowsScore, insightSharesNotes);
    }

    /** The same campaign with its praise window closed early by an organiser. */
    public Campaign closedEarly(Instant at, Actor by) {
        return new Campaign(year, timeZone, praiseOpensAt, praiseClosesAt, awardsAt, categories, industries, aspects,
                sizeClasses, topN, qualityMarkThreshold, qualityMarkTitleTemplate, at, publishedAt, by, publishedBy,
                formulaVersion, minimumPraise, insightShowsScore, insightSharesNotes);
    }

    /** The same campaign, frozen for publication. */
    public Campaign published(Instant at, Actor by) {
        return new Campaign(year, timeZone, praiseOpensAt, praiseClosesAt, awardsAt, categories, industries, aspects,
                sizeClasses, topN, qualityMarkThreshold, qualityMarkTitleTemplate, closedEarlyAt, at, closedEarlyBy, by,
                formulaVersion, minimumPraise, insightShowsScore, insightSharesNotes);
    }

    /** The same campaign scored by another formula, with another minimum of praise (settings, not code). */
    public Campaign withScoring(String version, int minimum) {
        return new Campaign(year, timeZone, praiseOpensAt, praiseClosesAt, awardsAt, categories, industries, aspects,
                sizeClasses, topN, qualityMarkThreshold, qualityMarkTitleTemplate, closedEarlyAt, publishedAt,
                closedEarlyBy, publishedBy, version, minimum, insightShowsScore, insightSharesNotes);
    }

    /** The same campaign with other settings of the participants' own view (issue 18). */
    public Campaign withInsightSettings(boolean showsScore, boolean sharesNotes) {
        return new Campaign(year, timeZone, praiseOpensAt, praiseClosesAt, awardsAt, categories, industries, aspects,
                sizeClasses, topN, qualityMarkThreshold, qualityMarkTitleTemplate, closedEarlyAt, publishedAt,
                closedEarlyBy, publishedBy, formulaVersion, minimumPraise, showsScore, sharesNotes);
    }

    /** The day the results are published, in the campaign's time zone (the date printed on certificates). */
    public LocalDate publicationDay() {
        return LocalDate.ofInstant(publishedAt == null ? awardsAt : publishedAt, timeZone);
    }

    public CampaignState stateAt(Instant now) {
        if (publishedAt != null) {
            return CampaignState.PUBLISHED;
        }
        if (now.isBefore(praiseOpensAt)) {
            return CampaignState.UPCOMING;
        }
        if (closedEarlyAt != null && !now.isBefore(closedEarlyAt)) {
            return CampaignState.CLOSED;
        }
        // The window is announced to the second ("until 23:59:59"), so that whole second counts.
        if (!now.isBefore(praiseClosesAt.plus(Duration.ofSeconds(1)))) {
            return CampaignState.CLOSED;
        }
        return CampaignState.OPEN;
    }

    /** Refuses praise, and its confirmation, outside the window. */
    public void requireOpenAt(Instant now) {
        switch (stateAt(now)) {
            case OPEN -> {
            }
            case UPCOMING -> throw new RefusedException(ErrorCode.NOT_OPEN_YET, "campaign",
                    "praise opens at " + praiseOpensAt.atZone(timeZone).toOffsetDateTime());
            default -> throw new RefusedException(ErrorCode.CLOSED, "campaign",
                    "praise for the " + year + " campaign has closed");
        }
    }

    public String qualityMarkTitle() {
        return qualityMarkTitleTemplate.replace("{year}", Integer.toString(year));
    }

    public Optional<Term> category(String code) {
        return find(categories, code);
    }

    public Optional<Term> industry(String code) {
        return find(industries, code);
    }

    public Optional<Term> aspect(String code) {
        return find(aspects, code);
    }

    /** Refuses a praise's aspects unless each is one of this campaign's own (the list its form shows). */
    public void requireAspects(List<String> codes) {
        for (String code : codes) {
            if (aspect(code).isEmpty()) {
                throw RefusedException.invalid("aspects", "unknown aspect '" + (code.length() > 40 ? code.substring(0, 40)
                        + "…" : code) + "': use " + String.join(", ", aspects.stream().map(Term::code).toList()));
            }
        }
    }

    public Optional<Term> sizeClass(String code) {
        return find(sizeClasses, code);
    }

    private static Optional<Term> find(List<Term> terms, String code) {
        return terms.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
