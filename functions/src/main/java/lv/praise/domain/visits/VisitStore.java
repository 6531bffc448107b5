package lv.praise.domain.visits;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the campaign's planned visits and their submissions. Every move is one conditional write: it lands only
 * while the stored visit is still in the state the move started from, and the participant is not frozen for
 * publication; otherwise nothing is written and {@link Moved} or {@link Frozen} tells why.
 */
public interface VisitStore {
    /**
     * Stores new visits (fresh ids), each only if no visit of its {@link Visit#planKey()} exists: a plan sent
     * again stores nothing twice. On a failure some may be stored; sending the plan again stores the rest.
     *
     * @return for each visit not stored because its key was taken: its id → the id of the visit stored before
     */
    Map<String, String> plan(Collection<Visit> visits);

    /**
     * Removes a planned, never submitted visit (with its reference and its plan key), on condition that it is
     * still so and its participant is not frozen ({@link Moved}, {@link Frozen}).
     */
    void cancel(Visit planned);

    /** One evaluator's visit: another evaluator's id is simply not found. */
    Optional<Visit> find(int year, String evaluator, String id);

    /** A visit by id alone (organisers). */
    Optional<Visit> find(int year, String id);

    /** Every visit of the campaign. */
    List<Visit> all(int year);

    /** One evaluator's visits, without reading anyone else's. */
    List<Visit> ofEvaluator(int year, String evaluator);

    /**
     * Records a submission atomically: the visit moves from {@code before} to {@code after}, the new version
     * is kept beside the earlier ones, and the questionnaire version it was scored on is frozen (written first
     * when it is the unstored default) – on condition that the questionnaire is still the one read.
     */
    void submit(Visit before, Visit after, Questionnaire questionnaire);

    /** Records a review decision: the visit moves from {@code before} to {@code after}. */
    void review(Visit before, Visit after);

    /** Every kept submission of a visit, oldest first. */
    List<SubmissionVersion> versions(int year, String id);

    /** The stored visit is no longer the one the move started from (or the questionnaire changed): read again. */
    class Moved extends RuntimeException {
        public Moved(String message) {
            super(message);
        }
    }

    /** The participant is frozen for publication: nothing changes any more. */
    class Frozen extends RuntimeException {
        public Frozen(String message) {
            super(message);
        }
    }
}
