package lv.praise.domain.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lv.praise.domain.Actor;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * One planned evaluation and where it stands. Immutable: {@link #submitted} and {@link #reviewed} give the
 * next state or refuse the move (the state machine of docs/evaluations.md); the store writes a move only on
 * condition that the stored visit is still the one the move started from.
 *
 * @param evaluator            the evaluator's e-mail address, lower case, as their token's {@code email}
 * @param questionnaireVersion null until the first submission, then the version it keeps
 * @param latest               the latest submission, or null while never submitted
 * @param submissionIds        every submission's {@code submissionId}, oldest first: a repeat of any is answered, not stored
 */
public record Visit(String id, int year, String participantId, String participantName, String branch, String channel,
                    String evaluator, LocalDate dueFrom, LocalDate dueTo, VisitStatus status,
                    Integer questionnaireVersion, Actor plannedBy, Instant plannedAt, SubmissionVersion latest,
                    List<Review> reviews, List<String> submissionIds) {
    public Visit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        submissionIds = submissionIds == null ? List.of() : List.copyOf(submissionIds);
    }

    /** A visit whose earlier submissions' ids are not known apart from the latest's (planned, or stored before they were kept). */
    public Visit(String id, int year, String participantId, String participantName, String branch, String channel,
                 String evaluator, LocalDate dueFrom, LocalDate dueTo, VisitStatus status,
                 Integer questionnaireVersion, Actor plannedBy, Instant plannedAt, SubmissionVersion latest,
                 List<Review> reviews) {
        this(id, year, participantId, participantName, branch, channel, evaluator, dueFrom, dueTo, status,
                questionnaireVersion, plannedBy, plannedAt, latest, reviews,
                latest == null ? List.of() : List.of(latest.submissionId()));
    }

    /**
     * What makes two planned visits the same one: participant, branch, channel, evaluator and due window. A plan
     * sent again (a double click, a retry after a failure half-way) finds its visits by it and plans nothing new.
     */
    public String planKey() {
        return String.join("|", participantId, branch == null ? "" : branch, channel, evaluator,
                String.valueOf(dueFrom), String.valueOf(dueTo));
    }

    /**
     * Refuses with 409 {@code already_submitted} (field {@code visit}) unless the visit is planned and was never
     * submitted: only such a visit may be cancelled (a submission is evidence, kept for good).
     */
    public void requireCancellable() {
        if (status != VisitStatus.PLANNED || versions() != 0) {
            throw new RefusedException(ErrorCode.ALREADY_SUBMITTED, "visit",
                    "only a planned visit that was never submitted can be cancelled; this one is " + status.code());
        }
    }

    /** How many submissions are on record (every one kept as a version). */
    public int versions() {
        return latest == null ? 0 : latest.version();
    }

    /** The same submission sent again (a lost connection): its stored result is the answer. */
    public boolean isRepeatOf(Submission submission) {
        // Every submission's id, not only the latest's: an old device re-sending its first submission after a
        // return and a resubmission must not store those stale answers as a new version.
        return submissionIds.contains(submission.submissionId())
                || latest != null && latest.submissionId().equals(submission.submissionId());
    }

    /** The organiser's comment of the latest return, while the visit is returned. */
    public String returnComment() {
        if (status != VisitStatus.RETURNED || reviews.isEmpty()) {
            return null;
        }
        return reviews.get(reviews.size() - 1).comment();
    }

    /**
     * The visit after this submission, or 409 {@code already_submitted} when it is submitted or approved
     * (a different submission than the stored one: the caller answers a repeat before asking).
     */
    public Visit submitted(SubmissionVersion version) {
        requireOpen();
        if (version.version() != versions() + 1) {
            throw new IllegalArgumentException("the next version of visit " + id + " is " + (versions() + 1));
        }
        if (questionnaireVersion != null && questionnaireVersion != version.questionnaireVersion()) {
            throw new IllegalArgumentException("visit " + id + " keeps questionnaire version " + questionnaireVersion);
        }
        List<String> ids = new ArrayList<>(submissionIds);
        ids.add(version.submissionId());
        return new Visit(id, year, participantId, participantName, branch, channel, evaluator, dueFrom, dueTo,
                VisitStatus.SUBMITTED, version.questionnaireVersion(), plannedBy, plannedAt, version, reviews, ids);
    }

    /** Refuses with 409 {@code already_submitted} unless the evaluator may submit (planned or returned). */
    public void requireOpen() {
        if (!status.open()) {
            throw new RefusedException(ErrorCode.ALREADY_SUBMITTED, "visit",
                    "this visit is already " + status.code() + "; it can be submitted again only after a return");
        }
    }

    /**
     * The visit after an organiser's decision: approve, or return with a comment (required). Only a
     * submitted visit is reviewed (409 {@code not_submitted}).
     */
    public Visit reviewed(String decision, String comment, Actor by, Instant at) {
        if (!Review.APPROVE.equals(decision) && !Review.RETURN.equals(decision)) {
            throw RefusedException.invalid("decision", "decision must be approve or return");
        }
        if (Review.RETURN.equals(decision) && (comment == null || comment.isBlank())) {
            throw RefusedException.invalid("comment", "say what to correct: a comment is required to return a visit");
        }
        if (status != VisitStatus.SUBMITTED) {
            throw new RefusedException(ErrorCode.NOT_SUBMITTED, "visit",
                    "only a submitted visit is reviewed; this one is " + status.code());
        }
        List<Review> all = new ArrayList<>(reviews);
        all.add(new Review(decision, comment == null || comment.isBlank() ? null : comment, versions(), by, at));
        VisitStatus next = Review.APPROVE.equals(decision) ? VisitStatus.APPROVED : VisitStatus.RETURNED;
        return new Visit(id, year, participantId, participantName, branch, channel, evaluator, dueFrom, dueTo, next,
                questionnaireVersion, plannedBy, plannedAt, latest, all, submissionIds);
    }
}
