package lv.praise.bench;

import java.time.Instant;
import java.util.Optional;
import lv.praise.domain.Praise;
import lv.praise.domain.intake.PraiseStore;

/**
 * For {@code --breakdown}: the handler's store with a stopwatch around its two calls on the submit
 * path, so the handler's time splits into the store's calls and everything else.
 */
final class TimedPraiseStore implements PraiseStore {
    private final PraiseStore store;
    /** nanoTime at the start and end of the last load and save. */
    long loadStart;
    long loadEnd;
    long saveStart;
    long saveEnd;

    TimedPraiseStore(PraiseStore store) {
        this.store = store;
    }

    @Override
    public SubmissionContext loadSubmissionContext(int campaignYear, String participantId, String emailHash) {
        loadStart = System.nanoTime();
        try {
            return store.loadSubmissionContext(campaignYear, participantId, emailHash);
        } finally {
            loadEnd = System.nanoTime();
        }
    }

    @Override
    public void savePending(Praise praise) {
        saveStart = System.nanoTime();
        try {
            store.savePending(praise);
        } finally {
            saveEnd = System.nanoTime();
        }
    }

    @Override
    public void deletePending(String praiseId) {
        store.deletePending(praiseId);
    }

    @Override
    public Optional<Praise> find(String praiseId) {
        return store.find(praiseId);
    }

    @Override
    public ConfirmOutcome confirm(Praise praise, Instant confirmedAt, Instant hashesExpireAt) {
        return store.confirm(praise, confirmedAt, hashesExpireAt);
    }
}
