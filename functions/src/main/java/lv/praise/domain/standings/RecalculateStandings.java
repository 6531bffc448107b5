package lv.praise.domain.standings;

import java.util.function.IntSupplier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.Evaluation;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.EvaluationStore;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.RefusedException;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringEngine;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.scoring.ExactScore;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.visits.CriterionResultStore;
import lv.praise.domain.visits.CriterionResults;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.VisitStatus;
import lv.praise.domain.visits.VisitStore;

/**
 * Use case: recalculate every participant of the campaign from the raw data (participants, all
 * praise, evaluations) and store the result as the snapshot of today. Nothing is carried over from
 * an earlier run, so running it again on the same day gives the same snapshot, replacing the first.
 *
 * <p>The date is the calendar day of the run in the campaign's time zone (Europe/Riga): the nightly
 * run at 02:00 on 5 March writes the snapshot of 5 March, whatever the UTC date is.
 *
 * <p>A day's snapshot is kept for {@link #DEFAULT_RETENTION_DAYS} days after its day (or the retention
 * given), then expires: a snapshot a day would otherwise pile up for good. The one publication saves –
 * the final standings behind the published results – is kept.
 */
public final class RecalculateStandings {
    /**
     * 35 days: longer than the praise window (a calendar month), so while the campaign runs every day
     * of it can be compared with any other, and the window's last days stay readable past the awards
     * (about two weeks after the close) for the questions that follow them.
     */
    public static final int DEFAULT_RETENTION_DAYS = 35;

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final EvaluationStore evaluations;
    private final ScoringSource praise;
    private final StandingsStore standings;
    private final Clock clock;
    private final int retentionDays;
    /** Approved visits count as evaluations (docs/scoring.md §10); null: a store without visits. */
    private VisitStore visits;
    private CriterionResultStore criterionResults;
    /** What follows each saved run (issue 18's insight rebuild); none by default. */
    private java.util.function.BiConsumer<ScoringRun, Boolean> afterSave;

    public RecalculateStandings(int campaignYear, CampaignStore campaigns, ParticipantStore participants,
                                EvaluationStore evaluations, ScoringSource praise, StandingsStore standings,
                                Clock clock) {
        this(campaignYear, campaigns, participants, evaluations, praise, standings, clock, DEFAULT_RETENTION_DAYS);
    }

    /** @param retentionDays how many days after its day a snapshot stays readable (at least 1) */
    public RecalculateStandings(int campaignYear, CampaignStore campaigns, ParticipantStore participants,
                                EvaluationStore evaluations, ScoringSource praise, StandingsStore standings,
                                Clock clock, int retentionDays) {
        this(() -> campaignYear, campaigns, participants, evaluations, praise, standings, clock, retentionDays);
    }

