package lv.praise.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.intake.PraiseStore;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationCounts;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.ModerationStore;
import lv.praise.domain.moderation.Position;
import lv.praise.domain.moderation.ModerationStore.EnteredEntry;
import lv.praise.domain.moderation.ModerationStore.EnteredPage;
import lv.praise.domain.moderation.ModerationStore.RedactOutcome;

/** A fake of our own storage ports for domain and handler tests; every method is atomic. */
public final class InMemoryStore implements CampaignStore, ParticipantStore, PraiseStore, ModerationStore,
        lv.praise.domain.erasure.ErasureStore {
    private final Map<Integer, Campaign> campaigns = new HashMap<>();
    private Integer currentYear;
    private final Map<String, Participant> participants = new HashMap<>();
    private final Map<String, Praise> praises = new HashMap<>();
    /** Praiser slots, "year/participant/emailHash" to the praise's id. */
    private final Map<String, String> praisers = new HashMap<>();
    /** Review state of confirmed praise, by praise id. */
    private final Map<String, ModeratedPraise> reviews = new HashMap<>();
    private final Map<Integer, long[]> counts = new HashMap<>();
    /** Participants whose counts the publication froze ("year/id"), with the instant. */
    private final Map<String, Instant> frozen = new HashMap<>();
    /** Audit records of redacted praise: the text before the first redaction, by praise id. */
    private final Map<String, String> originals = new HashMap<>();
    /** The log of entered praise, in the order entered. */
    private final List<EnteredEntry> enteredLog = new ArrayList<>();
    /** Writes of the moderation port (decisions and entered praise), for "nothing was written" checks. */
    private int moderationWrites;

    @Override
    public synchronized Optional<Campaign> find(int year) {
        return Optional.ofNullable(campaigns.get(year));
    }

    @Override
    public synchronized void save(Campaign campaign) {
        campaigns.put(campaign.year(), campaign);
    }

    @Override
    public synchronized java.util.OptionalInt currentYear() {
        return currentYear == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(currentYear);
    }

    @Override
    public synchronized Created create(Campaign next, int previousYear) {
        if (campaigns.containsKey(next.year())) {
            return Created.YEAR_EXISTS;
        }
        if (currentYear != null && currentYear != previousYear) {
            return Created.CURRENT_CHANGED;
        }
        campaigns.put(next.year(), next);
        currentYear = next.year();
        return Created.CREATED;
    }

    @Override
    public synchronized boolean changeCalendar(Campaign campaign, Instant opensAt, Instant closesAt, Instant awardsAt) {
        Campaign stored = campaigns.computeIfAbsent(campaign.year(), y -> campaign);
        if (stored.publishedAt() != null) {
            return false;
        }
        campaigns.put(stored.year(), stored.withCalendar(opensAt, closesAt, awardsAt));
        return true;
    }

    @Override
    public synchronized boolean changeInsightSettings(Campaign campaign, boolean showsScore, boolean sharesNotes) {
        Campaign stored = campaigns.computeIfAbsent(campaign.year(), y -> campaign);
        if (stored.publishedAt() != null) {
            return false;
        }
        campaigns.put(stored.year(), stored.withInsightSettings(showsScore, sharesNotes));
        return true;
    }

    @Override
    public synchronized boolean closeEarly(Campaign campaign, Instant at, lv.praise.domain.Actor by) {
        Campaign stored = campaigns.computeIfAbsent(campaign.year(), y -> campaign);
        if (stored.closedEarlyAt() != null || stored.publishedAt() != null) {
            return false;
        }
        campaigns.put(stored.year(), stored.closedEarly(at, by));
        return true;
    }

    @Override
    public synchronized boolean freeze(Campaign campaign, Instant at, lv.praise.domain.Actor by) {
        Campaign stored = campaigns.computeIfAbsent(campaign.year(), y -> campaign);
        if (stored.publishedAt() != null) {
            return false;
        }
        campaigns.put(stored.year(), stored.published(at, by));
        return true;
    }

    @Override
    public synchronized boolean restampClose(int year, Instant recorded, Instant later) {
        Campaign stored = campaigns.get(year);
        if (stored == null || !recorded.equals(stored.closedEarlyAt())) {
            return false;
        }
        campaigns.put(year, stored.closedEarly(later, stored.closedEarlyBy()));
        return true;
    }

    @Override
    public synchronized boolean restampFreeze(int year, Instant recorded, Instant later) {
        Campaign stored = campaigns.get(year);
        if (stored == null || !recorded.equals(stored.publishedAt())) {
            return false;
        }
        campaigns.put(year, stored.published(later, stored.publishedBy()));
        return true;
    }

    @Override
    public synchronized void freezeCounts(int campaignYear, Instant at) {
        participants.values().stream().filter(p -> p.campaignYear() == campaignYear)
                .forEach(p -> frozen.putIfAbsent(campaignYear + "/" + p.id(), at));
    }

    /** When the participant's counts were frozen, if they were. */
    public synchronized Optional<Instant> frozenAt(int campaignYear, String participantId) {
        return Optional.ofNullable(frozen.get(campaignYear + "/" + participantId));
    }

    private boolean frozen(int campaignYear, String participantId) {
        return frozen.containsKey(campaignYear + "/" + participantId);
    }

    @Override
    public synchronized Optional<Participant> find(int campaignYear, String id) {
        return Optional.ofNullable(participants.get(campaignYear + "/" + id));
    }

    @Override
    public synchronized void save(Participant participant) {
        long count = find(participant.campaignYear(), participant.id()).map(Participant::confirmedPraiseCount).orElse(0L);
        participants.put(participant.campaignYear() + "/" + participant.id(), withCount(participant, count));
    }

    @Override
    public synchronized boolean create(Participant participant) {
        String key = participant.campaignYear() + "/" + participant.id();
        if (participants.containsKey(key)) {
            return false;
        }
        participants.put(key, withCount(participant, 0));
        return true;
    }

    @Override
    public synchronized List<Participant> all(int campaignYear) {
        return participants.values().stream().filter(p -> p.campaignYear() == campaignYear).toList();
    }

    @Override
    public synchronized SubmissionContext loadSubmissionContext(int year, String participantId, String emailHash) {
        return new SubmissionContext(find(year), find(year, participantId),
                praisers.containsKey(year + "/" + participantId + "/" + emailHash));
    }

    @Override
    public synchronized void savePending(Praise praise) {
        if (praises.putIfAbsent(praise.id(), praise) != null) {
            throw new IllegalStateException("praise " + praise.id() + " exists");
        }
    }

    private boolean failingDeletes;

    /** Makes {@link #deletePending} fail, as a store that can't be reached would. */
    public synchronized void failingDeletes(boolean failing) {
        this.failingDeletes = failing;
    }

    @Override
    public synchronized void deletePending(String praiseId) {
        if (failingDeletes) {
            throw new IllegalStateException("the store can't be reached");
        }
        praises.computeIfPresent(praiseId, (id, p) -> p.status() == PraiseStatus.PENDING ? null : p);
    }

    @Override
    public synchronized Optional<Praise> find(String praiseId) {
        return Optional.ofNullable(praises.get(praiseId));
    }

    @Override
    public synchronized ConfirmOutcome confirm(Praise praise, Instant confirmedAt, Instant hashesExpireAt) {
        Praise stored = praises.get(praise.id());
        if (stored.status() == PraiseStatus.CONFIRMED) {
            return ConfirmOutcome.ALREADY_CONFIRMED;
        }
        // As the adapter: the participant's frozen counts refuse it, not the campaign item (the use case
        // checks the window against the confirmation's instant).
        if (frozen(praise.campaignYear(), praise.participantId())) {
            return ConfirmOutcome.CAMPAIGN_CLOSED;
        }
        if (praisers.putIfAbsent(praise.campaignYear() + "/" + praise.participantId() + "/" + praise.emailHash(),
                praise.id()) != null) {
            return ConfirmOutcome.ALREADY_PRAISED;
        }
        praises.put(praise.id(), stored.confirmed(confirmedAt));
        Participant p = find(praise.campaignYear(), praise.participantId()).orElseThrow();
        participants.put(p.campaignYear() + "/" + p.id(), withCount(p, p.confirmedPraiseCount() + 1));
        reviews.put(praise.id(), new ModeratedPraise(praises.get(praise.id()), ModerationStatus.PENDING, null, null, null,
                null));
        count(praise.campaignYear(), ModerationStatus.PENDING, 1);
        return ConfirmOutcome.CONFIRMED;
    }

    @Override
    public synchronized ModerationCounts counts(int campaignYear) {
        long[] c = counts.getOrDefault(campaignYear, new long[3]);
        return new ModerationCounts(c[0], c[1], c[2]);
    }

    @Override
    public synchronized Page queue(int campaignYear, ModerationStatus status, String participantId, int limit,
                                   Position after) {
        // The stores' orders: pending oldest first, the other states newest first.
        boolean newestFirst = status != ModerationStatus.PENDING;
        return page(reviews.values().stream()
                .filter(m -> m.praise().campaignYear() == campaignYear && m.status() == status)
                .filter(m -> participantId == null || m.praise().participantId().equals(participantId))
                .toList(), newestFirst, limit, after);
    }

    @Override
    public synchronized Page wall(int campaignYear, String participantId, int limit, Position after) {
        return page(reviews.values().stream()
                .filter(m -> m.praise().campaignYear() == campaignYear && m.status() == ModerationStatus.APPROVED)
                .filter(m -> m.praise().participantId().equals(participantId))
                .toList(), true, limit, after);
    }

    /** Confirmation instant to the millisecond, then id: the sort key of the stores' indexes. */
    private static String sortKey(java.time.Instant confirmedAt, String id) {
        return String.format("%015d#%s", confirmedAt.toEpochMilli(), id);
    }

    private static Page page(List<ModeratedPraise> items, boolean newestFirst, int limit, Position after) {
        Comparator<String> order = newestFirst ? Comparator.reverseOrder() : Comparator.naturalOrder();
        String start = after == null ? null : sortKey(after.confirmedAt(), after.praiseId());
        List<ModeratedPraise> rest = items.stream()
                .filter(m -> start == null || order.compare(sortKey(m.praise().confirmedAt(), m.id()), start) > 0)
                .sorted(Comparator.comparing((ModeratedPraise m) -> sortKey(m.praise().confirmedAt(), m.id()), order))
                .toList();
        return new Page(rest.subList(0, Math.min(limit, rest.size())), rest.size() > limit);
    }

    @Override
    public synchronized Map<String, ModeratedPraise> findConfirmed(Collection<String> praiseIds) {
        Map<String, ModeratedPraise> found = new HashMap<>();
        praiseIds.forEach(id -> findConfirmed(id).ifPresent(m -> found.put(id, m)));
        return found;
    }

    @Override
    public synchronized Optional<ModeratedPraise> findConfirmed(String praiseId) {
        return Optional.ofNullable(reviews.get(praiseId));
    }

    @Override
    public synchronized DecideOutcome decide(ModeratedPraise current, ModeratedPraise decided) {
        ModeratedPraise stored = reviews.get(current.id());
        if (stored == null || stored.status() != current.status()) {
            return DecideOutcome.STATE_CHANGED;
        }
        if (frozen(current.praise().campaignYear(), current.praise().participantId())) {
            return DecideOutcome.CAMPAIGN_PUBLISHED;
        }
        moderationWrites++;
        reviews.put(current.id(), decided);
        // As the adapter: a rejection for personal data leaves the stored praise without its words.
        praises.computeIfPresent(current.id(), (id, p) -> decided.wordsErased() ? p.withoutWords() : p);
        if (decided.wordsErased()) {
            originals.remove(current.id());
        }
        int year = current.praise().campaignYear();
        count(year, current.status(), -1);
        count(year, decided.status(), 1);
        int delta = (decided.status().counted() ? 1 : 0) - (current.status().counted() ? 1 : 0);
        Participant p = find(year, current.praise().participantId()).orElseThrow();
        participants.put(p.campaignYear() + "/" + p.id(), withCount(p, p.confirmedPraiseCount() + delta));
        return DecideOutcome.CHANGED;
    }

    @Override
    public synchronized EnterOutcome saveEntered(ModeratedPraise praise) {
        int year = praise.praise().campaignYear();
        Optional<Participant> participant = find(year, praise.praise().participantId());
        if (participant.isEmpty()) {
            return EnterOutcome.UNKNOWN_PARTICIPANT;
        }
        if (frozen(year, praise.praise().participantId())) {
            return EnterOutcome.CAMPAIGN_CLOSED;
        }
        moderationWrites++;
        praises.put(praise.id(), praise.praise());
        reviews.put(praise.id(), praise);
        if (!praise.praise().channel().publicForm()) enteredLog.add(new EnteredEntry(praise.id(), praise.praise().participantId(), praise.praise().participantName(),
                praise.praise().channel(), praise.enteredBy(), praise.praise().confirmedAt()));
        count(year, praise.status(), 1);
        Participant p = participant.get();
        participants.put(p.campaignYear() + "/" + p.id(), withCount(p, p.confirmedPraiseCount() + 1));
        return EnterOutcome.STORED;
    }

    /** As the adapter: a tombstone without text, name or hash, out of every count, refused once frozen. */
    @Override
    public synchronized EraseOutcome erase(String praiseId, lv.praise.domain.Actor by, Instant at) {
        Praise stored = praises.get(praiseId);
        if (stored == null) {
            return EraseOutcome.NOT_FOUND;
        }
        if (stored.status() == PraiseStatus.ERASED) {
            return EraseOutcome.ALREADY_ERASED;
        }
        int year = stored.campaignYear();
        if (stored.status() == PraiseStatus.CONFIRMED) {
            if (frozen(year, stored.participantId())) {
                return EraseOutcome.CAMPAIGN_CLOSED;
            }
            ModeratedPraise review = reviews.remove(praiseId);
            count(year, review.status(), -1);
            if (review.status().counted()) {
                Participant p = find(year, stored.participantId()).orElseThrow();
                participants.put(p.campaignYear() + "/" + p.id(), withCount(p, p.confirmedPraiseCount() - 1));
            }
        }
        originals.remove(praiseId);
        praises.put(praiseId, stored.erased());
        return EraseOutcome.ERASED;
    }

    @Override
    public synchronized List<PersonSlot> slotsOf(int campaignYear, String emailHash) {
        return praisers.entrySet().stream()
                .filter(e -> e.getKey().startsWith(campaignYear + "/") && e.getKey().endsWith("/" + emailHash))
                .map(e -> new PersonSlot(e.getKey(), e.getValue())).toList();
    }

    @Override
    public synchronized void deleteSlot(PersonSlot slot) {
        praisers.remove(slot.slot());
    }

    @Override
    public synchronized EnteredPage entered(int campaignYear, int limit, Position after) {
        // Newest first, by instant then id, as the adapter's sort key.
        Comparator<EnteredEntry> newestFirst = Comparator.comparing((EnteredEntry e) -> sortKey(e.enteredAt(), e.praiseId()))
                .reversed();
        String start = after == null ? null : sortKey(after.confirmedAt(), after.praiseId());
        List<EnteredEntry> rest = enteredLog.stream()
                .filter(e -> praises.containsKey(e.praiseId()) && praises.get(e.praiseId()).campaignYear() == campaignYear)
                .filter(e -> start == null || sortKey(e.enteredAt(), e.praiseId()).compareTo(start) < 0)
                .sorted(newestFirst).toList();
        return new EnteredPage(rest.subList(0, Math.min(limit, rest.size())), rest.size() > limit);
    }

    /** As the adapter: only from the text read, and only while confirmed; the first original kept. */
    @Override
    public synchronized RedactOutcome redact(ModeratedPraise current, String redactedText, lv.praise.domain.Actor by,
                                             Instant at, Instant purgeAt) {
        Praise stored = praises.get(current.id());
        ModeratedPraise review = reviews.get(current.id());
        if (stored == null || review == null || stored.status() != PraiseStatus.CONFIRMED
                || !java.util.Objects.equals(stored.text(), current.praise().text())) {
            return RedactOutcome.TEXT_CHANGED;
        }
        moderationWrites++;
        originals.putIfAbsent(current.id(), stored.text());
        auditPurgeAt.put(current.id(), purgeAt);
        Praise redacted = withText(stored, redactedText);
        praises.put(current.id(), redacted);
        reviews.put(current.id(), new ModeratedPraise(redacted, review.status(), review.reason(), review.by(),
                review.at(), review.enteredBy()));
        return RedactOutcome.REDACTED;
    }

    private final Map<String, Instant> auditPurgeAt = new java.util.HashMap<>();

    /** When the audit record of a redacted praise expires by TTL (null when never redacted). */
    public synchronized Instant auditPurgeAt(String praiseId) {
        return auditPurgeAt.get(praiseId);
    }

    /** The audit record's original text of a redacted praise (null when never redacted or since erased). */
    public synchronized String originalText(String praiseId) {
        return originals.get(praiseId);
    }

    private static Praise withText(Praise p, String text) {
        Praise.Content c = p.content();
        return Praise.of(p.id(), p.campaignYear(), p.participantName(), new Praise.Content(c.participantId(),
                c.branch(), c.employee(), c.stars(), c.aspects(), text, c.channel(), c.lang()), p.state());
    }

    public synchronized int moderationWrites() {
        return moderationWrites;
    }

    private void count(int year, ModerationStatus status, int delta) {
        counts.computeIfAbsent(year, y -> new long[3])[status.ordinal()] += delta;
    }

    public synchronized List<Praise> praises() {
        return new ArrayList<>(praises.values());
    }

    private static Participant withCount(Participant p, long count) {
        return new Participant(p.campaignYear(), p.id(), p.name(), p.category(), p.industry(), p.sizeClass(),
                p.branches(), p.contactEmail(), count, p.registrationNumber());
    }
}
