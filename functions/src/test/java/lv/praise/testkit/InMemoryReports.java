package lv.praise.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.mail.Recipients;
import lv.praise.domain.reports.ReportLetter;
import lv.praise.domain.reports.ReportStore;

/** The report letters in memory, with DynamoReportStore's conditions (claim only when due; release only by the holder). */
public final class InMemoryReports implements ReportStore {
    private record Item(ReportLetter letter, String token, Instant claimedAt, Recipients done) {
    }

    private final Map<String, Item> items = new LinkedHashMap<>();

    @Override
    public synchronized void ensure(int year, Collection<String> ids) {
        for (String id : ids) {
            items.putIfAbsent(year + "#" + id, new Item(new ReportLetter(id, DeliveryState.PENDING, 0, null, null), null, null, Recipients.NONE));
        }
    }

    @Override
    public synchronized List<ReportLetter> all(int year) {
        List<ReportLetter> all = new ArrayList<>();
        items.forEach((k, v) -> {
            if (k.startsWith(year + "#")) {
                all.add(v.letter());
            }
        });
        return all;
    }

    @Override
    public synchronized Optional<Claim> claim(int year, String id, Instant now, Instant staleBefore) {
        Item item = items.get(year + "#" + id);
        if (item == null) {
            return Optional.empty();
        }
        DeliveryState state = item.letter().state();
        boolean due = state == DeliveryState.PENDING || state == DeliveryState.FAILED || state == DeliveryState.NO_CONTACT
                || state == DeliveryState.SENDING && item.claimedAt().isBefore(staleBefore);
        if (!due) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        ReportLetter l = item.letter();
        items.put(year + "#" + id, new Item(new ReportLetter(id, DeliveryState.SENDING, l.attempts() + 1, l.lastError(),
                l.sentAt()), token, now, item.done()));
        return Optional.of(new Claim(id, token, l.attempts() + 1, item.done()));
    }

    @Override
    public synchronized boolean record(int year, Claim claim, String emailHash, boolean refused) {
        Item item = items.get(year + "#" + claim.participantId());
        if (item == null) {
            throw new IllegalStateException("no REPORT item to record on");
        }
        items.put(year + "#" + claim.participantId(), new Item(item.letter(), item.token(), item.claimedAt(),
                item.done().with(emailHash, refused)));
        return claim.token().equals(item.token());
    }

    /** Forgets every letter. */
    public synchronized void clear() {
        items.clear();
    }

    /** Records a contact as sent outside any run (a test's stand-in for a run that recorded it and died). */
    public synchronized boolean recordDone(int year, String participantId, String emailHash) {
        Item item = items.get(year + "#" + participantId);
        items.put(year + "#" + participantId, new Item(item.letter(), item.token(), item.claimedAt(),
                item.done().with(emailHash, false)));
        return true;
    }

    /** The contacts recorded done on a participant's letter. */
    public synchronized Recipients done(int year, String participantId) {
        return items.get(year + "#" + participantId).done();
    }

    @Override
    public synchronized boolean markSent(int year, Claim claim, Instant at) {
        return release(year, claim, DeliveryState.SENT, null, at);
    }

    @Override
    public synchronized boolean markNotSent(int year, Claim claim, DeliveryState state, String reason) {
        return release(year, claim, state, reason, null);
    }

    private boolean release(int year, Claim claim, DeliveryState state, String reason, Instant at) {
        Item item = items.get(year + "#" + claim.participantId());
        if (item == null || item.letter().state() != DeliveryState.SENDING || !claim.token().equals(item.token())) {
            return false;
        }
        ReportLetter l = item.letter();
        items.put(year + "#" + claim.participantId(), new Item(new ReportLetter(l.participantId(), state, l.attempts(),
                reason, at), null, null, item.done()));
        return true;
    }
}
