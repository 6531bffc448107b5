package lv.praise.domain.jobs;

/** A job's life: queued by the route, running in the worker (again after a retry), then done or failed. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Done or failed: a new start may replace it. */
    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
