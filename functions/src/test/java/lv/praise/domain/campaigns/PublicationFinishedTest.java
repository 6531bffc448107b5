package lv.praise.domain.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import lv.praise.domain.Actor;
import lv.praise.domain.CurrentCampaign;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryJobs;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

/**
 * Next year waits for the whole publication, not for its first step: the freeze sets {@code publishedAt} long
 * before the results record, the awards and the letters, and a next year created in between strands them.
 */
class PublicationFinishedTest {
    private final AwardsKit kit = new AwardsKit(12, 12);
    private final RecordingMailer mailer = new RecordingMailer();
    private final PublishAwards awards = kit.publishAwards(mailer);
    private final InMemoryJobs jobStore = new InMemoryJobs();
    private final Jobs jobs = jobStore.jobs(kit.clock);
    private final CurrentCampaign current = new CurrentCampaign(Fixtures.YEAR, kit.store, kit.clock, Duration.ofSeconds(30));
    private final CampaignYears years = new CampaignYears(current, kit.store, new CampaignYearsTest.RecordingSchedule(),
            kit.clock, new PublicationFinished(year -> jobStore.find(year, JobKind.PUBLICATION), kit.awards, kit.awards));
    private final Actor anna = Fixtures.organiser("anna@example.lv");

    private void refusedWhile(String what) {
        RefusedException refused = assertThrows(RefusedException.class,
                () -> years.createNext(Fixtures.YEAR + 1, CampaignYears.Calendar.UNCHANGED), what);
        assertEquals(ErrorCode.PUBLICATION_UNFINISHED, refused.code(), what);
        assertEquals("year", refused.field());
        assertFalse(kit.store.find(Fixtures.YEAR + 1).isPresent(), what + ": nothing written");
        assertEquals(Fixtures.YEAR, current.year());
    }

    @Test
    void nextYearWaitsForTheJobTheResultsAndEveryLetterNotOnlyForTheFreeze() {
        Jobs.Started started = jobs.start(JobKind.PUBLICATION, anna);
        assertEquals(ErrorCode.NOT_PUBLISHED, assertThrows(RefusedException.class,
                () -> years.createNext(Fixtures.YEAR + 1, CampaignYears.Calendar.UNCHANGED)).code(), "before the freeze");
        // The first attempt freezes and dies before the results record (Lambda will retry it).
        assertThrows(IllegalStateException.class, () -> jobs.run(JobKind.PUBLICATION, started.job().runId(), (job, p) -> {
            kit.store.freeze(kit.store.findOrDefault(Fixtures.YEAR), kit.clock.instant(), anna);
            throw new IllegalStateException("the function timed out");
        }));
        assertTrue(kit.store.find(Fixtures.YEAR).orElseThrow().publishedAt() != null, "frozen: publishedAt is set");
        refusedWhile("frozen, the job open for its retry, no results record");
        // The retry publishes, but every letter fails (SES down): the job ends, the letters wait for a resend.
        mailer.failing(true);
        assertEquals(Jobs.Outcome.DONE, jobs.run(JobKind.PUBLICATION, started.job().runId(), (job, p) -> {
            awards.publish(anna, Deadline.in(Duration.ofMinutes(5)));
            return Map.of();
        }));
        assertTrue(kit.awards.find(Fixtures.YEAR).isPresent());
        refusedWhile("letters failed");
        mailer.failing(false);
        awards.resend(Deadline.in(Duration.ofMinutes(5)));
        assertEquals(Fixtures.YEAR + 1, years.createNext(Fixtures.YEAR + 1, CampaignYears.Calendar.UNCHANGED)
                .campaign().year(), "everything sent: next year may start");
    }

    @Test
    void aScheduledPublicationHasNoJobAndCountsOnceItsLettersAreOut() {
        awards.publish(Actor.SCHEDULE, Deadline.in(Duration.ofMinutes(5)));
        assertEquals(Fixtures.YEAR + 1, years.createNext(Fixtures.YEAR + 1, CampaignYears.Calendar.UNCHANGED)
                .campaign().year());
    }
}
