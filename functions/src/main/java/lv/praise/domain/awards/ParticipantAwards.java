package lv.praise.domain.awards;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lv.praise.domain.Participant;

/**
 * Use case: the award a participant holds in its campaign, for its public page (its place, its quality mark and
 * the code its badge and verification use). There is none before the publication, nor for a participant outside
 * the TOP-N.
 */
public final class ParticipantAwards {
    /** For a page that shows no awards. */
    public static final ParticipantAwards NONE = new ParticipantAwards(null);

    private final AwardStore awards;

    public ParticipantAwards(AwardStore awards) {
        this.awards = awards;
    }

    public Optional<Award> of(Participant participant) {
        return awards == null ? Optional.empty() : awards.find(participant.campaignYear(), participant.id());
    }

    /**
     * The marks the same participant (the same id) won in campaigns before its own, newest first; its own
     * campaign's award is {@link #of}. One query of the participant's history, however many years there are.
     */
    public List<AwardMark> earlier(Participant participant) {
        if (awards == null) {
            return List.of();
        }
        return awards.marks(participant.id()).stream()
                .filter(m -> m.campaignYear() < participant.campaignYear())
                .sorted(Comparator.comparingInt(AwardMark::campaignYear).reversed())
                .toList();
    }
}
