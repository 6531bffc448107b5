package lv.praise.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.Jobs;

/** A job as the organisers' console shows it: state, step, progress, and the error code it ended with. */
final class JobView {
    private JobView() {
    }

    static Map<String, Object> of(Job job, boolean stalled) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", job.kind().code());
        // A run silent for longer than a worker can live is dead: the console offers to start it again.
        view.put("state", stalled ? "stalled" : job.state().code());
        view.put("step", job.step());
        view.put("done", job.done());
        view.put("total", job.total());
        view.put("attempts", job.attempts());
        view.put("maxAttempts", Jobs.MAX_ATTEMPTS);
        view.put("error", job.error());
        view.put("startedBy", job.startedBy() == null ? null : job.startedBy().shown());
        view.put("startedAt", job.startedAt().toString());
        view.put("updatedAt", job.updatedAt().toString());
        // What the run left: e.g. whether it wrote the results record, letters sent; the ZIP's name and size.
        view.put("result", job.result());
        return view;
    }

    /** The answer of a route that starts a job: 202, with the job (this call's, or the one already running). */
    static Map<String, Object> started(Jobs.Started started, Jobs jobs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startedNow", started.startedNow());
        body.put("job", of(started.job(), jobs.stalled(started.job())));
        return body;
    }
}
