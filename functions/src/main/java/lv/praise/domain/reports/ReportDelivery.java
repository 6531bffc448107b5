package lv.praise.domain.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Jitter;
import lv.praise.domain.Lang;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.RefusedException;
import lv.praise.domain.awards.CertificateDelivery;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.insight.InsightReader;
import lv.praise.domain.insight.ParticipantInsight;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.Jobs;

/**
 * The work of the job "send every participant its report" ({@code {"job":"reports"}} in the posters worker): one
 * {@code REPORT#} letter per participant, claimed with a conditional write before it is sent and marked after, as
 * the certificate letters are (CertificateDelivery), each contact's outcome recorded on it right after that contact's
 * send. A retried or resumed run sends only what is not sent, and of a letter not sent only to the contacts not
 * recorded; a run that dies between handing one contact's letter over and recording it leaves a claim that goes stale
 * after {@link #LEASE}, and that one contact's letter is sent again under the same delivery key (the outbox delivers a
 * key once; SES can't tell – docs/awards.md's at-least-once window, narrowed to one letter). A failed letter never
 * stops the others.
 */
public final class ReportDelivery {
    /** Longer than one participant's letters take (an insight, a PDF, a few SES calls of at most 10 s, back-off). */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** Tries of one throttled letter within a run, with exponential back-off between them (as the certificates'). */
    static final int THROTTLE_TRIES = 5;
    /** Participants between two progress writes on the job item. */
    static final int PROGRESS_EVERY = 10;
    public static final String NO_CONTACT = "no_contact";
    public static final String REPORT_FAILED = "report_failed";
    public static final String UNKNOWN_OUTCOME = "unknown_outcome";
    /** Every contact's address refused for good: nobody got the letter, so it is not sent (issue 18 review). */
    public static final String REFUSED = "refused";

    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final ContactStore contacts;
    private final InsightReader insights;
    private final Reports reports;
    private final ReportStore letters;
    private final Mailer mailer;
    private final Clock clock;
    private final Clock leaseClock;
    private final CertificateDelivery.Pause pause;

    /**
     * @param clock      the campaign's clock, for the recorded times
     * @param leaseClock real time: leases are real time even when the campaign clock is fixed
     */
    public ReportDelivery(CampaignStore campaigns, ParticipantStore participants, ContactStore contacts,
                          InsightReader insights, Reports reports, ReportStore letters, Mailer mailer, Clock clock,
                          Clock leaseClock, CertificateDelivery.Pause pause) {
        this.campaigns = campaigns;
        this.participants = participants;
        this.contacts = contacts;
        this.insights = insights;
        this.reports = reports;
        this.letters = letters;
        this.mailer = mailer;
        this.clock = clock;
        this.leaseClock = leaseClock;
        this.pause = pause;
    }

    /** The job's work without a deadline (a test, a run that may take as long as it needs). */
    public Jobs.Work work() {
        return work(Deadline.none());
    }

    /**
     * The job's work: stops claiming letters once {@code deadline} has passed (the worker's time is nearly up) and
     * finishes the job with what is left as {@code pending}; the next start goes on from there.
     */
    public Jobs.Work work(Deadline deadline) {
        return (job, progress) -> run(job, progress, deadline);
    }

    private Map<String, String> run(Job job, Jobs.Progress progress, Deadline deadline) {
        int year = job.campaignYear();
        Campaign campaign = campaigns.findOrDefault(year);
        if (campaign.publishedAt() == null) {
            // Only published results may go out: the report names ranks after publication, never before.
            throw new RefusedException(ErrorCode.NOT_PUBLISHED, "campaign", "the results are not published yet");
        }
        List<Participant> all = participants.all(year);
        letters.ensure(year, all.stream().map(Participant::id).toList());
        Map<String, ReportLetter> before = new LinkedHashMap<>();
        for (ReportLetter letter : letters.all(year)) {
            before.put(letter.participantId(), letter);
        }
        int done = 0;
        int sentNow = 0;
        progress.step("reports", done, all.size());
        boolean outOfTime = false;
        for (Participant participant : all) {
            if (deadline.passed()) {
                outOfTime = true;
                break;
            }
            ReportLetter letter = before.get(participant.id());
            if (letter == null || letter.state() != DeliveryState.SENT) {
                Instant now = leaseClock.instant();
                Optional<ReportStore.Claim> claim = letters.claim(year, participant.id(), now, now.minus(LEASE));
                if (claim.isPresent() && send(campaign, participant, claim.get(), deadline)) {
                    sentNow++;
                }
            }
            // Every so many participants, not each: the job item is one more write per progress step.
            if (++done % PROGRESS_EVERY == 0 || done == all.size()) {
                progress.step("reports", done, all.size());
            }
        }
        Counts counts = Counts.of(letters.all(year));
        Map<String, String> result = new LinkedHashMap<>();
        result.put("sentNow", Integer.toString(sentNow));
        result.put("sent", Integer.toString(counts.sent()));
        result.put("failed", Integer.toString(counts.failed()));
        result.put("noContact", Integer.toString(counts.noContact()));
        result.put("left", Integer.toString(counts.pending()));
        result.put("outOfTime", Boolean.toString(outOfTime));
        return result;
    }

    /**
     * Sends one claimed letter to each of the participant's contacts not done yet, recording each contact's outcome
     * right after its send (handed over, or refused for good: that address is done, never tried again), then the
     * letter's: {@code SENT} when every contact is done and one at least got it, {@code FAILED} {@code refused} when
     * every contact was refused for good, else {@code FAILED} with the last failure's reason – and the
     * next attempt writes only to the contacts not recorded.
     */
    private boolean send(Campaign campaign, Participant participant, ReportStore.Claim claim, Deadline deadline) {
        int year = campaign.year();
        List<Contact> to = contacts.contacts(year, participant.id());
        if (to.isEmpty()) {
            letters.markNotSent(year, claim, DeliveryState.NO_CONTACT, NO_CONTACT);
            return false;
        }
        List<Contact> due = to.stream().filter(c -> !claim.done().done(c.emailHash())).toList();
        List<OutgoingMail> mails = new ArrayList<>();
        try {
            if (!due.isEmpty()) {
                ParticipantInsight insight = insights.read(year, participant.id());
                // Each contact in its language: the report exists in lv and en, so an Estonian contact gets the English
                // one (and the English letter: the letter has no Estonian text). Each language drawn once.
                Map<Lang, Report> byLang = new java.util.EnumMap<>(Lang.class);
                Map<Lang, byte[]> pdfs = new java.util.EnumMap<>(Lang.class);
                for (Contact contact : due) {
                    Lang lang = ReportMail.reportLang(contact.lang());
                    Report report = byLang.computeIfAbsent(lang, l -> reports.report(insight, campaign, l));
                    byte[] pdf = pdfs.computeIfAbsent(lang, l -> reports.pdf(report));
                    mails.add(ReportMail.compose(contact.email(), report, pdf, deliveryKey(year, contact), lang));
                }
            }
        } catch (RuntimeException e) {
            // One report that can't be drawn must not hold up the rest.
            letters.markNotSent(year, claim, DeliveryState.FAILED, REPORT_FAILED);
            return false;
        }
        String failure = null;
        // Whether some current contact has the letter: an earlier attempt's record, or this run's hand-over.
        boolean reachedSomeone = to.stream().anyMatch(c -> claim.done().sent().contains(c.emailHash()));
        for (int i = 0; i < mails.size(); i++) {
            Boolean refused = null;
            for (int attempt = 1; ; attempt++) {
                try {
                    mailer.send(mails.get(i));
                    refused = false;
                    reachedSomeone = true;
                    break;
                } catch (MailNotSentException e) {
                    if (e.reason() == MailNotSentException.Reason.THROTTLED && attempt < THROTTLE_TRIES && !deadline.passed()) {
                        pause.sleep(backOff(attempt));
                        continue;
                    }
                    if (e.reason() == MailNotSentException.Reason.REJECTED) {
                        // This address, for good: done, so the letter does not stay failed for ever.
                        refused = true;
                    } else {
                        failure = e.reason().name().toLowerCase(Locale.ROOT);
                    }
                    break;
                } catch (RuntimeException e) {
                    // The answer was lost: it may have gone out. Not recorded, so tried again under the same key.
                    failure = UNKNOWN_OUTCOME;
                    break;
                }
            }
            // Outside the catches: a store that fails here fails the run; the claim goes stale and is taken over,
            // and only this contact's letter may go again (same delivery key).
            if (refused != null && !letters.record(year, claim, due.get(i).emailHash(), refused)) {
                return false;
            }
        }
        if (failure != null) {
            letters.markNotSent(year, claim, DeliveryState.FAILED, failure);
            return false;
        }
        if (!reachedSomeone) {
            // Every contact refused for good: done (never written to again), but the participant has no report – a
            // failure the console shows, until an organiser gives it an address that works (a new contact is sent).
            letters.markNotSent(year, claim, DeliveryState.FAILED, REFUSED);
            return false;
        }
        letters.markSent(year, claim, clock.instant());
        return true;
    }

    /** 200 ms, 400 ms, 800 ms … with jitter, so parallel runs don't retry in step. */
    static Duration backOff(int attempt) {
        long ceiling = 200L << Math.min(attempt - 1, 5);
        return Duration.ofMillis(Jitter.between(ceiling / 2, ceiling));
    }

    /** report-{year}-{participantId}-{first 16 of the contact's hash}: one letter per contact per campaign. */
    static String deliveryKey(int year, Contact contact) {
        String hash = contact.emailHash().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "report-" + year + "-" + contact.participantId() + "-" + hash.substring(0, Math.min(16, hash.length()));
    }

    /** Where the letters are: what the console shows. */
    public record Counts(int total, int sent, int failed, int pending, int noContact) {
        public static Counts of(List<ReportLetter> letters) {
            int sent = 0;
            int failed = 0;
            int pending = 0;
            int noContact = 0;
            for (ReportLetter letter : letters) {
                switch (letter.state()) {
                    case SENT -> sent++;
                    case FAILED -> failed++;
                    case NO_CONTACT -> noContact++;
                    case PENDING, SENDING -> pending++;
                }
            }
            return new Counts(letters.size(), sent, failed, pending, noContact);
        }
    }
}
