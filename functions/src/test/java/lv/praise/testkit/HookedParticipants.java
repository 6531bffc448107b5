package lv.praise.testkit;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;

/**
 * A participant store whose reads of a whole campaign ({@link #all}) pass through a hook – to count them, time
 * them or make them fail – and whose other calls go straight to the store it wraps.
 */
public final class HookedParticipants implements ParticipantStore {
    /** Around one read of a campaign's participants: {@code read} is the wrapped store's. */
    @FunctionalInterface
    public interface AllHook {
        List<Participant> all(int campaignYear, IntFunction<List<Participant>> read);
    }

    private final ParticipantStore store;
    private final AllHook hook;

    public HookedParticipants(ParticipantStore store, AllHook hook) {
        this.store = store;
        this.hook = hook;
    }

    @Override
    public Optional<Participant> find(int campaignYear, String id) {
        return store.find(campaignYear, id);
    }

    @Override
    public void save(Participant participant) {
        store.save(participant);
    }

    @Override
    public List<Participant> all(int campaignYear) {
        return hook.all(campaignYear, store::all);
    }
}
