package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.IntFunction;
import lv.praise.Wiring;
import lv.praise.domain.campaigns.Invitations;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * The carry-over worker, started asynchronously when next year's campaign is created, with
 * {@code {"job": "carryOver", "campaignYear": year, "runId": ...}}: copies the earlier year's questionnaire and
 * invites its participants into {@code year}. A run that fails is retried by Lambda (twice); every write is
 * conditional on its item not being there, so the retry goes on where the failed attempt stopped. Deployed
 * inside PostersWorkerFunction (which hands it these events), not as a function of its own.
 */
public final class CarryOverWorkerHandler extends JobWorkerHandler {
    private final Invitations invitations;
    private final IntFunction<Jobs> jobsOf;

    public CarryOverWorkerHandler() {
        this(Wiring.get().invitations(), Wiring.get()::jobsOf);
    }

    CarryOverWorkerHandler(Invitations invitations, IntFunction<Jobs> jobsOf) {
        super(JobKind.CARRY_OVER, "carry-over", true);
        this.invitations = invitations;
        this.jobsOf = jobsOf;
    }

    @Override
    Jobs.Outcome run(Start start, Context context) {
        return jobsOf.apply(start.campaignYear()).run(JobKind.CARRY_OVER, start.runId(), invitations::carryOver);
    }
}
