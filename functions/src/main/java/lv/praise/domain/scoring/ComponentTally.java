package lv.praise.domain.scoring;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lv.praise.domain.Channel;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;

/**
 * Everything scoring needs from the praise of a campaign, filled one praise at a time: per
 * participant and per component, how many praises counted and their star sum, plus the same for
 * the whole campaign. Its size grows with the number of participants, never with the number of
 * praises, so a scan can stream through any amount of praise.
 *
 * <p>Not thread-safe: each scan segment fills its own tally and the tallies are then
 * {@linkplain #merge merged}. Counts are sums, so the result does not depend on how the praise was
 * split or in which order it came.
 */
public final class ComponentTally {
    private static final int COMPONENTS = PublicComponent.values().length;

    /** Count and star sum of one participant (or of the campaign), by component ordinal. */
    private static final class Sums {
        final long[] count = new long[COMPONENTS];
        final long[] stars = new long[COMPONENTS];

        void add(Sums other) {
            for (int i = 0; i < COMPONENTS; i++) {
                count[i] += other.count[i];
                stars[i] += other.stars[i];
            }
        }
    }

    private final Map<String, PublicComponent> channelComponents;
    private final Map<String, Sums> byParticipant = new HashMap<>();
    private final Sums campaign = new Sums();
    private long ignoredUnconfirmed;
    private long ignoredRejected;

    /** A tally that maps channels to components as the given rules say. */
    public ComponentTally(ScoringRules rules) {
        this.channelComponents = rules.channelComponents();
    }

    /**
     * Adds one praise. Unconfirmed praise, and confirmed praise rejected by moderation, is ignored
     * (only counted as ignored). A counted praise must have 1–5 stars and a channel the rules map.
     *
     * @return whether the praise counted
     */
    public boolean add(String participantId, String channel, int stars, boolean confirmed, boolean rejected) {
        if (!confirmed) {
            ignoredUnconfirmed++;
            return false;
        }
        if (rejected) {
            ignoredRejected++;
            return false;
        }
        if (participantId == null) {
            throw new IllegalArgumentException("a counted praise needs its participant");
        }
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be from 1 to 5, not " + stars);
        }
        PublicComponent component = channel == null ? null : channelComponents.get(channel);
        if (component == null) {
            // Refused rather than dropped: silently losing a channel's praise would skew every score.
            throw new IllegalArgumentException("channel " + channel + " is not mapped to a score component");
        }
        Sums sums = byParticipant.computeIfAbsent(participantId, id -> new Sums());
        int i = component.ordinal();
        sums.count[i]++;
        sums.stars[i] += stars;
        campaign.count[i]++;
        campaign.stars[i] += stars;
        return true;
    }

    public boolean add(String participantId, Channel channel, int stars, boolean confirmed, boolean rejected) {
        return add(participantId, channel == null ? null : channel.code(), stars, confirmed, rejected);
    }

    /** Adds a stored praise; moderation is not stored yet, so the caller says whether it was rejected. */
    public boolean add(Praise praise, boolean rejected) {
        return add(praise.participantId(), praise.channel(), praise.stars(),
                praise.status() == PraiseStatus.CONFIRMED, rejected);
    }

    /** Adds everything the other tally holds into this one, and returns this one. */
    public ComponentTally merge(ComponentTally other) {
        if (!channelComponents.equals(other.channelComponents)) {
            throw new IllegalArgumentException("tallies that map channels differently can't be merged");
        }
        other.byParticipant.forEach((id, sums) -> byParticipant.computeIfAbsent(id, x -> new Sums()).add(sums));
        campaign.add(other.campaign);
        ignoredUnconfirmed += other.ignoredUnconfirmed;
        ignoredRejected += other.ignoredRejected;
        return this;
    }

    public Map<String, PublicComponent> channelComponents() {
        return channelComponents;
    }

    /** Participants with at least one counted praise. */
    public Set<String> participantIds() {
        return Collections.unmodifiableSet(byParticipant.keySet());
    }

    public long count(String participantId, PublicComponent component) {
        Sums sums = byParticipant.get(participantId);
        return sums == null ? 0 : sums.count[component.ordinal()];
    }

    public long starSum(String participantId, PublicComponent component) {
        Sums sums = byParticipant.get(participantId);
        return sums == null ? 0 : sums.stars[component.ordinal()];
    }

    /** Counted praise of the participant over all components. */
    public long count(String participantId) {
        long total = 0;
        for (PublicComponent component : PublicComponent.values()) {
            total += count(participantId, component);
        }
        return total;
    }

    public long campaignCount(PublicComponent component) {
        return campaign.count[component.ordinal()];
    }

    public long campaignStarSum(PublicComponent component) {
        return campaign.stars[component.ordinal()];
    }

    /** Counted praise of the whole tally. */
    public long countedPraise() {
        long total = 0;
        for (long n : campaign.count) {
            total += n;
        }
        return total;
    }

    /**
     * Whether this tally holds what the participants' own counters say was counted, and where not: every
     * participant's counted praise must equal its {@code confirmedPraiseCount}, and the rejected praise the
     * sum of their {@code reviewRejected}. Those counters move in the very transactions that confirm, enter
     * and decide on a praise, so once the campaign's counts are frozen a read of the praise that disagrees
     * with them has missed something (an index not yet caught up) and must be read again.
     *
     * @param counted  per participant, its confirmed praise that counts ({@code confirmedPraiseCount})
     * @param rejected the campaign's confirmed praise rejected by moderation
     * @return the disagreements, described for a log or an error (ids and counts only); empty when they agree
     */
    public Optional<String> disagreement(Map<String, Long> counted, long rejected) {
        Set<String> ids = new TreeSet<>(counted.keySet());
        ids.addAll(byParticipant.keySet());
        StringBuilder found = new StringBuilder();
        int differing = 0;
        for (String id : ids) {
            long read = count(id);
            long expected = counted.getOrDefault(id, 0L);
            if (read != expected && differing++ < 5) {
                found.append(found.length() == 0 ? "" : ", ").append(id).append(": read ").append(read)
                        .append(", counted ").append(expected);
            }
        }
        if (differing > 5) {
            found.append(" and ").append(differing - 5).append(" more participant(s)");
        }
        if (ignoredRejected != rejected) {
            found.append(found.length() == 0 ? "" : "; ").append("rejected praise: read ").append(ignoredRejected)
                    .append(", counted ").append(rejected);
        }
        return found.length() == 0 ? Optional.empty() : Optional.of(found.toString());
    }

    public long ignoredUnconfirmed() {
        return ignoredUnconfirmed;
    }

    public long ignoredRejected() {
        return ignoredRejected;
    }
}
