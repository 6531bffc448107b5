package lv.praise.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.nominations.NominationStore;
import lv.praise.domain.nominations.PendingNomination;

/** The nominations port in memory, with the adapter's rules: pending until confirmed, one slot per person and name. */
public final class InMemoryNominations implements NominationStore {
    private final Map<String, PendingNomination> pending = new LinkedHashMap<>();
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Integer> slotYears = new HashMap<>();

    @Override
    public synchronized void savePending(PendingNomination nomination) {
        if (pending.putIfAbsent(nomination.id(), nomination) != null) {
            throw new IllegalStateException("nomination " + nomination.id() + " exists");
        }
    }

    @Override
    public synchronized void deletePending(String id) {
        PendingNomination n = pending.get(id);
        if (n != null && !n.confirmed()) {
            pending.remove(id);
        }
    }

    @Override
    public synchronized Optional<PendingNomination> find(String id) {
        return Optional.ofNullable(pending.get(id));
    }

    @Override
    public synchronized ConfirmOutcome confirm(PendingNomination n, Instant confirmedAt, Instant hashExpiresAt) {
        PendingNomination stored = pending.get(n.id());
        if (stored == null || stored.confirmed()) {
            return ConfirmOutcome.ALREADY_CONFIRMED;
        }
        String slot = n.campaignYear() + "/" + n.groupKey() + "/" + n.emailHash();
        if (slots.containsKey(slot)) {
            return ConfirmOutcome.ALREADY_NOMINATED;
        }
        slots.put(slot, new Slot(n.name(), n.emailHash(), n.text(), confirmedAt));
        slotYears.put(slot, n.campaignYear());
        pending.put(n.id(), new PendingNomination(n.id(), n.campaignYear(), n.name(), n.groupKey(), n.text(), n.lang(),
                n.emailHash(), n.tokenHash(), n.submittedAt(), n.tokenExpiresAt(), true));
        return ConfirmOutcome.CONFIRMED;
    }

    @Override
    public synchronized List<Slot> slots(int campaignYear) {
        List<Slot> all = new ArrayList<>();
        slots.forEach((key, slot) -> {
            if (slotYears.get(key) == campaignYear) {
                all.add(slot);
            }
        });
        return all;
    }

    /** Every nomination stored, pending or confirmed. */
    public synchronized List<PendingNomination> submitted() {
        return List.copyOf(pending.values());
    }
}
