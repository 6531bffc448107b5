package lv.praise.domain.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lv.praise.domain.Campaign;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.moderation.ModeratedPraise;

/**
 * The weekly digest (issue 18, docs/insight.md): on a Monday during the praise window, and on the Monday after it
 * closes, each participant with approved praise in the week before gets one e-mail per contact not opted out.
 *
 * <p>Exactly once per participant and week: its {@code DIGEST#} item is claimed with a conditional put before
 * anything is sent (absent, or {@code SENDING} under a claim older than {@link #LEASE}) and marked {@code SENT}
 * after, so a retried or concurrent run skips it. A run that dies between sending and marking leaves a claim that
 * goes stale; the next run sends that one participant's digest again under the same delivery keys (the outbox
 * delivers a key once; SES can't tell – the letters' at-least-once window, docs/awards.md).
 *
 * <p>A long run stops taking participants at its {@link Deadline} (the function's remaining time less a margin)
 * and reports itself unfinished; the schedule's later ticks that Monday (and Lambda's retries of a failed run)
 * continue where it stopped, as every finished participant is {@code SENT}.
 */
public final class WeeklyDigest {
    /**
     * How long a claim protects a participant's digest from other runs: far longer than one participant's few
     * e-mails take, and shorter than the gap to Lambda's second retry and to the schedule's next tick.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** How long a DIGEST item is kept (TTL): until the next year's campaign has long begun. */
    static final Duration KEEP = Duration.ofDays(365);

    private final Supplier<Campaign> campaigns;
    private final DigestStore store;
    private final Mailer mailer;
    private final KeyedHasher signer;
    private final SiteUrl site;
    private final Clock clock;
    private final Clock leaseClock;

    /**
     * @param campaigns  the current campaign (its calendar and time zone are data)
     * @param clock      the campaign's clock: which week it is, and the recorded times
     * @param leaseClock the real clock: leases are real time even when the campaign clock is fixed for a demo
     */
    public WeeklyDigest(Supplier<Campaign> campaigns, DigestStore store, Mailer mailer, KeyedHasher signer,
                        SiteUrl site, Clock clock, Clock leaseClock) {
        this.campaigns = campaigns;
        this.store = store;
        this.mailer = mailer;
        this.signer = signer;
        this.site = site;
        this.clock = clock;
        this.leaseClock = leaseClock;
    }

    /** The run of a Monday: the week before the one the campaign's clock is in. */
    public DigestRun run(Deadline deadline) {
        Campaign campaign = campaigns.get();
        return run(campaign, DigestWeek.before(clock.instant(), campaign.timeZone()), deadline);
    }

    /** Sends the week's digests that are not sent yet, until done or the deadline. */
    public DigestRun run(Campaign campaign, DigestWeek week, Deadline deadline) {
        int year = campaign.year();
        if (!week.activeFor(campaign)) {
            return DigestRun.inactive(year, week.code());
        }
        // Before anything is claimed: without the site's address no link can be made (503 not_configured).
        site.require();
        List<ModeratedPraise> praise = store.approvedConfirmedBetween(year, week.start(campaign.timeZone()),
                week.end(campaign.timeZone()));
        // In id order, so that runs that continue one another go through the participants alike.
        Map<String, List<ModeratedPraise>> byParticipant = praise.stream().collect(Collectors.groupingBy(
                p -> p.praise().participantId(), TreeMap::new, Collectors.toList()));
        int participants = 0;
        int sent = 0;
        int done = 0;
        int noRecipients = 0;
        int failed = 0;
        int mails = 0;
        boolean finished = true;
        for (var entry : byParticipant.entrySet()) {
            DigestContent content = DigestContent.of(entry.getKey(), entry.getValue());
            if (content == null) {
                continue;
            }
            participants++;
            if (deadline.passed()) {
                finished = false;
                continue;
            }
            Instant lease = leaseClock.instant();
            Optional<DigestStore.Claim> claim = store.claim(year, content.participantId(), week.code(), lease,
                    lease.minus(LEASE), clock.instant().plus(KEEP));
            if (claim.isEmpty()) {
                done++;
                continue;
            }
            Delivery delivery = deliver(year, week, content);
            mails += delivery.sent;
            if (delivery.failed) {
                failed++;
                if (delivery.sent == 0 && delivery.certainlyNotSent) {
                    store.release(year, claim.get());
                }
                // Otherwise the claim stays until it is stale: what went out is not known, and a run that takes it
                // over sends under the same delivery keys.
                continue;
            }
            if (delivery.recipients == 0) {
                noRecipients++;
            } else {
                sent++;
            }
            store.markSent(year, claim.get(), clock.instant(), delivery.sent);
        }
        return new DigestRun(year, week.code(), true, participants, sent, done, noRecipients, failed, mails, finished);
    }

    private static final class Delivery {
        int recipients;
        int sent;
        boolean failed;
        boolean certainlyNotSent = true;
    }

    private Delivery deliver(int year, DigestWeek week, DigestContent content) {
        Delivery delivery = new Delivery();
        for (DigestRecipient to : store.recipients(year, content.participantId())) {
            if (to.optedOut()) {
                continue;
            }
            delivery.recipients++;
            String token = new DigestOptOutToken(year, content.participantId(), to.emailHash()).encode(signer);
            String lang = to.lang().code();
            try {
                mailer.send(DigestMail.of(content, week, to, site.link("/my/?lang=" + lang),
                        site.link("/my/opt-out.html?lang=" + lang + "&token=" + token),
                        deliveryKey(week, content.participantId(), to.emailHash())));
                delivery.sent++;
            } catch (MailNotSentException e) {
                delivery.failed = true;
            } catch (RuntimeException e) {
                delivery.failed = true;
                delivery.certainlyNotSent = false;
            }
        }
        return delivery;
    }

    /** One contact's digest of one week, for good: a resend after a crash is the same message. */
    static String deliveryKey(DigestWeek week, String participantId, String emailHash) {
        String key = "digest-" + week.code().toLowerCase(Locale.ROOT) + "-" + emailHash.substring(0, 16) + "-"
                + participantId;
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
