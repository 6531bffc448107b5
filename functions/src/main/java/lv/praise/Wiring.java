package lv.praise;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.adapter.Clocks;
import lv.praise.adapter.DynamoAwardStore;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoNominationStore;
import lv.praise.adapter.DynamoModerationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.adapter.DynamoPublicationStore;
import lv.praise.adapter.DynamoScoringSource;
import lv.praise.adapter.DynamoStandingsStore;
import lv.praise.adapter.DynamoSubmissionLimits;
import lv.praise.adapter.JsonLog;
import lv.praise.adapter.OutboxMailer;
import lv.praise.adapter.PdfCertificates;
import lv.praise.adapter.PdfPosters;
import lv.praise.adapter.SesMailer;
import lv.praise.adapter.Settings;
import lv.praise.adapter.SnapStartPriming;
import lv.praise.domain.CampaignService;
import lv.praise.domain.ConfirmPraise;
import lv.praise.domain.EmailHasher;
import lv.praise.domain.LimitPolicy;
import lv.praise.domain.Mailer;
import lv.praise.domain.ParticipantDirectory;
import lv.praise.domain.ParticipantService;
import lv.praise.domain.SubmitPraise;
import lv.praise.domain.awards.CertificateCode;
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
import lv.praise.domain.posters.Posters;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.StandingsService;
import org.crac.Core;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The composition root: builds the real adapters from the settings, once per container (a Lambda
 * container, or the local server's JVM), and only those a function asks for.
 */
public final class Wiring {
    private static volatile Wiring instance;
    /** One SES call at most; CertificateDelivery's lease and the publish deadline's margin allow for it. */
    static final Duration SES_CALL_TIMEOUT = Duration.ofSeconds(10);

    private final int campaignYear = Settings.requiredInt("CAMPAIGN_YEAR");
    private final String table = Settings.required("TABLE_NAME");
    private final Clock clock = Clocks.fromSettings();
    private DynamoDbClient dynamo;
    private PdfCertificates pdfCertificates;
    private PdfPosters pdfPosters;
    private Mailer mailer;
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

    public CampaignService campaignService() {
        return new CampaignService(campaignYear, new DynamoCampaignStore(dynamo(), table), clock);
    }

    /**
     * Public participant look-ups. Search is served from the function's memory, read again after
     * {@code SEARCH_REFRESH_SECONDS} (template parameter SearchRefreshSeconds; 0: every search reads the
     * table), timed by real time even when the campaign's clock is fixed for a demo.
     */
    public ParticipantService participantService() {
        Duration refresh = Settings.optional("SEARCH_REFRESH_SECONDS").isPresent()
                ? Duration.ofSeconds(Settings.requiredInt("SEARCH_REFRESH_SECONDS")) : ParticipantDirectory.DEFAULT_REFRESH;
        return new ParticipantService(campaignYear, new DynamoParticipantStore(dynamo(), table), Clock.systemUTC(), refresh);
    }

    /**
     * The public praise form's use case, with its abuse limits: {@code PRAISE_LIMIT_PER_ADDRESS},
     * {@code PRAISE_LIMIT_PER_EMAIL} (0 = none) per {@code PRAISE_LIMIT_WINDOW_MINUTES}.
     */
    public SubmitPraise submitPraise() {
        LimitPolicy limits = LimitPolicy.of(Settings.requiredInt("PRAISE_LIMIT_PER_ADDRESS"),
                Settings.requiredInt("PRAISE_LIMIT_PER_EMAIL"), Settings.requiredInt("PRAISE_LIMIT_WINDOW_MINUTES"));
        return new SubmitPraise(campaignYear,
                new DynamoPraiseStore(dynamo(), table),
                mailer(),
                new EmailHasher(Settings.required("EMAIL_HASH_KEY")),
                siteUrl(),
                clock,
                limits,
                new DynamoSubmissionLimits(dynamo(), table));
    }

    public ConfirmPraise confirmPraise() {
        return new ConfirmPraise(new DynamoCampaignStore(dynamo(), table), new DynamoPraiseStore(dynamo(), table), clock);
    }

    public ParticipantImport participantImport() {
        return new ParticipantImport(campaignYear, new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table));
    }

    public EvaluationImport evaluationImport() {
        return new EvaluationImport(campaignYear, new DynamoParticipantStore(dynamo(), table),
                new DynamoEvaluationStore(dynamo(), table));
    }

    /**
     * The nightly (and on-demand) recalculation; {@code SCAN_SEGMENTS} sets the parallel Scan's segments
     * (default 8), {@code STANDINGS_RETENTION_DAYS} (template parameter StandingsRetentionDays) how many
     * days after its day a snapshot stays readable before it expires. The publication functions have no
     * such variable and need none: the snapshot a publication saves is kept for good.
     */
    public RecalculateStandings recalculateStandings() {
        int segments = Settings.optional("SCAN_SEGMENTS").map(Integer::parseInt).orElse(DynamoScoringSource.DEFAULT_SEGMENTS);
        int retention = Settings.optional("STANDINGS_RETENTION_DAYS").isPresent()
                ? Settings.requiredInt("STANDINGS_RETENTION_DAYS") : RecalculateStandings.DEFAULT_RETENTION_DAYS;
        return new RecalculateStandings(campaignYear,
                new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table),
                new DynamoEvaluationStore(dynamo(), table),
                new DynamoScoringSource(dynamo(), table, segments),
                new DynamoStandingsStore(dynamo(), table, clock),
                clock,
                retention);
    }

    public int campaignYear() {
        return campaignYear;
    }

    public ParticipantEditor participantEditor() {
        return new ParticipantEditor(campaignYear, new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table));
    }

    /** Nominations from the public: {@code EMAIL_HASH_KEY} counts each person once. */
    public Nominations nominations() {
        return new Nominations(campaignYear, new DynamoCampaignStore(dynamo(), table),
                new DynamoNominationStore(dynamo(), table), new EmailHasher(Settings.required("EMAIL_HASH_KEY")), clock);
    }

    /** Nominations for a function that only lists them: it gets no e-mail hash key. */
    public Nominations nominationsReader() {
        return new Nominations(campaignYear, new DynamoCampaignStore(dynamo(), table),
                new DynamoNominationStore(dynamo(), table), null, clock);
    }

    public EvaluationStore evaluations() {
        return new DynamoEvaluationStore(dynamo(), table);
    }

    public ModeratePraise moderatePraise() {
        return new ModeratePraise(campaignYear, new DynamoCampaignStore(dynamo(), table),
                new DynamoModerationStore(dynamo(), table), clock);
    }

    public PraiseWall praiseWall() {
        return new PraiseWall(campaignYear, new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), new DynamoModerationStore(dynamo(), table));
    }

    public EnterPraise enterPraise() {
        return new EnterPraise(campaignYear, new DynamoCampaignStore(dynamo(), table),
                new DynamoParticipantStore(dynamo(), table), new DynamoModerationStore(dynamo(), table), clock);
    }

    public StandingsService standingsService() {
        // The campaign's clock decides what has expired, as it decided the days the snapshots belong to.
        return new StandingsService(campaignYear, new DynamoStandingsStore(dynamo(), table, clock));
    }

    /** The campaign clock (fixed by PRAISE_NOW in the local run and tests, else the system's). */
    public Clock clock() {
        return clock;
    }

    public CloseCampaign closeCampaign() {
        return new CloseCampaign(campaignYear, new DynamoCampaignStore(dynamo(), table), clock);
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

    private PublishAwards publishAwards(Mailer mailer) {
        DynamoAwardStore awards = new DynamoAwardStore(dynamo(), table);
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo(), table);
        CertificateDelivery delivery = new CertificateDelivery(awards, participants, pdfCertificates(), mailer,
                new Certificates(siteUrl()), clock, Clock.systemUTC(),
                pause -> sleep(pause.toMillis()));
        return new PublishAwards(campaignYear, new DynamoCampaignStore(dynamo(), table), participants,
                recalculateStandings(), publications(), awards, delivery, clock, CertificateCode::generate);
    }

    public PublicationStore publications() {
        return new DynamoPublicationStore(dynamo(), table);
    }

    public CertificateLookup certificateLookup() {
        return new CertificateLookup(new DynamoAwardStore(dynamo(), table), new DynamoCampaignStore(dynamo(), table),
                new Certificates(siteUrl()), pdfCertificates());
    }

    /** The participants' QR posters; {@code SITE_URL} is where their codes open the praise form. */
    public Posters posters() {
        return new Posters(campaignYear, new DynamoParticipantStore(dynamo(), table), pdfPosters(),
                siteUrl());
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

    private synchronized DynamoDbClient dynamo() {
        if (dynamo == null) {
            var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
            Settings.optional("DYNAMODB_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
            dynamo = builder.build();
        }
        return dynamo;
    }

    /** The outbox when one is configured (the local run), otherwise SES. */
    private synchronized Mailer mailer() {
        if (mailer == null) {
            String from = Settings.required("SENDER_EMAIL");
            var outbox = Settings.optional("OUTBOX_DIR");
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
                Settings.optional("SES_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
                mailer = new SesMailer(builder.build(), from);
            }
        }
        return mailer;
    }
}
