package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;
import java.util.function.Supplier;
import lv.praise.Wiring;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.posters.PosterArchive;
import lv.praise.domain.posters.Posters;

/**
 * The posters worker, started asynchronously by POST /api/admin/posters with
 * {@code {"job": "posters", "runId": ...}}: draws every participant's and branch's poster into one ZIP,
 * streamed into the archive under the run's key, reporting progress on the job item about once a second.
 * A run that fails is retried by Lambda (twice) and writes the same key again; the ZIP appears whole or not
 * at all.
 *
 * <p>The same function runs the carry-over of a new campaign ({@code {"job": "carryOver", ...}}, see
 * {@link CarryOverWorkerHandler}): the stack is at CloudFormation's 500 resources, and a function of its own
 * would cost eight more (function, role, log group, alarms, invoke config). For the same reason it sends every
 * participant its report ({@code {"job": "reports", ...}}, see {@link ReportsWorkerHandler}).
 */
public final class PostersWorkerHandler extends JobWorkerHandler {
    /** At most one progress write per this many nanoseconds (a national campaign has thousands of posters). */
    private static final long REPORT_EVERY_NANOS = 1_000_000_000L;
    private final Posters posters;
    private final PosterArchive archive;
    private final Jobs jobs;

    public PostersWorkerHandler() {
        this(Wiring.get().posters(), Wiring.get().posterArchive(), Wiring.get().jobsReader());
    }

    PostersWorkerHandler(Posters posters, PosterArchive archive, Jobs jobs) {
        this(posters, archive, jobs, CarryOverWorkerHandler::new);
    }

    PostersWorkerHandler(Posters posters, PosterArchive archive, Jobs jobs, Supplier<CarryOverWorkerHandler> carryOvers) {
        this(posters, archive, jobs, carryOvers, ReportsWorkerHandler::new);
    }

    PostersWorkerHandler(Posters posters, PosterArchive archive, Jobs jobs, Supplier<CarryOverWorkerHandler> carryOvers,
                         Supplier<ReportsWorkerHandler> reportSenders) {
        super(JobKind.POSTERS, "posters", false);
        this.posters = posters;
        this.archive = archive;
        this.jobs = jobs;
        this.carryOvers = carryOvers;
        this.reportSenders = reportSenders;
    }

    /** Made at the first carry-over event (a posters run never needs it). */
    private final Supplier<CarryOverWorkerHandler> carryOvers;
    private CarryOverWorkerHandler carryOver;
    /** Made at the first reports event (issue 18: "send every participant its report"). */
    private final Supplier<ReportsWorkerHandler> reportSenders;
    private ReportsWorkerHandler reportSender;

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        if (event != null && JobKind.CARRY_OVER.code().equals(event.get("job"))) {
            return carryOver().handleRequest(event, context);
        }
        if (event != null && JobKind.REPORTS.code().equals(event.get("job"))) {
            return reportSender().handleRequest(event, context);
        }
        return super.handleRequest(event, context);
    }

    private synchronized CarryOverWorkerHandler carryOver() {
        if (carryOver == null) {
            carryOver = carryOvers.get();
        }
        return carryOver;
    }

    private synchronized ReportsWorkerHandler reportSender() {
        if (reportSender == null) {
            reportSender = reportSenders.get();
        }
        return reportSender;
    }

    @Override
    Jobs.Outcome run(Start start, Context context) {
        return jobs.run(JobKind.POSTERS, start.runId(), (job, progress) -> {
            long[] last = {System.nanoTime() - REPORT_EVERY_NANOS};
            return posters.build(archive, job.runId(), (done, total) -> {
                long now = System.nanoTime();
                if (done == total || now - last[0] >= REPORT_EVERY_NANOS) {
                    last[0] = now;
                    progress.step("posters", done, total);
                }
            });
        });
    }
}
