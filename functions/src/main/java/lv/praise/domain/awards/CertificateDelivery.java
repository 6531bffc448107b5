package lv.praise.domain.awards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Jitter;
import lv.praise.domain.Campaign;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;

/**
 * Sends the certificate letters that are due, each exactly once: a letter is claimed with a
 * conditional write before it is sent and marked sent after, so concurrent runs never send one letter
 * twice; a run that dies between sending and marking leaves a claim that goes stale after the lease and
 * is sent again under the same delivery key, which the mailer delivers once where it can tell (the
 * outbox can; SES can't – docs/awards.md). A failed letter never stops the others.
 */
public final class CertificateDelivery {
    /**
     * How long a claim protects a letter from other runs: longer than one letter can take in a live run
     * (five SES calls of at most 10 s each, plus about 3 s of back-off), and shorter than the gap before
     * Lambda's second retry of a failed scheduled run, so that retry takes over a dead run's letters.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** Tries of one throttled letter within a run, with exponential back-off between them. */
    static final int THROTTLE_TRIES = 5;

    /** How a run waits between throttled tries (a test passes one that doesn't). */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration);
    }

    private final AwardStore awards;
    private final ParticipantStore participants;
    private final CertificateRenderer renderer;
    private final Mailer mailer;
    private final Certificates certificates;
    private final Clock clock;
    private final Clock leaseClock;
    private final Pause pause;

    /**
     * @param clock      the campaign's clock, for the recorded times
     * @param leaseClock the real clock: leases are real time even when the campaign clock is fixed
     */
    public CertificateDelivery(AwardStore awards, ParticipantStore participants, CertificateRenderer renderer,
                               Mailer mailer, Certificates certificates, Clock clock, Clock leaseClock, Pause pause) {
        this.awards = awards;
        this.participants = participants;
        this.renderer = renderer;
        this.mailer = mailer;
        this.certificates = certificates;
        this.clock = clock;
        this.leaseClock = leaseClock;
        this.pause = pause;
    }

    /** Sends every letter that is due, until done or the deadline; returns where the letters are then. */
    public DeliveryCounts deliver(Campaign campaign, Deadline deadline) {
        return deliver(campaign, deadline, java.util.Set.of());
    }

    /** @param categoryWinners the published results' category winners (participant ids): their letters name the win */
    public DeliveryCounts deliver(Campaign campaign, Deadline deadline, java.util.Set<String> categoryWinners) {
        int year = campaign.year();
        Map<String, Participant> contacts = new LinkedHashMap<>();
        for (Participant p : participants.all(year)) {
            contacts.put(p.id(), p);
        }
        for (Award award : awards.all(year)) {
            if (award.state() == DeliveryState.SENT) {
                continue;
            }
            if (deadline.passed()) {
                break;
            }
            Instant now = leaseClock.instant();
            Optional<AwardStore.Claim> claim = awards.claim(year, award.participantId(), now, now.minus(LEASE));
            if (claim.isPresent()) {
                send(campaign, award, contacts.get(award.participantId()), claim.get(), deadline,
                        categoryWinners.contains(award.participantId()));
            }
        }
        return DeliveryCounts.of(awards.all(year));
    }

    /**
     * Sends one claimed letter and records the outcome. Store failures are not caught: the run fails,
     * and the claim goes stale and is taken over after the lease.
     */
    private void send(Campaign campaign, Award award, Participant participant, AwardStore.Claim claim,
                      Deadline deadline, boolean wonCategory) {
        int year = campaign.year();
        String to = participant == null ? null : participant.contactEmail();
        if (to == null || to.isBlank()) {
            awards.markNotSent(year, claim, DeliveryState.NO_CONTACT, "no_contact");
            return;
        }
        OutgoingMail letter;
        try {
            Certificate certificate = certificates.of(award, campaign);
            letter = AwardLetter.compose(to, certificate, wonCategory, renderer.pdf(certificate), award.deliveryKey());
        } catch (RuntimeException e) {
            // One certificate that can't be drawn (or an address the letter can't carry) must not hold up the rest;
            // the cause is kept with the code: a bug in the drawing must be findable, not just "failed".
            awards.markNotSent(year, claim, DeliveryState.FAILED, "certificate_failed", e);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.send(letter);
            } catch (MailNotSentException e) {
                if (e.reason() == MailNotSentException.Reason.THROTTLED && attempt < THROTTLE_TRIES && !deadline.passed()) {
                    pause.sleep(backOff(attempt));
                    continue;
                }
                awards.markNotSent(year, claim, DeliveryState.FAILED, e.reason().name().toLowerCase(Locale.ROOT), e);
                return;
            } catch (RuntimeException e) {
                // The answer was lost: it may have gone out. Marked failed, so it is visible and retried
                // under the same delivery key.
                awards.markNotSent(year, claim, DeliveryState.FAILED, "unknown_outcome", e);
                return;
            }
            // Outside the catch: a store that fails here fails the run, and the claim goes stale and is retried.
            awards.markSent(year, claim, clock.instant());
            return;
        }
    }

    /** 200 ms, 400 ms, 800 ms … with jitter, so parallel runs don't retry in step. */
    static Duration backOff(int attempt) {
        long ceiling = 200L << Math.min(attempt - 1, 5);
        return Duration.ofMillis(Jitter.between(ceiling / 2, ceiling));
    }

    /**
     * Refuses (not_configured) when no letter could carry its certificate, the site's address being
     * unknown: for a publication to call before it writes anything.
     */
    public void requireSiteUrl() {
        certificates.requireSiteUrl();
    }

    /** The awards as they stand. */
    public List<Award> awards(int year) {
        return awards.all(year);
    }
}
