package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import lv.praise.domain.RefusedException;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.campaigns.CampaignYears;

/**
 * POST /api/admin/campaigns – creates next year's campaign from the current one and makes it current:
 * {@code {"year": 2028, "praiseOpensAt"?, "praiseClosesAt"?, "awardsAt"?}} (a time left out is the current
 * campaign's, a year later). 201 with the new campaign and its awards schedule; 409 already_exists (year)
 * for a year that exists, 409 not_published (year) while the current results are not published. The answer's
 * {@code carryOver} is the job carrying last year's participants and questionnaire over; {@code {"carryOver": true}}
 * alone runs it again for the current campaign (202 with the job; the console offers it after a failed run).
 */
public final class CreateCampaignHandler extends AdminHandler {
    private static final Set<String> FIELDS = Set.of("year", CampaignSettingsView.OPENS, CampaignSettingsView.CLOSES,
            CampaignSettingsView.AWARDS, "carryOver");
    private final CampaignYears years;
    private final Clock clock;
    private final Supplier<Jobs> jobs;

    public CreateCampaignHandler() {
        this(Wiring.get().campaignYears(), Wiring.get().clock(), Wiring.get()::jobs);
    }

    /** @param jobs the new current campaign's jobs (asked after the creation: their year is the new one) */
    CreateCampaignHandler(CampaignYears years, Clock clock, Supplier<Jobs> jobs) {
        this.years = years;
        this.clock = clock;
        this.jobs = jobs;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        RequestBody body = RequestBody.parse(event, FIELDS);
        Integer year = body.wholeNumber("year");
        CampaignYears.Calendar calendar = CampaignSettingsView.calendar(body, years.timeZone());
        Boolean again = body.bool("carryOver");
        if (again != null) {
            // {"carryOver": true}: the current campaign's carry-over once more (after a failed run). Safe to repeat:
            // every write is conditional, so a run writes only what is missing.
            if (!again || year != null || calendar.praiseOpensAt() != null || calendar.praiseClosesAt() != null
                    || calendar.awardsAt() != null) {
                throw RefusedException.invalid("carryOver", "carryOver: true, alone, runs the current campaign's "
                        + "carry-over again");
            }
            Jobs current = jobs.get();
            Jobs.Started started = current.start(JobKind.CARRY_OVER, organiser.actor());
            JsonLog.info("job_started", Map.of("job", JobKind.CARRY_OVER.code(), "runId", started.job().runId(),
                    "startedNow", started.startedNow()));
            return Responses.json(202, JobView.started(started, current));
        }
        CampaignYears.View created = years.createNext(year, calendar);
        JsonLog.info("campaign_created", Map.of("campaignYear", created.campaign().year(),
                "awardsAt", created.campaign().awardsAt().toString()));
        Map<String, Object> answer = new LinkedHashMap<>(CampaignSettingsView.of(created, clock.instant()));
        answer.put("carryOver", carryOver(created.campaign().year(), organiser));
        return Responses.json(201, answer);
    }

    /**
     * Starts carrying last year's participants (as invitations) and questionnaire over. The campaign exists
     * whatever happens here: a refused start is logged and answered as the failed job, not as a failed creation.
     */
    private Map<String, Object> carryOver(int year, Organiser organiser) {
        Jobs yearJobs = jobs.get();
        try {
            Jobs.Started started = yearJobs.start(JobKind.CARRY_OVER, organiser.actor());
            JsonLog.info("job_started", Map.of("job", JobKind.CARRY_OVER.code(), "campaignYear", year,
                    "runId", started.job().runId()));
            return JobView.of(started.job(), false);
        } catch (RuntimeException e) {
            JsonLog.error("job_start_failed", e, Map.of("job", JobKind.CARRY_OVER.code(), "campaignYear", year));
            return yearJobs.find(JobKind.CARRY_OVER).map(job -> JobView.of(job, false)).orElse(null);
        }
    }
}
