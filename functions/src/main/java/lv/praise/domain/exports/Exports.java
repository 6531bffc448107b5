package lv.praise.domain.exports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.RefusedException;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.AwardStore;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.ModerationStore;
import lv.praise.domain.moderation.Position;
import lv.praise.domain.nominations.Nomination;
import lv.praise.domain.scoring.ParticipantScore;
import lv.praise.domain.scoring.PublicScore;
import lv.praise.domain.standings.ReadStandings;
import lv.praise.domain.standings.StandingsSnapshot;

/**
 * Use case: the organisers' CSV exports, built from the same data the console's pages show – the latest standings
 * snapshot, the awards, a participant's confirmed praise (every review state), the nominations and the evaluations.
 */
public final class Exports {

    public enum Kind {
        STANDINGS, AWARDS, PRAISE, NOMINATIONS, EVALUATIONS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromCode(String code) {
            for (Kind k : values()) {
                if (k.code().equals(code)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** One part of an export: a whole CSV file; {@code parts} > 1 only for a table larger than {@link Csv#PART_BYTES}. */
    public record File(String filename, String text, int part, int parts) {
    }

    /** How many praises a page of the review queue holds while a participant's praise is read for the export. */
    private static final int PAGE = 100;

    private final java.util.function.IntSupplier campaignYear;
    private final ReadStandings standings;
    private final AwardStore awards;
    private final SiteUrl siteUrl;
    private final ModerationStore moderation;
    private final ParticipantStore participants;
    private final Supplier<List<Nomination>> nominations;
    private final List<EvaluationSource> evaluations;

    /**
     * @param nominations the nominations as the console lists them ({@code Nominations::list})
     * @param evaluations every source of evaluation rows, in the order they are listed
     */
    /** A fixed year (tests, and tools that name the year). */
    public Exports(int campaignYear, ReadStandings standings, AwardStore awards, SiteUrl siteUrl,
                   ModerationStore moderation, ParticipantStore participants, Supplier<List<Nomination>> nominations,
                   List<EvaluationSource> evaluations) {
        this(() -> campaignYear, standings, awards, siteUrl, moderation, participants, nominations, evaluations);
    }

    public Exports(java.util.function.IntSupplier campaignYear, ReadStandings standings, AwardStore awards, SiteUrl siteUrl,
                   ModerationStore moderation, ParticipantStore participants, Supplier<List<Nomination>> nominations,
                   List<EvaluationSource> evaluations) {
        this.campaignYear = campaignYear;
        this.standings = standings;
        this.awards = awards;
        this.siteUrl = siteUrl;
        this.moderation = moderation;
        this.participants = participants;
        this.nominations = nominations;
        this.evaluations = List.copyOf(evaluations);
    }

    /**
     * @param kindCode    the export's code (required)
     * @param participant the participant whose praise is exported (required for {@code praise}, refused for the others)
     * @param partText    the part asked for, 1-based (absent: 1)
     */
    public File export(String kindCode, String participant, String partText) {
        if (kindCode == null || kindCode.isBlank()) {
            throw new RefusedException(ErrorCode.INVALID, "kind", "kind is required: one of standings, awards, praise, "
                    + "nominations, evaluations");
        }
        Kind kind = Kind.fromCode(kindCode.strip()).orElseThrow(() -> new RefusedException(ErrorCode.INVALID, "kind",
                "kind must be one of standings, awards, praise, nominations, evaluations"));
        int part = part(partText);
        if (kind == Kind.PRAISE && (participant == null || participant.isBlank())) {
            throw new RefusedException(ErrorCode.INVALID, "participant", "participant is required for the praise export");
        }
        if (kind != Kind.PRAISE && participant != null) {
            throw new RefusedException(ErrorCode.INVALID, "participant", "participant is only for the praise export");
        }
        if (kind == Kind.PRAISE && !Participant.isId(participant.strip())) {
            throw RefusedException.invalid("participant", "participant is not a participant id");
        }
        String name;
        Csv csv;
        switch (kind) {
            case STANDINGS -> {
                StandingsSnapshot snapshot;
                try {
                    snapshot = standings.latest();
                } catch (RefusedException e) {
                    // The route has no date: what is missing is the export itself.
                    throw new RefusedException(e.code(), "kind", e.getMessage());
                }
                csv = standings(snapshot);
                name = "standings-" + campaignYear.getAsInt() + "-" + snapshot.date();
            }
            case AWARDS -> {
                csv = awards();
                name = "awards-" + campaignYear.getAsInt();
            }
            case PRAISE -> {
                Participant p = participants.find(campaignYear.getAsInt(), participant.strip()).orElseThrow(() -> new RefusedException(
                        ErrorCode.UNKNOWN_PARTICIPANT, "participant", "no participant " + participant.strip()));
                csv = praise(p);
                name = "praise-" + campaignYear.getAsInt() + "-" + safe(p.id());
            }
            case NOMINATIONS -> {
                csv = nominations();
                name = "nominations-" + campaignYear.getAsInt();
            }
            default -> {
                csv = evaluations();
                name = "evaluations-" + campaignYear.getAsInt();
            }
        }
        List<String> parts = csv.parts();
        if (part > parts.size()) {
            throw new RefusedException(ErrorCode.INVALID, "part", "this export has " + parts.size() + " part(s)");
        }
        String filename = name + (parts.size() > 1 ? "-part" + part : "") + ".csv";
        return new File(filename, parts.get(part - 1), part, parts.size());
    }

    private static int part(String text) {
        if (text == null) {
            return 1;
        }
        try {
            int part = Integer.parseInt(text.strip());
            if (part >= 1) {
                return part;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RefusedException(ErrorCode.INVALID, "part", "part must be a whole number from 1");
    }

    /** A participant id as a file name's part: letters, digits, '-' and '_' only. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    // --- standings: every component, as the standings page shows it ---

    static final List<String> STANDINGS_COLUMNS = List.of("position", "rank", "participant_id", "name", "category",
            "industry", "size_class", "eligible", "reason", "total", "online_n", "online_stars", "online_score",
            "branch_n", "branch_stars", "branch_score", "mystery_n", "mystery_score", "confirmed_praise",
            "rank_category", "rank_category_size", "rank_industry", "snapshot_date", "generated_at");

    private static Csv standings(StandingsSnapshot snapshot) {
        Csv csv = new Csv(STANDINGS_COLUMNS);
        int position = 0;
        for (ParticipantScore r : snapshot.standings().rows()) {
            position++;
            List<Object> cells = new ArrayList<>();
            cells.add(position);
            cells.add(r.ranks().overall());
            cells.add(r.id());
            cells.add(r.name());
            cells.add(r.participant().category());
            cells.add(r.participant().industry());
            cells.add(r.participant().sizeClass());
            cells.add(r.eligible() ? "yes" : "no");
            cells.add(r.reason() == null ? null : r.reason().name().toLowerCase(Locale.ROOT));
            cells.add(r.total() == null ? null : r.total().toPlainString());
            component(cells, r.online());
            component(cells, r.branch());
            cells.add(r.mystery() == null ? null : r.mystery().evaluationCount());
            cells.add(r.mystery() == null ? null : r.mystery().score().toPlainString());
            cells.add(r.confirmedPraiseCount());
            cells.add(r.ranks().inCategory());
            cells.add(r.ranks().inCategoryAndSize());
            cells.add(r.ranks().inIndustry());
            cells.add(snapshot.date());
            cells.add(snapshot.generatedAt());
            csv.row(cells);
        }
        return csv;
    }

    private static void component(List<Object> cells, PublicScore score) {
        cells.add(score == null ? null : score.praiseCount());
        cells.add(score == null ? null : score.starSum());
        cells.add(score == null || score.score() == null ? null : score.score().toPlainString());
    }

    // --- awards: recipients, codes and the certificates' links ---

    static final List<String> AWARDS_COLUMNS = List.of("rank", "participant_id", "name", "category", "certificate_code",
            "issued_on", "quality_mark_title", "letter_state", "letter_sent_at", "certificate_pdf", "verification_page");

    private Csv awards() {
        List<Award> all = awards.all(campaignYear.getAsInt()).stream().sorted(Comparator.comparingInt(Award::rank)
                .thenComparing(Award::participantName, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        if (all.isEmpty()) {
            throw new RefusedException(ErrorCode.NOT_PUBLISHED, "kind",
                    "the " + campaignYear.getAsInt() + " results have not been published yet: there are no awards to export");
        }
        Csv csv = new Csv(AWARDS_COLUMNS);
        for (Award a : all) {
            String code = CertificateCode.format(a.certificateCode());
            // Without the site's address (a stack not yet deployed twice) the links are left empty, not made up.
            String pdf = siteUrl.configured() ? siteUrl.link("/api/certificates/" + code + "/pdf") : null;
            String verify = siteUrl.configured() ? siteUrl.link("/verify.html?code=" + code) : null;
            csv.row(java.util.Arrays.asList(a.rank(), a.participantId(), a.participantName(), a.category(), code,
                    a.issuedOn(), a.qualityMarkTitle(), a.state().code(), a.sentAt(), pdf, verify));
        }
        return csv;
    }

    // --- one participant's confirmed praise, every review state ---

    static final List<String> PRAISE_COLUMNS = List.of("praise_id", "participant_id", "participant_name", "confirmed_at",
            "channel", "branch", "stars", "aspects", "employee", "text", "review", "reject_reason", "lang", "entered");

    private Csv praise(Participant participant) {
        List<ModeratedPraise> all = new ArrayList<>();
        for (ModerationStatus status : ModerationStatus.values()) {
            Position after = null;
            while (true) {
                ModerationStore.Page page = moderation.queue(campaignYear.getAsInt(), status, participant.id(), PAGE, after);
                all.addAll(page.items());
                if (!page.more() || page.items().isEmpty()) {
                    break;
                }
                after = Position.of(page.items().get(page.items().size() - 1));
            }
        }
        all.sort(Comparator.comparing((ModeratedPraise m) -> m.praise().confirmedAt(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ModeratedPraise::id));
        Csv csv = new Csv(PRAISE_COLUMNS);
        for (ModeratedPraise m : all) {
            var p = m.praise();
            csv.row(java.util.Arrays.asList(p.id(), p.participantId(), participant.name(), p.confirmedAt(),
                    p.channel() == null ? null : p.channel().code(), p.branch(), p.stars(), String.join(" ", p.aspects()),
                    p.employee(), p.text(), m.status().code(),
                    m.reason() == null ? null : m.reason().name().toLowerCase(Locale.ROOT),
                    p.lang() == null ? null : p.lang().code(), m.enteredBy() == null ? "no" : "yes"));
        }
        return csv;
    }

    // --- nominations: a row per person's reason (a nomination without any: one row with none) ---

    static final List<String> NOMINATIONS_COLUMNS = List.of("name", "people", "spellings", "first_at", "last_at",
            "spelling", "reason", "reason_at");

    private Csv nominations() {
        Csv csv = new Csv(NOMINATIONS_COLUMNS);
        for (Nomination n : nominations.get()) {
            String spellings = String.join(" | ", n.spellings());
            if (n.reasons().isEmpty()) {
                csv.row(java.util.Arrays.asList(n.name(), n.count(), spellings, n.firstAt(), n.lastAt(), null, null, null));
            }
            for (Nomination.Reason r : n.reasons()) {
                csv.row(java.util.Arrays.asList(n.name(), n.count(), spellings, n.firstAt(), n.lastAt(), r.name(),
                        r.text(), r.at()));
            }
        }
        return csv;
    }

    // --- evaluations: every source's rows, with the participant's name ---

    static final List<String> EVALUATIONS_COLUMNS = List.of("source", "participant_id", "participant_name", "date",
            "evaluator", "channel", "score", "status", "details");

    private Csv evaluations() {
        Map<String, String> names = new HashMap<>();
        participants.all(campaignYear.getAsInt()).forEach(p -> names.put(p.id(), p.name()));
        Csv csv = new Csv(EVALUATIONS_COLUMNS);
        for (EvaluationSource source : evaluations) {
            List<EvaluationSource.Row> rows = new ArrayList<>(source.rows(campaignYear.getAsInt()));
            rows.sort(Comparator.comparing(EvaluationSource.Row::participantId).thenComparing(EvaluationSource.Row::date)
                    .thenComparing(EvaluationSource.Row::evaluator));
            for (EvaluationSource.Row r : rows) {
                csv.row(java.util.Arrays.asList(r.source(), r.participantId(), names.get(r.participantId()), r.date(),
                        r.evaluator(), r.channel(), r.score().toPlainString(), r.status(), r.details()));
            }
        }
        return csv;
    }

    /** The imported evaluations as a source (the CSV import's store). */
    public static EvaluationSource imported(lv.praise.domain.EvaluationStore store) {
        return year -> store.all(year).stream().map(e -> new EvaluationSource.Row("import", e.participantId(), e.date(),
                e.evaluator(), e.channel(), java.math.BigDecimal.valueOf(e.score()), "", "")).toList();
    }

    /**
     * The structured visits as a source: those submitted or approved (a planned or returned visit has no result
     * that counts), each with its latest submission's day, score and comment and its review state. The evaluator
     * is the address the visit is planned for.
     */
    public static EvaluationSource visits(lv.praise.domain.visits.VisitStore store) {
        return year -> store.all(year).stream()
                .filter(v -> v.status().done() && v.latest() != null)
                .map(v -> new EvaluationSource.Row("visit", v.participantId(), v.latest().visitedAt().toLocalDate(),
                        v.evaluator(), v.channel(), v.latest().score().shown(), v.status().code(),
                        v.latest().comment() == null ? "" : v.latest().comment()))
                .toList();
    }
}
