package lv.praise.domain;

import java.util.function.IntSupplier;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The public search's copy of a campaign's participants, kept in the function's memory: a keystroke
 * reads nothing from the store, and the whole list is read at most once per {@code refreshAfter} per
 * container. A participant added or renamed shows in search within that time (the public card, read by
 * id, is always current). Search stays forgiving about case and diacritics ({@link SearchKey}) and
 * lists by name in Latvian order.
 */
public final class ParticipantDirectory {
    /** How long a loaded list serves searches before the next search reloads it. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(60);

    private final IntSupplier campaignYear;
    private final ParticipantStore participants;
    private final Clock clock;
    private final Duration refreshAfter;
    private volatile Loaded loaded;

    /**
     * A search hit; {@code sharesItsName}: another participant of the campaign has the same name
     * ({@link OrganisationName}), so the site shows what tells them apart (branches or their number).
     */
    public record Hit(Participant participant, boolean sharesItsName) {
    }

    private record Loaded(Instant at, List<Participant> byName, java.util.Set<String> repeatedNames) {
    }

    /**
     * @param clock        real time (not a campaign clock fixed for a demo: the list must still age)
     * @param refreshAfter zero: every search reads the store
     */
    public ParticipantDirectory(int campaignYear, ParticipantStore participants, Clock clock, Duration refreshAfter) {
        this(() -> campaignYear, participants, clock, refreshAfter);
    }

    public ParticipantDirectory(IntSupplier campaignYear, ParticipantStore participants, Clock clock, Duration refreshAfter) {
        if (refreshAfter.isNegative()) {
            throw new IllegalArgumentException("refreshAfter must not be negative");
        }
        this.campaignYear = campaignYear;
        this.participants = participants;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
    }

    public Duration refreshAfter() {
        return refreshAfter;
    }

    /** Participants whose {@link SearchKey} contains {@code searchKey} (all for ""), by name, at most {@code limit}. */
    public List<Participant> search(String searchKey, int limit) {
        return hits(searchKey, limit).stream().map(Hit::participant).toList();
    }

    /** As {@link #search}, each hit saying whether its name is shared with another participant. */
    public List<Hit> hits(String searchKey, int limit) {
        List<Hit> found = new ArrayList<>();
        Loaded l = current();
        for (Participant p : l.byName()) {
            if (found.size() == limit) {
                break;
            }
            if (searchKey.isEmpty() || p.searchKey().contains(searchKey)) {
                found.add(new Hit(p, l.repeatedNames().contains(OrganisationName.sameNameKey(p.name()))));
            }
        }
        return found;
    }

    private Loaded current() {
        Instant now = clock.instant();
        Loaded l = loaded;
        if (l != null && fresh(l, now)) {
            return l;
        }
        // One reload per container at a time; the others wait for it rather than read the store too.
        synchronized (this) {
            l = loaded;
            if (l == null || !fresh(l, clock.instant())) {
                List<Participant> all = byName(participants.all(campaignYear.getAsInt()));
                l = new Loaded(clock.instant(), all, repeatedNames(all));
                loaded = l;
            }
            return l;
        }
    }

    private boolean fresh(Loaded l, Instant now) {
        return now.isBefore(l.at().plus(refreshAfter));
    }

    private static java.util.Set<String> repeatedNames(List<Participant> all) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> repeated = new java.util.HashSet<>();
        for (Participant p : all) {
            String key = OrganisationName.sameNameKey(p.name());
            if (!seen.add(key)) {
                repeated.add(key);
            }
        }
        return repeated;
    }

    private static List<Participant> byName(List<Participant> all) {
        // Collator instances are not thread-safe: one per load, used only here.
        Collator latvian = Collator.getInstance(Locale.forLanguageTag("lv"));
        List<Participant> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Participant::name, latvian).thenComparing(Participant::id));
        return List.copyOf(sorted);
    }
}
