package lv.praise.domain;

import java.util.function.IntSupplier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The public search of participants: forgiving about case and diacritics, and served from memory. */
public final class SearchParticipants {
    public static final int MAX_LIMIT = 50;
    /** How many hits the search gives when the caller names no limit. */
    public static final int DEFAULT_LIMIT = 20;

    private final ParticipantDirectory directory;

    /** Search reads the store every time: for tests of what is stored. */
    public SearchParticipants(int campaignYear, ParticipantStore participants) {
        this(campaignYear, participants, Clock.systemUTC(), Duration.ZERO);
    }

    /** @param searchRefresh how long search serves one read of the participants ({@link ParticipantDirectory}) */
    public SearchParticipants(int campaignYear, ParticipantStore participants, Clock clock, Duration searchRefresh) {
        this(() -> campaignYear, participants, clock, searchRefresh);
    }

    public SearchParticipants(IntSupplier campaignYear, ParticipantStore participants, Clock clock, Duration searchRefresh) {
        this.directory = new ParticipantDirectory(campaignYear, participants, clock, searchRefresh);
    }

    public List<Participant> search(String query, int limit) {
        return hits(query, limit).stream().map(ParticipantDirectory.Hit::participant).toList();
    }

    /** The public search with its default limit when none is named ({@code limit} null). */
    public List<ParticipantDirectory.Hit> hits(String query, Integer limit) {
        return hits(query, limit == null ? DEFAULT_LIMIT : limit.intValue());
    }

    /** The public search: each hit says whether another participant has the same name. */
    public List<ParticipantDirectory.Hit> hits(String query, int limit) {
        if (query != null && query.length() > 200) {
            throw RefusedException.invalid("q", "q must be at most 200 characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RefusedException.invalid("limit", "limit must be from 1 to " + MAX_LIMIT);
        }
        return directory.hits(query == null ? "" : SearchKey.of(query), limit);
    }

    /** How old the list a search answers from may be ({@link ParticipantDirectory}): zero, never. */
    public Duration searchRefresh() {
        return directory.refreshAfter();
    }
}
