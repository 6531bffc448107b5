package lv.praise.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoModerationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.domain.Campaign;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Participant;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.ModerationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The demo data of the local run: a campaign whose praise window is open on the day the server
 * starts, and the participants of {@code demo-participants.csv}. Seeding goes through the real
 * adapters and is an upsert, so a kept data folder keeps its praise counts.
 */
final class DemoData {
    static final String RESOURCE = "/demo-participants.csv";
    static final String HEADER = "id;name;category;industry;sizeClass;branches;contactEmail";
    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,79}$");
    /** How the demo window lies around the start day (Riga time). */
    static final int OPENED_DAYS_AGO = 7;
    static final int CLOSES_IN_DAYS = 21;
    static final int AWARDS_DAYS_AFTER_CLOSE = 7;
    static final String DEMO_EVALUATOR = "Demo slepenais pircējs";

    record Row(int line, String id, String name, String category, String industry, String sizeClass,
               List<String> branches, String contactEmail) {
    }

    record Seeded(Campaign campaign, List<String> participantIds) {
    }

    private final List<Row> rows;

    private DemoData(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static DemoData load() {
        InputStream in = DemoData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Semicolon-separated lines with the header {@value #HEADER}; '#' starts a comment line. */
    static DemoData parse(Reader reader, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean header = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw invalid(source, number, "the first line must be the header " + HEADER);
                }
                header = true;
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 7) {
                throw invalid(source, number, "expected 7 fields separated by ';', found " + f.length);
            }
            String id = f[0].strip();
            if (!ID.matcher(id).matches()) {
                throw invalid(source, number, "id '" + id + "' is not a lower-case slug (" + ID + ")");
            }
            if (!ids.add(id)) {
                throw invalid(source, number, "id '" + id + "' appears twice");
            }
            if (f[1].isBlank()) {
                throw invalid(source, number, "the name is empty");
            }
            List<String> branches = new ArrayList<>();
            for (String branch : f[5].split("\\|")) {
                if (!branch.isBlank()) {
                    branches.add(branch.strip());
                }
            }
            String email = f[6].strip();
            rows.add(new Row(number, id, f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip(), branches,
                    email.isEmpty() ? null : email));
        }
        return new DemoData(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** The campaign of the start day's year, opened a week ago and closing in three weeks (Riga time). */
    static Campaign campaign(LocalDate today) {
        ZoneId riga = Campaign.RIGA;
        LocalDate closes = today.plusDays(CLOSES_IN_DAYS);
        return Campaign.defaults(today.getYear()).withCalendar(
                today.minusDays(OPENED_DAYS_AGO).atStartOfDay(riga).toInstant(),
                closes.atTime(LocalTime.of(23, 59, 59)).atZone(riga).toInstant(),
                closes.plusDays(AWARDS_DAYS_AFTER_CLOSE).atTime(LocalTime.NOON).atZone(riga).toInstant());
    }

    /** The participants of the campaign; every code must be in the campaign's vocabulary. */
    List<Participant> participants(Campaign campaign) {
        List<Participant> participants = new ArrayList<>();
        for (Row r : rows) {
            if (campaign.category(r.category()).isEmpty()) {
                throw invalid(RESOURCE, r.line(), "unknown category " + r.category());
            }
            if (campaign.industry(r.industry()).isEmpty()) {
                throw invalid(RESOURCE, r.line(), "unknown industry " + r.industry());
            }
            if (campaign.sizeClass(r.sizeClass()).isEmpty()) {
                throw invalid(RESOURCE, r.line(), "unknown size class " + r.sizeClass());
            }
            participants.add(new Participant(campaign.year(), r.id(), r.name(), r.category(), r.industry(),
                    r.sizeClass(), r.branches(), r.contactEmail(), 0));
        }
        return participants;
    }

    /**
     * The demo's mystery-shopper evaluations: every participant with a contact e-mail is evaluated
     * (a visit and a phone call); most reach the quality-mark threshold and every sixth does not, so
     * the demo campaign has more eligible participants than the TOP-50 and each awardee can be mailed.
     */
    List<Evaluation> evaluations(Campaign campaign) {
        List<Evaluation> evaluations = new ArrayList<>();
        LocalDate visited = campaign.praiseOpensAt().atZone(campaign.timeZone()).toLocalDate().plusDays(2);
        if (visited.getYear() != campaign.year()) {
            visited = LocalDate.of(campaign.year(), 1, 15);
        }
        int i = 0;
        for (Row r : rows) {
            if (r.contactEmail() == null) {
                continue;
            }
            int score = i % 6 == 0 ? 72 + i % 7 : 80 + (i * 7) % 19;
            evaluations.add(new Evaluation(campaign.year(), r.id(), visited, DEMO_EVALUATOR, "visit", score - 1));
            evaluations.add(new Evaluation(campaign.year(), r.id(), visited, DEMO_EVALUATOR, "phone", score + 1));
            i++;
        }
        return evaluations;
    }

    /** Who typed the demo's praise in (it is stored as praise an organiser entered, confirmed and approved). */
    static final lv.praise.domain.Actor DEMO_ENTERED_BY = new lv.praise.domain.Actor("demo-organiser", "demo@praise.example.lv");

    /**
     * The demo's praise: every evaluated participant gets at least the campaign's minimum of praise (so
     * the demo's TOP-50 exists under formula 2027.2 and no awardee has fewer), some of it at a branch for
     * participants with branches; the others get a few, below the minimum. Ids are derived from the
     * participant and the praise's number, so seeding again finds what it wrote.
     */
    List<ModeratedPraise> praise(Campaign campaign) {
        Instant first = campaign.praiseOpensAt().plusSeconds(3600);
        List<ModeratedPraise> praise = new ArrayList<>();
        int i = 0;
        int evaluated = 0;
        for (Row r : rows) {
            int count = r.contactEmail() == null ? i % 4 : campaign.minimumPraise() + (i * 5) % 9;
            // The participants whose evaluations miss the mark (every sixth, as in evaluations()) get
            // middling praise too, so the demo keeps some below the threshold.
            boolean weak = r.contactEmail() != null && evaluated++ % 6 == 0;
            for (int k = 0; k < count; k++) {
                // Spread over the days the window has been open (never today or later), more each day as word of
                // the campaign gets round, so the dashboard's daily trend has a shape.
                double u = ((i * 37 + k * 53) % 100 + 0.5) / 100;
                Instant at = first.plus(Duration.ofDays((long) (OPENED_DAYS_AGO * Math.sqrt(u)))).plusSeconds(k * 60L);
                boolean atBranch = !r.branches().isEmpty() && k % 2 == 1;
                int stars = weak ? 3 : (k + i) % 5 == 0 ? 4 : 5;
                // Employees named as praisers write them (issue 18): one name in two spellings that match leniently
                // ("Anna Bērziņa", "anna berzina"), a misspelling to merge ("Ane Bērziņa"), another person, none.
                String employee = EMPLOYEES.get((i + k) % EMPLOYEES.size());
                List<String> aspects = List.of(campaign.aspects().get((i + k) % campaign.aspects().size()).code(),
                        campaign.aspects().get((i * 3 + k) % campaign.aspects().size()).code()).stream().distinct().toList();
                Praise p = Praise.entered(demoPraiseId(campaign.year(), r.id(), k), campaign.year(), r.name(),
                        new Praise.Content(r.id(), atBranch ? r.branches().get(0) : null, employee, stars, aspects,
                                TEXTS.get((i + 2 * k) % TEXTS.size()), atBranch ? Channel.BRANCH : Channel.ONLINE,
                                Lang.LV), at);
                praise.add(new ModeratedPraise(p, ModerationStatus.APPROVED, null, DEMO_ENTERED_BY, at,
                        DEMO_ENTERED_BY));
            }
            i++;
        }
        return praise;
    }

    /** The employees the demo's praise names (null: none named). */
    static final List<String> EMPLOYEES = java.util.Arrays.asList("Anna Bērziņa", "anna berzina", "Jānis Kalniņš",
            "Ane Bērziņa", null, "Līga Ozola");
    static final List<String> TEXTS = List.of("Paldies par labu apkalpošanu!",
            "Ļoti laipni un ātri palīdzēja atrast vajadzīgo.", "Izcila attieksme, noteikti nākšu vēl!",
            "Pacietīgi izskaidroja visu, ko nesapratu.");

    /**
     * The demo's per-criterion mystery results (issue 18's page shows them): every evaluated participant (with a
     * contact e-mail, as in evaluations()) gets a mean per criterion of the default questionnaire, overall and for
     * a visit and a call. The nightly recalculation replaces them with the approved visits' (none in the demo).
     */
    Map<String, lv.praise.domain.visits.CriterionResults> criterionResults(Campaign campaign) {
        Map<String, lv.praise.domain.visits.CriterionResults> results = new java.util.TreeMap<>();
        int i = 0;
        for (Row r : rows) {
            if (r.contactEmail() == null) {
                continue;
            }
            Map<String, lv.praise.domain.visits.CriterionResults.Mean> overall = new java.util.TreeMap<>();
            Map<String, lv.praise.domain.visits.CriterionResults.Mean> visit = new java.util.TreeMap<>();
            Map<String, lv.praise.domain.visits.CriterionResults.Mean> phone = new java.util.TreeMap<>();
            int c = 0;
            for (var criterion : lv.praise.domain.visits.Questionnaire.defaults(campaign.year()).criteria()) {
                int a = 60 + (i * 11 + c * 7) % 40;
                int b = 55 + (i * 13 + c * 5) % 45;
                visit.put(criterion.id(), mean(a, 1));
                phone.put(criterion.id(), mean(b, 1));
                overall.put(criterion.id(), new lv.praise.domain.visits.CriterionResults.Mean(
                        java.math.BigDecimal.valueOf(a + b).divide(java.math.BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP), 2));
                c++;
            }
            results.put(r.id(), new lv.praise.domain.visits.CriterionResults(2, overall, Map.of("visit", visit, "phone", phone),
                    Map.of()));
            i++;
        }
        return results;
    }

    private static lv.praise.domain.visits.CriterionResults.Mean mean(int value, int n) {
        return new lv.praise.domain.visits.CriterionResults.Mean(java.math.BigDecimal.valueOf(value).setScale(2), n);
    }

    static String demoPraiseId(int year, String participantId, int number) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((year + "#" + participantId + "#" + number).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Writes (upserts) the campaign, its participants and the demo evaluations into the table. A
     * campaign kept in a data folder that was closed early or published stays as it is: those are
     * irreversible, and the restart must not reopen it.
     */
    Seeded seed(DynamoDbClient dynamo, String table, LocalDate today) {
        DynamoCampaignStore campaigns = new DynamoCampaignStore(dynamo, table);
        Campaign fresh = campaign(today);
        Campaign campaign = campaigns.find(fresh.year())
                .filter(stored -> stored.closedEarlyAt() != null || stored.publishedAt() != null)
                .orElse(fresh);
        if (campaign == fresh) {
            campaigns.save(fresh);
        }
        List<Participant> participants = participants(campaign);
        DynamoParticipantStore store = new DynamoParticipantStore(dynamo, table);
        participants.forEach(store::save);
        new DynamoEvaluationStore(dynamo, table).saveAll(evaluations(campaign));
        if (campaign == fresh) {
            seedPraise(new DynamoModerationStore(dynamo, table), praise(campaign));
            // Issue 18's page at once: mystery results, and benchmark groups from the counters the praise moved.
            Map<String, lv.praise.domain.visits.CriterionResults> criteria = criterionResults(campaign);
            new lv.praise.adapter.DynamoVisitStore(dynamo, table, java.time.Clock.systemUTC()).keep(campaign.year(), criteria);
            new lv.praise.domain.insight.RebuildInsight(new lv.praise.adapter.DynamoInsightStore(dynamo, table),
                    java.time.Clock.systemUTC(), new lv.praise.adapter.DynamoVisitStore(dynamo, table,
                    java.time.Clock.systemUTC())).benchmarksOnly(campaign.year(),
                    participants.stream().map(lv.praise.domain.scoring.ParticipantProfile::of).toList(), criteria);
        }
        seedVisits(new lv.praise.adapter.DynamoVisitStore(dynamo, table, java.time.Clock.systemUTC()), campaign, participants,
                today);
        return new Seeded(campaign, participants.stream().map(Participant::id).toList());
    }

    /** The demo evaluator (issue 17): sign in locally with {"email": DEMO_EVALUATOR_EMAIL, "evaluator": true}. */
    static final String DEMO_EVALUATOR_EMAIL = "vertetajs@example.lv";

    /**
     * Four planned visits of the demo evaluator, one per channel, due around today – once: a kept data folder
     * whose evaluator has visits keeps them as they are (a submitted one is never planned again).
     */
    static void seedVisits(lv.praise.adapter.DynamoVisitStore store, Campaign campaign, List<Participant> participants,
                           LocalDate today) {
        if (!store.ofEvaluator(campaign.year(), DEMO_EVALUATOR_EMAIL).isEmpty()) {
            return;
        }
        List<String> channels = List.of("visit", "phone", "e-mail", "web");
        List<lv.praise.domain.visits.Visit> visits = new ArrayList<>();
        for (int i = 0; i < channels.size() && i < participants.size(); i++) {
            Participant p = participants.get(i);
            visits.add(new lv.praise.domain.visits.Visit(java.util.UUID.nameUUIDFromBytes(("demo-visit-" + campaign.year()
                    + "-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(), campaign.year(), p.id(), p.name(),
                    channels.get(i).equals("visit") && !p.branches().isEmpty() ? p.branches().get(0) : null, channels.get(i),
                    DEMO_EVALUATOR_EMAIL, today.minusDays(3), today.plusDays(14), lv.praise.domain.visits.VisitStatus.PLANNED,
                    null, new lv.praise.domain.Actor("demo", null), java.time.Instant.now(), null, List.of()));
        }
        store.plan(visits);
    }

    /** Through the real adapter, each praise once: what a kept data folder holds already is left as it is. */
    private static void seedPraise(DynamoModerationStore store, List<ModeratedPraise> praise) {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < praise.size(); from += 100) {
            List<String> ids = praise.subList(from, Math.min(praise.size(), from + 100)).stream()
                    .map(ModeratedPraise::id).toList();
            stored.addAll(store.findConfirmed(ids).keySet());
        }
        for (ModeratedPraise p : praise) {
            if (!stored.contains(p.id()) && store.saveEntered(p) != ModerationStore.EnterOutcome.STORED) {
                throw new IllegalStateException("demo praise for " + p.praise().participantId() + " was refused");
            }
        }
    }

    /**
     * No demo data written (PRAISE_DEMO_DATA=0, say on an endpoint that holds a campaign already): the
     * year's campaign as stored (the rules' defaults when none is), and the participants the table has.
     */
    static Seeded existing(DynamoDbClient dynamo, String table, int year) {
        Campaign campaign = new DynamoCampaignStore(dynamo, table).find(year).orElseGet(() -> Campaign.defaults(year));
        List<String> ids = new DynamoParticipantStore(dynamo, table).all(year).stream().map(Participant::id).sorted().toList();
        return new Seeded(campaign, ids);
    }

    private static IllegalStateException invalid(String source, int line, String message) {
        return new IllegalStateException(source + " line " + line + ": " + message);
    }
}
