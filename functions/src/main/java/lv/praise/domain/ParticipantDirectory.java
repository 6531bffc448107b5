package lv.praise.domain;

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

    private final int campaignYear;
    private final ParticipantStore participants;
    private final Clock clock;
    private final Duration refreshAfter;
    private volatile Loaded loaded;

    private record Loaded(Instant at, List<Participant> byName) {
    }

    /**
     * @param clock        real time (not a campaign clock fixed for a demo: the list must still age)
     * @param refreshAfter zero: every search reads the store
     */
    public ParticipantDirectory(int campaignYear, ParticipantStore participants, Clock clock, Duration refreshAfter) {
        if (refreshAfter.isNegative()) {
            throw new IllegalArgumentException("refreshAfter must not be negative");
        }
        this.campaignYear = campaignYear;
        this.participants = participants;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
    }

    /** Participants whose {@link SearchKey} contains {@code searchKey} (all for ""), by name, at most {@code limit}. */
    public List<Participant> search(String searchKey, int limit) {
        List<Participant> found = new ArrayList<>();
        for (Participant p : current()) {
            if (found.size() == limit) {
                break;
            }
            if (searchKey.isEmpty() || p.searchKey().contains(searchKey)) {
                found.add(p);
            }
        }
        return found;
    }

    private List<Participant> current() {
        Instant now = clock.instant();
        Loaded l = loaded;
        if (l != null && fresh(l, now)) {
            return l.byName();
        }
        // One reload per container at a time; the others wait for it rather than read the store too.
        synchronized (this) {
            l = loaded;
            if (l == null || !fresh(l, clock.instant())) {
                l = new Loaded(clock.instant(), byName(participants.all(campaignYear)));
                loaded = l;
            }
            return l.byName();
        }
    }

    private boolean fresh(Loaded l, Instant now) {
        return now.isBefore(l.at().plus(refreshAfter));
    }

    private static List<Participant> byName(List<Participant> all) {
        // Collator instances are not thread-safe: one per load, used only here.
        Collator latvian = Collator.getInstance(Locale.forLanguageTag("lv"));
        List<Participant> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Participant::name, latvian).thenComparing(Participant::id));
        return List.copyOf(sorted);
    }
}
