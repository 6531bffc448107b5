package lv.praise.domain;

import java.util.List;

/** Public look-ups of participants; search is forgiving about case and diacritics. */
public final class ParticipantService {
    public static final int MAX_LIMIT = 50;

    private final int campaignYear;
    private final ParticipantStore participants;

    public ParticipantService(int campaignYear, ParticipantStore participants) {
        this.campaignYear = campaignYear;
        this.participants = participants;
    }

    public List<Participant> search(String query, int limit) {
        if (query != null && query.length() > 200) {
            throw PraiseException.invalid("q", "q must be at most 200 characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw PraiseException.invalid("limit", "limit must be from 1 to " + MAX_LIMIT);
        }
        return participants.search(campaignYear, query == null ? "" : SearchKey.of(query), limit);
    }

    public Participant get(String id) {
        return participants.find(campaignYear, id).orElseThrow(() ->
                new PraiseException(ErrorCode.NOT_FOUND, "id", "no participant with this id"));
    }
}