    public RecalculateStandings(IntSupplier campaignYear, CampaignStore campaigns, ParticipantStore participants,
                                EvaluationStore evaluations, ScoringSource praise, StandingsStore standings,
                                Clock clock, int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("the standings retention must be at least one day, not " + retentionDays);
        }
        this.retentionDays = retentionDays;
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.participants = participants;
        this.evaluations = evaluations;
        this.praise = praise;
        this.standings = standings;
        this.clock = clock;
    }

    /**
     * The same recalculation, reading approved visits as evaluations too, and keeping each participant's
     * per-criterion results at every {@link #run}.
     */
    public RecalculateStandings withVisits(VisitStore visitStore, CriterionResultStore results) {
        RecalculateStandings copy = new RecalculateStandings(campaignYear, campaigns, participants, evaluations, praise,
                standings, clock, retentionDays);
        copy.visits = visitStore;
        copy.criterionResults = results;
        copy.afterSave = afterSave;
        return copy;
    }

    /**
     * The same recalculation, handing every saved run to {@code then} (issue 18: the participants' insight is
     * rebuilt from it): with {@code true} for the publication's final run, whose ranks may be shown.
     */
    public RecalculateStandings then(java.util.function.BiConsumer<ScoringRun, Boolean> then) {
        RecalculateStandings copy = withVisits(visits, criterionResults);
        copy.afterSave = then;
        return copy;
    }

    /**
     * Recalculates and stores today's snapshot. Refused once the campaign is published: the published
     * results are final, and a later snapshot would only differ from them (e.g. by a late import).
     */
    public Recalculation run() {
        long started = System.nanoTime();
        Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
        if (campaign.publishedAt() != null) {
            throw new RefusedException(ErrorCode.CLOSED, "campaign", "the " + campaignYear.getAsInt()
                    + " results are published, so the standings are final and are not recalculated");
        }
        ScoringRun scored = score();
        boolean latest = save(scored);
        if (criterionResults != null) {
            criterionResults.keep(campaignYear.getAsInt(), CriterionResults.of(scored.visits()));
        }
        if (afterSave != null) {
            afterSave.accept(scored, false);
        }
        return summary(scored, latest, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Scores every participant from the raw data, without storing anything: what a run would store,
     * with the inputs it used (so a publication can digest them).
     */
    public ScoringRun score() {
        return score(false);
    }

    /**
     * {@link #score()} for a campaign whose counts are frozen (the publication's final read): the praise is
     * read until it agrees with the participants' frozen counters ({@link ScoringSource#settledTally}).
     */
    public ScoringRun scoreFrozen() {
        return score(true);
    }

    private ScoringRun score(boolean frozen) {
        Instant now = clock.instant();
        Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
        ScoringRules rules = ScoringRules.forCampaign(campaign);

        // The praise scan takes longest: it runs while the participants and evaluations are read.
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "praise-tally");
            thread.setDaemon(true);
            return thread;
        });
        ComponentTally tally;
        List<ParticipantProfile> profiles;
        List<Evaluation> evaluated;
        List<Visit> approved;
        try {
            Future<ComponentTally> tallied = background.submit(() -> frozen
                    ? praise.settledTally(campaignYear.getAsInt(), rules) : praise.tally(campaignYear.getAsInt(), rules));
            List<Participant> listed = participants.all(campaignYear.getAsInt());
            profiles = new ArrayList<>(listed.size());
            for (Participant participant : listed) {
                profiles.add(ParticipantProfile.of(participant));
            }
            evaluated = evaluations.all(campaignYear.getAsInt()).stream().filter(e -> e.campaignYear() == campaignYear.getAsInt()).toList();
            approved = visits == null ? List.of() : visits.all(campaignYear.getAsInt()).stream()
                    .filter(v -> v.status() == VisitStatus.APPROVED && v.latest() != null).toList();
            tally = join(tallied);
        } finally {
            background.shutdownNow();
        }
        Standings result = ScoringEngine.scoreExact(profiles, tally, evaluationScores(evaluated, approved), rules);
        return new ScoringRun(campaign, now, profiles, tally, evaluated, result, approved);
    }

    /** Stores a run as the snapshot of its day, to expire after the retention; whether it became the latest. */
    public boolean save(ScoringRun scored) {
        LocalDate date = LocalDate.ofInstant(scored.at(), scored.campaign().timeZone());
        return standings.save(new StandingsSnapshot(campaignYear.getAsInt(), date, scored.at(), scored.standings()),
                Optional.of(expiryOf(date, scored.campaign())));
    }

    /**
     * Stores the publication's run as the snapshot of its day, kept for good: the final standings of
     * every participant, of which the results record publishes only the TOP-N. One per campaign.
     */
    public boolean saveFinal(ScoringRun scored) {
        LocalDate date = LocalDate.ofInstant(scored.at(), scored.campaign().timeZone());
        boolean latest = standings.save(new StandingsSnapshot(campaignYear.getAsInt(), date, scored.at(), scored.standings()),
                Optional.empty());
        if (afterSave != null) {
            // Rerun by a retried publication like the rest of it (the rebuild replaces what it writes).
            afterSave.accept(scored, true);
        }
        return latest;
    }

    /**
     * The start of the day after the retention's last, in the campaign's time zone: the snapshot of
     * 5 March with 35 days is readable to the end of 9 April. Whole seconds, as DynamoDB's TTL counts.
     */
    Instant expiryOf(LocalDate date, Campaign campaign) {
        return date.plusDays(retentionDays + 1L).atStartOfDay(campaign.timeZone()).toInstant();
    }

    private Recalculation summary(ScoringRun scored, boolean latest, Duration took) {
        ComponentTally tally = scored.tally();
        Standings result = scored.standings();
        long praisesRead = tally.countedPraise() + tally.ignoredUnconfirmed() + tally.ignoredRejected();
        return new Recalculation(campaignYear.getAsInt(), LocalDate.ofInstant(scored.at(), scored.campaign().timeZone()),
                scored.at(), scored.profiles().size(), praisesRead, result.counts().countedPraise(),
                result.counts().eligible(), took, latest);
    }

    private static ComponentTally join(Future<ComponentTally> tallied) {
        try {
            return tallied.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the praise", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading the praise failed", e.getCause());
        }
    }

    /**
     * Evaluation scores by participant id: the imported whole numbers and the approved visits' exact scores
     * together (a visit's score is never rounded to a whole number here).
     */
    private static Map<String, List<ExactScore>> evaluationScores(List<Evaluation> all, List<Visit> approved) {
        Map<String, List<ExactScore>> byParticipant = new HashMap<>();
        for (Evaluation evaluation : all) {
            byParticipant.computeIfAbsent(evaluation.participantId(), id -> new ArrayList<>())
                    .add(ExactScore.of(BigDecimal.valueOf(evaluation.score())));
        }
        for (Visit visit : approved) {
            byParticipant.computeIfAbsent(visit.participantId(), id -> new ArrayList<>())
                    .add(new ExactScore(visit.latest().score().numerator(), visit.latest().score().denominator()));
        }
        return byParticipant;
    }
}
