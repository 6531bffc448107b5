package lv.praise;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.praise.adapter.Clocks;
import lv.praise.adapter.DynamoAwardStore;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoDashboardStore;
import lv.praise.adapter.DynamoErasureStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoNominationStore;
import lv.praise.adapter.DynamoModerationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.adapter.DynamoPublicationStore;
import lv.praise.adapter.DynamoScoringSource;
import lv.praise.adapter.DynamoStandingsStore;
import lv.praise.adapter.DynamoSubmissionLimits;
import lv.praise.adapter.DynamoSuppressionList;
import lv.praise.adapter.DynamoJobStore;
import lv.praise.adapter.DynamoVisitStore;
import lv.praise.adapter.FolderPosterArchive;
import lv.praise.adapter.HashKeys;
import lv.praise.adapter.JsonLog;
import lv.praise.adapter.S3PosterArchive;
import lv.praise.adapter.LambdaJobLauncher;
import lv.praise.adapter.OutboxMailer;
import lv.praise.adapter.PdfCertificates;
import lv.praise.adapter.PdfPosters;
import lv.praise.adapter.SchedulerAwardsSchedule;
import lv.praise.adapter.SesMailer;
import lv.praise.adapter.SqsMailQueue;
import lv.praise.adapter.Settings;
import lv.praise.adapter.SnapStartPriming;
import lv.praise.domain.ReadCampaign;
import lv.praise.domain.CurrentCampaign;
import lv.praise.domain.campaigns.AwardsSchedule;
import lv.praise.domain.campaigns.CampaignYears;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.contacts.ParticipantAccess;
import lv.praise.adapter.DynamoContactStore;
import lv.praise.domain.erasure.OrganiserErasure;
import lv.praise.domain.erasure.WithdrawPraise;
import lv.praise.domain.HashKeySource;
import lv.praise.domain.HashRetention;
import lv.praise.domain.intake.LimitPolicy;
import lv.praise.domain.Mailer;
import lv.praise.domain.ParticipantDirectory;
import lv.praise.domain.ReadParticipant;
import lv.praise.domain.SearchParticipants;
import lv.praise.domain.intake.SubmissionGate;
import lv.praise.domain.intake.SubmissionLimits;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.mail.MailQueue;
import lv.praise.domain.mail.RecordMailFeedback;
import lv.praise.domain.mail.SendConfirmation;
import lv.praise.domain.awards.CertificateDelivery;
import lv.praise.domain.awards.CertificateLookup;
import lv.praise.domain.awards.Certificates;
import lv.praise.domain.awards.CloseCampaign;
import lv.praise.domain.awards.PublicationStore;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.EvaluationStore;
import lv.praise.domain.imports.EvaluationImport;
import lv.praise.domain.imports.ParticipantEditor;
import lv.praise.domain.nominations.Nominations;
import lv.praise.domain.moderation.EnterPraise;
import lv.praise.domain.moderation.ModeratePraise;
import lv.praise.domain.moderation.PraiseWall;
import lv.praise.domain.imports.ParticipantImport;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.JobLauncher;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.posters.PosterArchive;
import lv.praise.domain.posters.Posters;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.ReadStandings;
import lv.praise.domain.visits.CriterionResultStore;
import lv.praise.domain.visits.Visits;
import org.crac.Core;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The composition root: builds the real adapters from the settings, once per container (a Lambda
 * container, or the local server's JVM), and only those a function asks for.
 */
public final class Wiring {
    private static volatile Wiring instance;
    /** One SES call at most; CertificateDelivery's lease and the publish deadline's margin allow for it. */
    static final Duration SES_CALL_TIMEOUT = Duration.ofSeconds(10);
    /**
     * The one Secrets Manager read per container (the hash key), retries included: an outage answers
     * 503 not_configured in seconds rather than holding the request until the function's timeout.
     */
    static final Duration SECRET_CALL_TIMEOUT = Duration.ofSeconds(3);

    /** The deployment's first year ({@code CAMPAIGN_YEAR}, template parameter CampaignYear): a default only. */
    private final int firstCampaignYear = Settings.requiredInt("CAMPAIGN_YEAR");
    private CurrentCampaign currentCampaign;
    private final String table = Settings.required("TABLE_NAME");
    private final Clock clock = Clocks.fromSettings();
    private DynamoDbClient dynamo;
    private PdfCertificates pdfCertificates;
    private PdfPosters pdfPosters;
    private Mailer mailer;
    private MailQueue mailQueue;
    private JobLauncher jobLauncher;
    private AwardsSchedule awardsSchedule;
    private PosterArchive posterArchive;
    private HashKeySource hashKey;
    private lv.praise.domain.contacts.ContactLogins contactLogins;
    private boolean siteUrlMissingLogged;
    /**
     * SnapStart's priming, registered once per container. A field, so that it lives as long as the wiring:
     * CRaC holds its resources only weakly.
     */
    private final SnapStartPriming priming = new SnapStartPriming(this::primingSteps);

    private Wiring() {
        Core.getGlobalContext().register(priming);
    }

    /**
     * The priming hook of this container's wiring, or null when no handler has asked for the wiring (a
     * function that builds no adapter): what Lambda calls before the snapshot; the cold-start bench calls it
     * in the same way.
     */
    public static SnapStartPriming snapStartPriming() {
        Wiring wiring = instance;
        return wiring == null ? null : wiring.priming;
    }

    /**
     * What to prime, decided at the checkpoint from what the handler's constructor built: the DynamoDB
     * client if it has one, the PDF renderers if it has them, the handlers' JSON and the runtime's event
     * serialization always (the latter where the runtime's class loader shows it). The SES
     * client is built but not primed: its only calls send mail.
     */
    private synchronized List<SnapStartPriming.Step> primingSteps() {
        List<SnapStartPriming.Step> steps = new ArrayList<>();
        if (dynamo != null) {
            steps.add(SnapStartPriming.dynamoRead(dynamo, table));
        }
        steps.add(SnapStartPriming.json());
        SnapStartPriming.runtimeSerialization().ifPresent(steps::add);
        if (pdfCertificates != null) {
            steps.add(SnapStartPriming.certificate(pdfCertificates));
        }
        if (pdfPosters != null) {
            steps.add(SnapStartPriming.poster(pdfPosters));
        }
        if (pdfPraiseCards != null) {
            steps.add(SnapStartPriming.praiseCards(pdfPraiseCards));
        }
        return steps;
    }

    public static Wiring get() {
        Wiring wiring = instance;
        if (wiring == null) {
            synchronized (Wiring.class) {
                wiring = instance;
                if (wiring == null) {
                    wiring = new Wiring();
                    instance = wiring;
                }
            }
        }
        return wiring;
    }

    public ReadCampaign readCampaign() {
        return new ReadCampaign(currentCampaign(), new DynamoCampaignStore(dynamo(), table), clock);
    }

    /**
     * The current campaign, one per container: the year the table's current-campaign item names (the first
     * year, {@code CAMPAIGN_YEAR}, until organisers create another), read again after
     * {@link CurrentCampaign#DEFAULT_REFRESH} by real time. Every use case asks it for "this year".
     */
    public synchronized CurrentCampaign currentCampaign() {
        if (currentCampaign == null) {
            currentCampaign = new CurrentCampaign(firstCampaignYear, new DynamoCampaignStore(dynamo(), table),
                    Clock.systemUTC(), CurrentCampaign.DEFAULT_REFRESH);
        }
        return currentCampaign;
    }

    /**
     * The public participant search, served from the function's memory, read again after
     * {@code SEARCH_REFRESH_SECONDS} (template parameter SearchRefreshSeconds; 0: every search reads the
     * table), timed by real time even when the campaign's clock is fixed for a demo.
     */
    public SearchParticipants searchParticipants() {
        Duration refresh = Settings.optional("SEARCH_REFRESH_SECONDS").isPresent()
                ? Duration.ofSeconds(Settings.requiredInt("SEARCH_REFRESH_SECONDS")) : ParticipantDirectory.DEFAULT_REFRESH;
        return new SearchParticipants(currentCampaign(), new DynamoParticipantStore(dynamo(), table), Clock.systemUTC(), refresh);
    }

    /** The public card's look-up of one participant (read from the table every time). */
    public ReadParticipant readParticipant() {
        return new ReadParticipant(currentCampaign(), new DynamoParticipantStore(dynamo(), table));
    }

    /**
     * The public praise form's use case, with its abuse limits: {@code PRAISE_LIMIT_PER_ADDRESS},
     * {@code PRAISE_LIMIT_PER_EMAIL} (0 = none) per {@code PRAISE_LIMIT_WINDOW_MINUTES}.
     */
    public SubmitPraise submitPraise() {
        KeyedHasher hasher = keyedHasher();
        return new SubmitPraise(currentCampaign(),
                new DynamoPraiseStore(dynamo(), table),
                mailQueue(),
                hasher,
                siteUrl(),
                clock,
                submissionGate(hasher));
    }

    /** The public forms' abuse limits (praise and nominations share them and their counters). */
    private SubmissionGate submissionGate(KeyedHasher hasher) {
        LimitPolicy limits = LimitPolicy.of(Settings.requiredInt("PRAISE_LIMIT_PER_ADDRESS"),
                Settings.requiredInt("PRAISE_LIMIT_PER_EMAIL"), Settings.requiredInt("PRAISE_LIMIT_WINDOW_MINUTES"));
        return new SubmissionGate(limits, new DynamoSubmissionLimits(dynamo(), table), hasher);
    }

    /** The mail sender's step: the suppression list, then SES (or the local outbox). */
    public SendConfirmation sendConfirmation() {
        return new SendConfirmation(new DynamoSuppressionList(dynamo(), table), mailer());
    }

    /** Bounces and complaints into the suppression list, hashed as submissions are ({@link #keyedHasher()}). */
    public RecordMailFeedback recordMailFeedback() {
        return new RecordMailFeedback(keyedHasher(),
                new DynamoSuppressionList(dynamo(), table), clock);
    }

    public ConfirmPraise confirmPraise() {
        return new ConfirmPraise(new DynamoCampaignStore(dynamo(), table), new DynamoPraiseStore(dynamo(), table), clock,
                hashRetention());
    }

    public WithdrawPraise withdrawPraise() {
        return new WithdrawPraise(new DynamoPraiseStore(dynamo(), table), new DynamoErasureStore(dynamo(), table), clock);
    }

    /** An organiser's erasure: by id, or by address hashed as submissions are ({@link #keyedHasher()}). */
    public OrganiserErasure organiserErasure() {
        return new OrganiserErasure(currentCampaign(), new DynamoErasureStore(dynamo(), table), keyedHasher(), clock);
    }

    /** Who may see one participant's own view (issue 18): organisers, and its contacts (docs/insight.md). */
    public ParticipantAccess participantAccess() {
        return new ParticipantAccess(contactStore(), keyedHasher());
    }

    /**
     * One participant's insight (issue 18): read from its own items and one aggregate per benchmark group
     * ({@link lv.praise.adapter.DynamoInsightStore}).
     */
    public lv.praise.domain.insight.ReadInsight insightReader() {
        return new lv.praise.domain.insight.ReadInsight(new DynamoCampaignStore(dynamo(), table), insightStore(), clock);
    }

    /** The insight's items (issue 18): counters, merges, benchmark groups, the history's yearly figures. */
    public lv.praise.domain.insight.InsightStore insightStore() {
        return new lv.praise.adapter.DynamoInsightStore(dynamo(), table);
    }

    /** Merging two spellings of an employee's name, or undoing it (issue 18). */
    public lv.praise.domain.insight.MergeEmployees mergeEmployees() {
        return new lv.praise.domain.insight.MergeEmployees(insightStore(), insightReader());
    }

    /** The nightly rebuild of every participant's insight and the benchmark groups (issue 18). */
    public lv.praise.domain.insight.RebuildInsight rebuildInsight() {
        return new lv.praise.domain.insight.RebuildInsight(insightStore(), clock, new DynamoVisitStore(dynamo(), table, clock));
    }

    /**
     * The weekly digest (issue 18): the current campaign's calendar, the outbox or SES, links to {@code SITE_URL},
     * opt-out tokens signed under the e-mail hash key.
     */
    public lv.praise.domain.digest.WeeklyDigest weeklyDigest() {
        return new lv.praise.domain.digest.WeeklyDigest(currentCampaign()::campaign,
                new lv.praise.adapter.DynamoDigestStore(dynamo(), table), mailer(), keyedHasher(), siteAddress(), clock,
                Clock.systemUTC());
    }

    /** The digest's one-click opt-out (a token signed under the e-mail hash key). */
    public lv.praise.domain.digest.DigestOptOut digestOptOut() {
        return new lv.praise.domain.digest.DigestOptOut(new lv.praise.adapter.DynamoDigestStore(dynamo(), table),
                keyedHasher(), clock);
    }

    /**
     * A participant's PDF report and praise cards (issue 18). The insight is read through {@link #insightReader()}
     * at each use, not at wiring: a function starts even while that reader is not wired yet.
     */
    public lv.praise.domain.reports.Reports reports() {
        lv.praise.domain.insight.InsightReader insights = new lv.praise.domain.insight.InsightReader() {
            @Override
            public lv.praise.domain.insight.ParticipantInsight read(int year, String id) {
                return insightReader().read(year, id);
            }

            @Override
            public Map<String, List<lv.praise.domain.insight.ParticipantInsight.PraiseText>> employeeTexts(int year,
                                                                                                        String id) {
                return insightReader().employeeTexts(year, id);
            }
        };
        return new lv.praise.domain.reports.Reports(insights, new DynamoCampaignStore(dynamo(), table), pdfReports(),
                pdfPraiseCards(), clock);
    }

    /** "Send every participant its report": the organisers' start and status (the work is {@link #reportDelivery()}). */
    public lv.praise.domain.reports.SendReports sendReports() {
        return new lv.praise.domain.reports.SendReports(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new lv.praise.adapter.DynamoReportStore(dynamo(), table), jobs());
    }

    /** The reports job's work, in the posters worker: every participant's report to its contacts, once each. */
    public lv.praise.domain.reports.ReportDelivery reportDelivery() {
        return new lv.praise.domain.reports.ReportDelivery(new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), contactStore(),
                (year, id) -> insightReader().read(year, id), reports(),
                new lv.praise.adapter.DynamoReportStore(dynamo(), table), mailer(), clock, Clock.systemUTC(),
                pause -> sleep(pause.toMillis()));
    }

    public ContactStore contactStore() {
        return new DynamoContactStore(dynamo(), table);
    }

    /**
     * Step 1 of a contact's sign-in (issue 18), with its own limits and counters ({@code SIGNIN_LIMIT_PER_ADDRESS},
     * {@code SIGNIN_LIMIT_PER_EMAIL}, 0 = none, per {@code SIGNIN_LIMIT_WINDOW_MINUTES}): a sign-in never spends
     * the praise form's budget, nor the other way round.
     */
    public lv.praise.domain.contacts.StartSignIn startSignIn() {
        KeyedHasher hasher = keyedHasher();
        LimitPolicy limits = LimitPolicy.of(Settings.requiredInt("SIGNIN_LIMIT_PER_ADDRESS"),
                Settings.requiredInt("SIGNIN_LIMIT_PER_EMAIL"), Settings.requiredInt("SIGNIN_LIMIT_WINDOW_MINUTES"));
        SubmissionGate gate = new SubmissionGate(limits,
                SubmissionLimits.prefixed("signin", new DynamoSubmissionLimits(dynamo(), table)), hasher);
        return new lv.praise.domain.contacts.StartSignIn(currentCampaign(), gate, contactStore(), contactLogins(),
                hasher, clock, JsonLog::warn);
    }

    /** The participants' {@code contactEmail} as their first contact where they have none yet (nightly, local start). */
    public lv.praise.domain.contacts.ContactBackfill contactBackfill() {
        return new lv.praise.domain.contacts.ContactBackfill(currentCampaign(), new DynamoParticipantStore(dynamo(), table),
                contactStore(), new DynamoContactStore(dynamo(), table), keyedHasher(), clock);
    }

    /** An organiser's change of a participant's contacts: the table, then the participants' user pool. */
    public lv.praise.domain.contacts.UpdateContacts updateContacts() {
        return new lv.praise.domain.contacts.UpdateContacts(currentCampaign(), contactStore(),
                new DynamoContactStore(dynamo(), table), contactLogins(), keyedHasher(), clock);
    }

    /**
     * The participants' user pool ({@code PARTICIPANT_POOL_ID}), one client per container; {@code COGNITO_ENDPOINT}
     * (local run only, never inside Lambda) points it at the local run's twin of Cognito.
     */
    public synchronized lv.praise.domain.contacts.ContactLogins contactLogins() {
        if (contactLogins == null) {
            var builder = software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient.builder()
                    .httpClient(UrlConnectionHttpClient.create());
            Settings.localOnly("COGNITO_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
            contactLogins = new lv.praise.adapter.CognitoContactLogins(builder.build(),
                    Settings.required("PARTICIPANT_POOL_ID"));
        }
        return contactLogins;
    }

    /**
     * The one hasher of e-mail addresses and sender addresses: every use (the praiser slot, the limits,
     * nominations, suppression, erasure) must hash alike, with the key {@link #hashKey()} gives.
     */
    private KeyedHasher keyedHasher() {
        return new KeyedHasher(hashKey());
    }

    /** {@code HASH_RETENTION_DAYS} (template parameter HashRetentionDays): days after the awards a hash is kept. */
    private static HashRetention hashRetention() {
        return Settings.optional("HASH_RETENTION_DAYS").isPresent()
                ? new HashRetention(Settings.requiredInt("HASH_RETENTION_DAYS")) : HashRetention.DEFAULT;
    }

    public ParticipantImport participantImport() {
        return new ParticipantImport(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), new lv.praise.adapter.DynamoInvitationStore(dynamo(), table)::invited);
    }

    public EvaluationImport evaluationImport() {
        return new EvaluationImport(currentCampaign(), new DynamoParticipantStore(dynamo(), table),
                new DynamoEvaluationStore(dynamo(), table));
    }

    /**
     * The nightly (and on-demand) recalculation, reading the campaign's praise from index ByTally;
     * {@code STANDINGS_RETENTION_DAYS} (template parameter StandingsRetentionDays) how many
     * days after its day a snapshot stays readable before it expires. The publication functions have no
     * such variable and need none: the snapshot a publication saves is kept for good.
     */
    public RecalculateStandings recalculateStandings() {
        return recalculateStandings(currentCampaign());
    }

    /**
     * An organiser's "recalculate now" (29 s, in daytime): the standings only. The participants' insight and the
     * benchmark groups are rebuilt by the nightly run and the publication's (every participant's approved praise,
     * two writes each: too long for the route, and it would compete with the day's moderation).
     */
    public RecalculateStandings recalculateStandingsNow() {
        return standings(currentCampaign());
    }

    private RecalculateStandings recalculateStandings(java.util.function.IntSupplier campaignYear) {
        // Each saved run rebuilds the participants' insight and the benchmark groups (issue 18).
        return standings(campaignYear).then((run, published) -> rebuildInsight().rebuild(run, published));
    }

    private RecalculateStandings standings(java.util.function.IntSupplier campaignYear) {
        int retention = Settings.optional("STANDINGS_RETENTION_DAYS").isPresent()
                ? Settings.requiredInt("STANDINGS_RETENTION_DAYS") : RecalculateStandings.DEFAULT_RETENTION_DAYS;
        return new RecalculateStandings(campaignYear,
                new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table),
                new DynamoEvaluationStore(dynamo(), table),
                new DynamoScoringSource(dynamo(), table),
                new DynamoStandingsStore(dynamo(), table, clock),
                clock,
                retention).withVisits(new DynamoVisitStore(dynamo(), table, clock), new DynamoVisitStore(dynamo(), table, clock));
    }

    /** Structured visits: questionnaire, plan, review, calibration and the evaluators' submissions (issue 17). */
    public Visits visits() {
        DynamoVisitStore store = new DynamoVisitStore(dynamo(), table, clock);
        return new Visits(currentCampaign(), new DynamoCampaignStore(dynamo(), table), new DynamoParticipantStore(dynamo(), table),
                store, store, clock, () -> UUID.randomUUID().toString());
    }

    /** Each participant's per-criterion results as the latest recalculation kept them. */
    public CriterionResultStore criterionResults() {
        return new DynamoVisitStore(dynamo(), table, clock);
    }

    /** The current campaign's year now (it changes when organisers create the next campaign). */
    public int campaignYear() {
        return currentCampaign().year();
    }

    public ParticipantEditor participantEditor() {
        return new ParticipantEditor(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), new lv.praise.adapter.DynamoInvitationStore(dynamo(), table)::invited);
    }

    /**
     * Nominations from the public: the hash key ({@link #hashKey()}) counts each person once, the confirmation
     * link goes to {@code SITE_URL}, within the praise form's limits.
     */
    public Nominations nominations() {
        KeyedHasher hasher = keyedHasher();
        return new Nominations(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoNominationStore(dynamo(), table), hasher, mailer(), siteUrl(), submissionGate(hasher), clock,
                hashRetention());
    }

    /**
     * Nominations for the functions that confirm or list them: no e-mail hash key, no mail, no limits; a
     * confirmation's slot keeps the hash {@code HASH_RETENTION_DAYS} after the awards.
     */
    public Nominations nominationsReader() {
        return new Nominations(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoNominationStore(dynamo(), table), null, null, null, null, clock, hashRetention());
    }

    /** The confirmation of a nomination needs what the reader has: the link proves the person. */
    public Nominations nominationsConfirmer() {
        return nominationsReader();
    }

    public EvaluationStore evaluations() {
        return new DynamoEvaluationStore(dynamo(), table);
    }

    public ModeratePraise moderatePraise() {
        return new ModeratePraise(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoModerationStore(dynamo(), table), clock);
    }

    public PraiseWall praiseWall() {
        return new PraiseWall(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), new DynamoModerationStore(dynamo(), table));
    }

    /** An organiser's redaction of a praise's text (the original kept in its audit record only). */
    public lv.praise.domain.moderation.RedactPraise redactPraise() {
        return new lv.praise.domain.moderation.RedactPraise(currentCampaign(), new DynamoModerationStore(dynamo(), table),
                new DynamoCampaignStore(dynamo(), table), hashRetention(), clock);
    }

    public EnterPraise enterPraise() {
        return new EnterPraise(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), new DynamoModerationStore(dynamo(), table), clock);
    }

    /** The organisers' dashboard: precomputed counts only (docs/data-model.md, *Dashboard counts*). */
    public lv.praise.domain.dashboard.Dashboard dashboard() {
        return new lv.praise.domain.dashboard.Dashboard(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoDashboardStore(dynamo(), table), new DynamoAwardStore(dynamo(), table), clock);
    }

    /**
     * The organisers' CSV exports. The evaluations export lists every {@code EvaluationSource}: the imported
     * evaluations, then the structured visits (submitted or approved).
     */
    public lv.praise.domain.exports.Exports exports() {
        return new lv.praise.domain.exports.Exports(currentCampaign(), readStandings(), new DynamoAwardStore(dynamo(), table),
                lv.praise.domain.SiteUrl.of(siteUrl()), new DynamoModerationStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), nominationsReader()::list,
                java.util.List.of(lv.praise.domain.exports.Exports.imported(evaluations()),
                        lv.praise.domain.exports.Exports.visits(new DynamoVisitStore(dynamo(), table, clock))));
    }

    public ReadStandings readStandings() {
        // The campaign's clock decides what has expired, as it decided the days the snapshots belong to.
        return new ReadStandings(currentCampaign(), new DynamoStandingsStore(dynamo(), table, clock));
    }

    /** The campaign clock (fixed by PRAISE_NOW in the local run and tests, else the system's). */
    public Clock clock() {
        return clock;
    }

    public CloseCampaign closeCampaign() {
        return new CloseCampaign(currentCampaign(), new DynamoCampaignStore(dynamo(), table), clock);
    }

    /** Publication, preview, resend and status of the awards; {@code SITE_URL} is where certificates are verified. */
    public PublishAwards publishAwards() {
        return publishAwards(mailer());
    }

    /**
     * The awards for functions that only read them (preview, status): their template entries have no
     * SES permission, so they get a mailer that refuses rather than an SES client.
     */
    public PublishAwards awardsReader() {
        return publishAwards(mail -> {
            throw new IllegalStateException("this function reads the awards and sends no mail");
        });
    }

    /**
     * The publication of one campaign year, for the publication worker: its job's event names the year, so a
     * retry runs the year it was started for even when the current campaign has moved on (or a cached current
     * year lags behind).
     */
    public PublishAwards publishAwardsOf(int campaignYear) {
        return publishAwards(mailer(), () -> campaignYear);
    }

    private PublishAwards publishAwards(Mailer mailer) {
        return publishAwards(mailer, currentCampaign());
    }

    private PublishAwards publishAwards(Mailer mailer, java.util.function.IntSupplier campaignYear) {
        DynamoAwardStore awards = new DynamoAwardStore(dynamo(), table);
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo(), table);
        CertificateDelivery delivery = new CertificateDelivery(awards, participants, pdfCertificates(), mailer,
                new Certificates(siteUrl()), clock, Clock.systemUTC(),
                pause -> sleep(pause.toMillis()));
        return new PublishAwards(campaignYear, new DynamoCampaignStore(dynamo(), table), participants,
                recalculateStandings(campaignYear), publications(), awards, delivery, clock, CertificateCode::generate);
    }

    /**
     * The organisers' long runs: recorded in the table, their workers started asynchronously by Lambda
     * ({@code PUBLICATION_WORKER}, {@code POSTERS_WORKER}: the worker functions' names, set by {@code !Ref}
     * in the template for the routes that start them). Timed by real time (a dead run is told by it).
     */
    public Jobs jobs() {
        return new Jobs(currentCampaign(), new DynamoJobStore(dynamo(), table), jobLauncher(), Clock.systemUTC(),
                () -> UUID.randomUUID().toString());
    }

    /**
     * The jobs of one campaign year, for a worker: its event names the year (the current campaign may have
     * moved on since the start, or a cached current year may lag behind a campaign created a moment ago).
     */
    public Jobs jobsOf(int campaignYear) {
        return new Jobs(campaignYear, new DynamoJobStore(dynamo(), table), (kind, year, runId) -> {
            throw new IllegalStateException("a worker starts no jobs");
        }, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /** Next year's start: the carry-over of participants (as invitations) and of the questionnaire. */
    public lv.praise.domain.campaigns.Invitations invitations() {
        return new lv.praise.domain.campaigns.Invitations(currentCampaign(), new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), new DynamoVisitStore(dynamo(), table, clock),
                new lv.praise.adapter.DynamoInvitationStore(dynamo(), table));
    }

    /** The jobs for a function that only reads them (a status route): it starts nothing. */
    public Jobs jobsReader() {
        return new Jobs(currentCampaign(), new DynamoJobStore(dynamo(), table), (kind, year, runId) -> {
            throw new IllegalStateException("this function reads jobs and starts none");
        }, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /** The campaigns of many years: next year's creation, the calendar, the awards schedule that follows it. */
    public CampaignYears campaignYears() {
        DynamoAwardStore awards = new DynamoAwardStore(dynamo(), table);
        DynamoJobStore jobStore = new DynamoJobStore(dynamo(), table);
        return new CampaignYears(currentCampaign(), new DynamoCampaignStore(dynamo(), table), awardsSchedule(), clock,
                new lv.praise.domain.campaigns.PublicationFinished(year -> jobStore.find(year, JobKind.PUBLICATION),
                        publications(), awards));
    }

    /**
     * The awards' one-time schedules: EventBridge Scheduler in the group {@code AWARDS_SCHEDULE_GROUP}, invoking
     * {@code AWARDS_WORKER_ARN} (the publication worker) as {@code AWARDS_SCHEDULER_ROLE_ARN}, failures to
     * {@code AWARDS_FAILURES_QUEUE_ARN}; on the local run {@code SCHEDULER_ENDPOINT} is its emulation.
     */
    public synchronized AwardsSchedule awardsSchedule() {
        if (awardsSchedule == null) {
            var builder = SchedulerClient.builder().httpClient(UrlConnectionHttpClient.create());
            Settings.localOnly("SCHEDULER_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
            awardsSchedule = new SchedulerAwardsSchedule(builder.build(), Settings.required("AWARDS_SCHEDULE_GROUP"),
                    Settings.required("AWARDS_WORKER_ARN"), Settings.required("AWARDS_SCHEDULER_ROLE_ARN"),
                    Settings.required("AWARDS_FAILURES_QUEUE_ARN"));
        }
        return awardsSchedule;
    }

    private synchronized JobLauncher jobLauncher() {
        if (jobLauncher == null) {
            Map<JobKind, String> workers = new EnumMap<>(JobKind.class);
            Settings.optional("PUBLICATION_WORKER").ifPresent(f -> workers.put(JobKind.PUBLICATION, f));
            Settings.optional("POSTERS_WORKER").ifPresent(f -> workers.put(JobKind.POSTERS, f));
            Settings.optional("CARRY_OVER_WORKER").ifPresent(f -> workers.put(JobKind.CARRY_OVER, f));
            Settings.optional("REPORTS_WORKER").ifPresent(f -> workers.put(JobKind.REPORTS, f));
            var builder = LambdaClient.builder().httpClient(UrlConnectionHttpClient.create());
            // The local run's emulation of Lambda's asynchronous invocation (local/: LocalLambda).
            Settings.localOnly("LAMBDA_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
            jobLauncher = new LambdaJobLauncher(builder.build(), workers);
        }
        return jobLauncher;
    }

    public PublicationStore publications() {
        return new DynamoPublicationStore(dynamo(), table);
    }

    /** The award a participant's public page shows. */
    public lv.praise.domain.awards.ParticipantAwards participantAwards() {
        return new lv.praise.domain.awards.ParticipantAwards(new DynamoAwardStore(dynamo(), table));
    }

    public CertificateLookup certificateLookup() {
        return new CertificateLookup(new DynamoAwardStore(dynamo(), table), new DynamoCampaignStore(dynamo(), table),
                new Certificates(siteUrl()), pdfCertificates());
    }

    /** The participants' QR posters; {@code SITE_URL} is where their codes open the praise form. */
    public Posters posters() {
        return new Posters(currentCampaign(), new DynamoParticipantStore(dynamo(), table), pdfPosters(),
                siteUrl());
    }

    /** The site's address as the domain checks it ({@code SITE_URL}; not configured while it is missing). */
    public SiteUrl siteAddress() {
        return SiteUrl.of(siteUrl());
    }

    /**
     * Where the posters ZIPs are kept: the private bucket {@code POSTERS_BUCKET} (S3, presigned GETs), or on
     * the local run the folder {@code POSTERS_DIR}, which the local server serves under signed links
     * ({@code LOCAL_FILES_URL}, {@code LOCAL_FILES_KEY}).
     */
    public synchronized PosterArchive posterArchive() {
        if (posterArchive == null) {
            var folder = Settings.localOnly("POSTERS_DIR");
            if (folder.isPresent()) {
                posterArchive = new FolderPosterArchive(Path.of(folder.get()), Settings.required("LOCAL_FILES_URL"),
                        Settings.required("LOCAL_FILES_KEY"), Clock.systemUTC());
            } else {
                S3Client s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build();
                posterArchive = new S3PosterArchive(s3, S3Presigner.create(), Settings.required("POSTERS_BUCKET"),
                        Clock.systemUTC());
            }
        }
        return posterArchive;
    }

    /**
     * {@code SITE_URL}, or null while the stack has no site address (a first deploy without a domain): the
     * function still starts, and only what needs the address answers 503 not_configured. Logged once per
     * container, so the reason is in the function's log before the first refusal.
     */
    private synchronized String siteUrl() {
        String url = Settings.optional("SITE_URL").orElse(null);
        if (url == null && !siteUrlMissingLogged) {
            siteUrlMissingLogged = true;
            JsonLog.warn("not_configured", Map.of("setting", "SITE_URL",
                    "effect", "confirmation links, certificates and posters are refused with 503 not_configured",
                    "fix", "deploy the stack again with SiteUrl (the SiteDistributionUrl output) or DomainName"));
        }
        return url;
    }

    private lv.praise.adapter.PdfReports pdfReports;
    private lv.praise.adapter.PdfPraiseCards pdfPraiseCards;

    /** Reads the fonts once per container. */
    private synchronized lv.praise.adapter.PdfReports pdfReports() {
        if (pdfReports == null) {
            pdfReports = new lv.praise.adapter.PdfReports();
        }
        return pdfReports;
    }

    /** Reads the fonts once per container. */
    private synchronized lv.praise.adapter.PdfPraiseCards pdfPraiseCards() {
        if (pdfPraiseCards == null) {
            pdfPraiseCards = new lv.praise.adapter.PdfPraiseCards();
        }
        return pdfPraiseCards;
    }

    /** Reads the fonts once per container. */
    private synchronized PdfPosters pdfPosters() {
        if (pdfPosters == null) {
            pdfPosters = new PdfPosters();
        }
        return pdfPosters;
    }

    /** Reads the fonts once per container. */
    private synchronized PdfCertificates pdfCertificates() {
        if (pdfCertificates == null) {
            pdfCertificates = new PdfCertificates();
        }
        return pdfCertificates;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to send again", e);
        }
    }

    /**
     * The key of the e-mail and address hashes, one per container: in Lambda read from Secrets Manager
     * ({@code EMAIL_HASH_SECRET}) at the first hash and kept; on the local run its dev key (HashKeys).
     */
    private synchronized HashKeySource hashKey() {
        if (hashKey == null) {
            hashKey = HashKeys.fromSettings(() -> {
                var builder = SecretsManagerClient.builder()
                        .httpClient(UrlConnectionHttpClient.create())
                        .overrideConfiguration(o -> o.apiCallTimeout(SECRET_CALL_TIMEOUT));
                return builder.build();
            });
        }
        return hashKey;
    }

    private synchronized DynamoDbClient dynamo() {
        if (dynamo == null) {
            var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
            Settings.localOnly("DYNAMODB_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
            dynamo = builder.build();
        }
        return dynamo;
    }

    /**
     * The confirmation e-mails' queue, {@code MAIL_QUEUE_URL}; {@code SQS_ENDPOINT} (local run only) points
     * the client at the local run's queue, which delivers to the mail sender as Lambda's SQS poller would.
     * SDK retries stay on: a second copy of a message is harmless (the sender sends the same link).
     */
    private synchronized MailQueue mailQueue() {
        if (mailQueue == null) {
            var builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create());
            Settings.localOnly("SQS_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
            mailQueue = new SqsMailQueue(builder.build(), Settings.required("MAIL_QUEUE_URL"));
        }
        return mailQueue;
    }

    /** The outbox when one is configured (the local run), otherwise SES. */
    private synchronized Mailer mailer() {
        if (mailer == null) {
            String from = Settings.required("SENDER_EMAIL");
            var outbox = Settings.localOnly("OUTBOX_DIR");
            if (outbox.isPresent()) {
                mailer = new OutboxMailer(Path.of(outbox.get()), from);
            } else {
                // No SDK retries: a retry after SES took the message but its answer was lost would be a
                // silent second letter. Callers retry themselves, knowing what may have gone out.
                var builder = SesV2Client.builder()
                        .httpClient(UrlConnectionHttpClient.create())
                        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                                .apiCallTimeout(SES_CALL_TIMEOUT)
                                .apiCallAttemptTimeout(SES_CALL_TIMEOUT));
                Settings.localOnly("SES_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
                mailer = new SesMailer(builder.build(), from, Settings.optional("SES_CONFIGURATION_SET").orElse(null));
            }
        }
        return mailer;
    }
}
