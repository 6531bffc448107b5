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
 * closes, each participant with approved praise in the week before gets one e-mail per contact not opted out; on the
 * later Mondays until the results are published, those whose in-window praise was approved late that week
 * ({@link DigestWeek#lateFor}).
 *
 * <p>Exactly once per contact and week: the participant's {@code DIGEST#} item is claimed with a conditional write
 * before anything is sent (absent, or {@code SENDING} given up or under a claim older than {@link #LEASE}), each
 * contact's outcome is recorded on it right after that contact's send ({@code sentTo}/{@code refusedTo}, by e-mail
 * hash), and it is marked {@code SENT} when every contact not opted out is done – so a retried, concurrent or
 * taking-over run skips the participants sent and, of the others, the contacts done. Only a run that dies between
 * handing one mail over and recording it leaves that one contact to be sent again, under the same delivery key (the
 * outbox delivers a key once; SES can't tell – the letters' at-least-once window, docs/awards.md, narrowed to one
 * mail).
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
        boolean late = !week.activeFor(campaign) && week.lateFor(campaign);
        if (!week.activeFor(campaign) && !late) {
            return DigestRun.inactive(year, week.code());
        }
        // Before anything is claimed: without the site's address no link can be made (503 not_configured).
        site.require();
        List<ModeratedPraise> praise = store.approvedBetween(year, week.start(campaign.timeZone()),
                week.end(campaign.timeZone()));
        if (late) {
            // A week after the window: only the late approvals of praise confirmed within it.
            Instant windowEnd = DigestWeek.windowEnd(campaign);
            praise = praise.stream().filter(p -> p.praise().confirmedAt() != null
                    && p.praise().confirmedAt().isBefore(windowEnd)).toList();
        }
        // In id order, so that runs that continue one another go through the participants alike.
        Map<String, List<ModeratedPraise>> byParticipant = praise.stream().collect(Collectors.groupingBy(
                p -> p.praise().participantId(), TreeMap::new, Collectors.toList()));
        int participants = 0;
        int sent = 0;
        int done = 0;
        int noRecipients = 0;
        int refused = 0;
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
            Delivery delivery = deliver(year, week, content, claim.get());
            mails += delivery.sent;
            if (delivery.takenOver) {
                // Another run holds the participant now (this run's claim went stale mid-way): it is theirs to finish.
                done++;
                continue;
            }
            if (delivery.failed) {
                failed++;
                if (!delivery.outcomeUnknown) {
                    // Every contact's outcome is known and recorded: the next run may go on at once with the rest.
                    store.release(year, claim.get());
                }
                // Otherwise the claim stays until it is stale: whether that contact's mail went out is not known, and
                // the run that takes it over sends it again under the same delivery key (the others are recorded).
                continue;
            }
            if (delivery.recipients == 0) {
                noRecipients++;
            } else if (delivery.delivered == 0) {
                // Every contact's address refused for good: done (nothing to retry), but nobody got it – not "sent".
                refused++;
            } else {
                sent++;
            }
            store.markSent(year, claim.get(), clock.instant(), delivery.delivered);
        }
        return new DigestRun(year, week.code(), true, participants, sent, done, noRecipients, refused, failed, mails,
                finished);
    }

    private static final class Delivery {
        /** Contacts not opted out: the digest is sent when each of them is done. */
        int recipients;
        /** Contacts the digest was handed over for, by this run or an earlier one. */
        int delivered;
        /** Mails this run handed over. */
        int sent;
        boolean failed;
        boolean outcomeUnknown;
        boolean takenOver;
    }

    /**
     * One mail to each contact not opted out and not done yet (recorded by an earlier run), each outcome recorded
     * right after it: handed over, or refused for good (that address is done: never tried again). A send that
     * certainly did not go (throttled, unreachable, the sender refused) or whose outcome is unknown is not recorded,
     * and a later run tries that contact again – only that one.
     */
    private Delivery deliver(int year, DigestWeek week, DigestContent content, DigestStore.Claim claim) {
        Delivery delivery = new Delivery();
        for (DigestRecipient to : store.recipients(year, content.participantId())) {
            if (to.optedOut()) {
                continue;
            }
            delivery.recipients++;
            if (claim.done().done(to.emailHash())) {
                delivery.delivered += claim.done().sent().contains(to.emailHash()) ? 1 : 0;
                continue;
            }
            String token = new DigestOptOutToken(year, content.participantId(), to.emailHash()).encode(signer);
            String lang = to.lang().code();
            boolean refused = false;
            try {
                mailer.send(DigestMail.of(content, week, to, site.link("/my/?lang=" + lang),
                        site.link("/my/opt-out.html?lang=" + lang + "&token=" + token),
                        deliveryKey(week, content.participantId(), to.emailHash())));
                delivery.sent++;
                delivery.delivered++;
            } catch (MailNotSentException e) {
                if (e.reason() != MailNotSentException.Reason.REJECTED) {
                    delivery.failed = true;
                    continue;
                }
                refused = true;
            } catch (RuntimeException e) {
                delivery.failed = true;
                delivery.outcomeUnknown = true;
                continue;
            }
            // Outside the catches: a store that fails here fails the run; the claim goes stale, and the run taking it
            // over sends this one contact's mail again under the same delivery key.
            if (!store.record(year, claim, to.emailHash(), refused)) {
                delivery.takenOver = true;
                return delivery;
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
