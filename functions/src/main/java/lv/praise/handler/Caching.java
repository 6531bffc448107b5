package lv.praise.handler;

import java.time.Duration;

/**
 * The one place that says how long an answer may be kept (its {@code Cache-Control}), by CloudFront's
 * cached API behaviours (template.yaml, ApiPublicCachePolicy: it keeps exactly what this header allows) and
 * by browsers. Every answer is {@link #NOT_KEPT} unless its handler names another rule here; refusals
 * always are (Responses.error), so a "not published yet" 404 is asked again next time.
 */
enum Caching {
    /** Changes at any moment, or is somebody's own or an organiser's: never kept anywhere. */
    NOT_KEPT("no-store"),
    /** An organiser's file: not even the browser keeps it. */
    PERSONAL("private, no-store"),
    /**
     * Published once and never changed (a year's results record, a certificate, its PDF and badge: written
     * by conditional writes, never updated). A day, not for ever: a fix to how a PDF or badge is drawn
     * reaches browsers within a day (CloudFront's copies by an invalidation, docs/architecture.md "Caching").
     */
    PUBLISHED("public, max-age=" + Duration.ofDays(1).toSeconds()),
    /**
     * The published results' open-data file: the input digest's own text, which the results record's digest
     * fixes for good (no drawing to fix later), so kept a year and never revalidated.
     */
    FIXED_BY_DIGEST("public, max-age=" + Duration.ofDays(365).toSeconds() + ", immutable");

    private final String header;

    Caching(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /**
     * An answer served from a copy that is itself up to {@code refresh} old (the search's participant list):
     * kept as long again, so a change shows within twice that; zero (read every time) is never kept.
     */
    static String refreshedEvery(Duration refresh) {
        return refresh.isZero() || refresh.isNegative() ? NOT_KEPT.header : "public, max-age=" + refresh.toSeconds();
    }
}
