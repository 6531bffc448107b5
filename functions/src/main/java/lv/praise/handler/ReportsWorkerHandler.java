package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.util.function.IntFunction;
import lv.praise.Wiring;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.reports.ReportDelivery;

/**
 * The reports worker, started asynchronously by POST /api/admin/reports with {@code {"job": "reports",
 * "campaignYear": year, "runId": ...}}: sends every participant its report ({@link ReportDelivery}). A run that
 * fails is retried by Lambda (twice) and sends only what is not sent. Deployed inside PostersWorkerFunction (which
 * hands it these events), as the carry-over is: the stack is near CloudFormation's 500 resources.
 */
public final class ReportsWorkerHandler extends JobWorkerHandler {
    private final ReportDelivery delivery;
    private final IntFunction<Jobs> jobsOf;

    public ReportsWorkerHandler() {
        this(Wiring.get().reportDelivery(), Wiring.get()::jobsOf);
    }

    ReportsWorkerHandler(ReportDelivery delivery, IntFunction<Jobs> jobsOf) {
        super(JobKind.REPORTS, "reports", true);
        this.delivery = delivery;
        this.jobsOf = jobsOf;
    }

    /**
     * A minute before the function's time is up the run stops claiming letters and finishes the job with what is
     * left (an organiser's next start goes on), rather than being killed in the middle of a letter: longer than
     * one participant's letters can take.
     */
    static final Duration MARGIN = Duration.ofSeconds(60);

    @Override
    Jobs.Outcome run(Start start, Context context) {
        return jobsOf.apply(start.campaignYear()).run(JobKind.REPORTS, start.runId(),
                delivery.work(deadline(context, MARGIN)));
    }
}
