package lv.praise.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.PraiseStore;

/** A fake of our own storage ports for domain and handler tests; every method is atomic. */
public final class InMemoryStore implements CampaignStore, ParticipantStore, PraiseStore {
    private final Map<Integer, Campaign> campaigns = new HashMap<>();
    private final Map<String, Participant> participants = new HashMap<>();
    private final Map<String, Praise> praises = new HashMap<>();
    private final Set<String> praisers = new HashSet<>();

    @Override
    public synchronized Optional<Campaign> find(int year) {
        return Optional.ofNullable(campaigns.get(year));
    }

    @Override
    public synchronized void save(Campaign campaign) {
        campaigns.put(campaign.year(), campaign);
    }

    @Override
    public synchronized boolean closeEarly(Campaign campaign, Instant at, String by) {
        Campaign stored = campaigns.computeIfAbsent(campaign.year(), y -> campaign);
        if (stored.closedEarlyAt() != null || stored.publishedAt() != null) {
            return false;
        }
        campaigns.put(stored.year(), stored.closedEarly(at, by));
        return true;
    }

    @Override
    public synchronized boolean freeze(Campaign campaign, Instant at, String by) {
        Campaign stored = campaigns.computeIfAbsent(campaign.year(), y -> campaign);
        if (stored.publishedAt() != null) {
            return false;
        }
        campaigns.put(stored.year(), stored.published(at, by));
        return true;
    }

    @Override
    public synchronized Optional<Participant> find(int campaignYear, String id) {
        return Optional.ofNullable(participants.get(campaignYear + "/" + id));
    }

    @Override
    public synchronized List<Participant> search(int campaignYear, String searchKey, int limit) {
        return participants.values().stream()
                .filter(p -> p.campaignYear() == campaignYear && p.searchKey().contains(searchKey))
                .sorted(Comparator.comparing(Participant::name))
                .limit(limit)
                .toList();
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
                praisers.contains(year + "/" + participantId + "/" + emailHash));
    }

    @Override
    public synchronized void savePending(Praise praise) {
        if (praises.putIfAbsent(praise.id(), praise) != null) {
            throw new IllegalStateException("praise " + praise.id() + " exists");
        }
    }

    @Override
    public synchronized void deletePending(String praiseId) {
        praises.computeIfPresent(praiseId, (id, p) -> p.status() == PraiseStatus.PENDING ? null : p);
    }

    @Override
    public synchronized Optional<Praise> find(String praiseId) {
        return Optional.ofNullable(praises.get(praiseId));
    }

    @Override
    public synchronized ConfirmOutcome confirm(Praise praise, Instant confirmedAt) {
        Praise stored = praises.get(praise.id());
        if (stored.status() == PraiseStatus.CONFIRMED) {
            return ConfirmOutcome.ALREADY_CONFIRMED;
        }
        Campaign campaign = campaigns.get(praise.campaignYear());
        if (campaign != null && (campaign.closedEarlyAt() != null || campaign.publishedAt() != null)) {
            return ConfirmOutcome.CAMPAIGN_CLOSED;
        }
        if (!praisers.add(praise.campaignYear() + "/" + praise.participantId() + "/" + praise.emailHash())) {
            return ConfirmOutcome.ALREADY_PRAISED;
        }
        praises.put(praise.id(), new Praise(stored.id(), stored.campaignYear(), stored.participantId(),
                stored.participantName(), stored.branch(), stored.employee(), stored.stars(), stored.aspects(),
                stored.text(), stored.channel(), stored.lang(), PraiseStatus.CONFIRMED, stored.emailHash(),
                stored.tokenHash(), stored.submittedAt(), stored.tokenExpiresAt(), confirmedAt));
        Participant p = find(praise.campaignYear(), praise.participantId()).orElseThrow();
        participants.put(p.campaignYear() + "/" + p.id(), withCount(p, p.confirmedPraiseCount() + 1));
        return ConfirmOutcome.CONFIRMED;
    }

    public synchronized List<Praise> praises() {
        return new ArrayList<>(praises.values());
    }

    private static Participant withCount(Participant p, long count) {
        return new Participant(p.campaignYear(), p.id(), p.name(), p.category(), p.industry(), p.sizeClass(),
                p.branches(), p.contactEmail(), count, p.registrationNumber());
    }
}
