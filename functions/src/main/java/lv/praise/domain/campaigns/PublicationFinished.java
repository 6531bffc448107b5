package lv.praise.domain.campaigns;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.AwardStore;
import lv.praise.domain.awards.DeliveryCounts;
import lv.praise.domain.awards.Publication;
import lv.praise.domain.awards.PublicationStore;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobState;

/**
 * Whether a year's publication has ended, as next year's creation needs it: the organisers' publication job
 * (when there is one – a scheduled publication has none) done, the results record written, an award for each
 * of its places, and no letter pending, being sent or failed. A publication still running, or one that a
 * Lambda retry would take up again, keeps the year current: its awards, letters and resend routes serve the
 * current year only.
 */
public final class PublicationFinished implements CampaignYears.PublicationProgress {
    private final IntFunction<Optional<Job>> publicationJob;
    private final PublicationStore publications;
    private final AwardStore awards;

    /** @param publicationJob the publication job of a year (empty: none was started by an organiser) */
    public PublicationFinished(IntFunction<Optional<Job>> publicationJob, PublicationStore publications,
                               AwardStore awards) {
        this.publicationJob = publicationJob;
        this.publications = publications;
        this.awards = awards;
    }

    @Override
    public Optional<String> unfinished(int year) {
        Optional<Job> job = publicationJob.apply(year);
        if (job.isPresent() && job.get().state() != JobState.DONE) {
            return Optional.of("its publication job is " + job.get().state().code());
        }
        Optional<Publication> record = publications.find(year);
        if (record.isEmpty()) {
            return Optional.of("its results record is not written yet");
        }
        List<Award> all = awards.all(year);
        DeliveryCounts counts = DeliveryCounts.of(all).outOf(record.get().top().size());
        if (counts.pending() > 0 || counts.failed() > 0) {
            return Optional.of(counts.pending() + " certificate letters are pending and " + counts.failed()
                    + " failed (resend them, or fix the contact e-mail and resend)");
        }
        return Optional.empty();
    }
}
