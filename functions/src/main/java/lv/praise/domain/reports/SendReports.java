package lv.praise.domain.reports;

import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import lv.praise.domain.Actor;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * Use case: "send every participant its report" – started by an organiser after publication (409 {@code
 * not_published} before), run by the worker ({@link ReportDelivery}); a second start while it runs joins the run.
 */
public final class SendReports {
    /** One letter that did not go out, and why (a code the console translates). */
    public record Failure(String participantId, String state, String reason, int attempts) {
    }

    /** What the console shows: the job (if any was started), the letters' counts, and each failure. */
    public record Status(Optional<Job> job, boolean stalled, ReportDelivery.Counts counts, List<Failure> failures) {
    }

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final ReportStore letters;
    private final Jobs jobs;

    public SendReports(IntSupplier campaignYear, CampaignStore campaigns, ReportStore letters, Jobs jobs) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.letters = letters;
        this.jobs = jobs;
    }

    public Jobs.Started start(Actor by) {
        int year = campaignYear.getAsInt();
        if (campaigns.findOrDefault(year).publishedAt() == null) {
            throw new RefusedException(ErrorCode.NOT_PUBLISHED, "campaign",
                    "the " + year + " results are not published yet: reports go out after publication");
        }
        return jobs.start(JobKind.REPORTS, by);
    }

    public Status status() {
        int year = campaignYear.getAsInt();
        List<ReportLetter> all = letters.all(year);
        List<Failure> failures = all.stream()
                .filter(l -> l.state() == DeliveryState.FAILED || l.state() == DeliveryState.NO_CONTACT)
                .map(l -> new Failure(l.participantId(), l.state().code(), l.lastError(), l.attempts()))
                .toList();
        Optional<Job> job = jobs.find(JobKind.REPORTS);
        return new Status(job, job.map(jobs::stalled).orElse(false), ReportDelivery.Counts.of(all), failures);
    }
}
