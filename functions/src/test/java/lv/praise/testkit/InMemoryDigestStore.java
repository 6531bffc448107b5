package lv.praise.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.praise.domain.Lang;
import lv.praise.domain.digest.DigestRecipient;
import lv.praise.domain.digest.DigestStore;
import lv.praise.domain.mail.Recipients;
import lv.praise.domain.moderation.ModeratedPraise;

/** The digest's store in memory, with the DynamoDB adapter's conditions (claims, opt-outs of registered contacts). */
public final class InMemoryDigestStore implements DigestStore {
    /** One DIGEST item, with the contacts recorded done. */
    public record Item(String state, String token, Instant claimedAt, Instant sentAt, int recipients, Recipients done) {
    }

    private final List<ModeratedPraise> praise = new ArrayList<>();
    private final Map<String, List<DigestRecipient>> contacts = new LinkedHashMap<>();
    private final Map<String, Instant> optedOutAt = new LinkedHashMap<>();
    private final Map<String, Item> digests = new LinkedHashMap<>();
    private int writes;

    public synchronized void add(ModeratedPraise p) {
        praise.add(p);
    }

    public synchronized void contact(String participantId, String email, String emailHash, Lang lang) {
        contacts.computeIfAbsent(participantId, k -> new ArrayList<>()).add(new DigestRecipient(email, emailHash, false, lang));
    }

    /** Forgets every DIGEST item (a fresh week for the same praise and contacts). */
    public synchronized void clear() {
        digests.clear();
    }

    public synchronized Map<String, Item> digests() {
        return Map.copyOf(digests);
    }

    /** Writes that changed something (opt-outs, claims, marks). */
    public synchronized int writes() {
        return writes;
    }

    public synchronized Optional<Instant> optedOutAt(String participantId, String emailHash) {
        return Optional.ofNullable(optedOutAt.get(participantId + "#" + emailHash));
    }

    @Override
    public synchronized List<ModeratedPraise> approvedBetween(int campaignYear, Instant from, Instant to) {
        // As the adapter gives it: approved now, confirmed before `to`, its approval in [from, to).
        return praise.stream().filter(p -> p.status() == lv.praise.domain.moderation.ModerationStatus.APPROVED)
                .filter(p -> p.praise().confirmedAt().isBefore(to))
                .filter(p -> lv.praise.domain.digest.DigestWeek.approvedIn(p, from, to)).toList();
    }

    @Override
    public synchronized List<DigestRecipient> recipients(int campaignYear, String participantId) {
        return contacts.getOrDefault(participantId, List.of()).stream()
                .map(c -> new DigestRecipient(c.email(), c.emailHash(),
                        optedOutAt.containsKey(participantId + "#" + c.emailHash()), c.lang()))
                .toList();
    }

    @Override
    public synchronized Optional<Claim> claim(int campaignYear, String participantId, String week, Instant now,
                                              Instant staleBefore, Instant purgeAt) {
        String key = participantId + "#" + week;
        Item item = digests.get(key);
        if (item != null && !("SENDING".equals(item.state())
                && (item.token() == null || item.claimedAt().isBefore(staleBefore)))) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        Recipients done = item == null ? Recipients.NONE : item.done();
        digests.put(key, new Item("SENDING", token, now, null, 0, done));
        writes++;
        return Optional.of(new Claim(participantId, week, token, done));
    }

    @Override
    public synchronized boolean record(int campaignYear, Claim claim, String emailHash, boolean refused) {
        String key = claim.participantId() + "#" + claim.week();
        Item item = digests.get(key);
        if (item == null) {
            throw new IllegalStateException("no DIGEST item to record on");
        }
        digests.put(key, new Item(item.state(), item.token(), item.claimedAt(), item.sentAt(), item.recipients(),
                item.done().with(emailHash, refused)));
        writes++;
        return claim.token().equals(item.token());
    }

    @Override
    public synchronized boolean markSent(int campaignYear, Claim claim, Instant at, int recipients) {
        String key = claim.participantId() + "#" + claim.week();
        Item item = digests.get(key);
        if (item == null || !claim.token().equals(item.token())) {
            return false;
        }
        digests.put(key, new Item("SENT", null, null, at, recipients, item.done()));
        writes++;
        return true;
    }

    @Override
    public synchronized void release(int campaignYear, Claim claim) {
        String key = claim.participantId() + "#" + claim.week();
        Item item = digests.get(key);
        if (item != null && claim.token().equals(item.token())) {
            digests.put(key, new Item(item.state(), null, null, null, 0, item.done()));
            writes++;
        }
    }

    @Override
    public synchronized boolean optOut(int campaignYear, String participantId, String emailHash, Instant at) {
        boolean registered = contacts.getOrDefault(participantId, List.of()).stream()
                .anyMatch(c -> c.emailHash().equals(emailHash));
        if (!registered) {
            return false;
        }
        optedOutAt.putIfAbsent(participantId + "#" + emailHash, at);
        writes++;
        return true;
    }
}
