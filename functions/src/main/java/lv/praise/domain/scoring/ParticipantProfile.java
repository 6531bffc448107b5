package lv.praise.domain.scoring;

import java.util.Objects;
import lv.praise.domain.Participant;

/**
 * What scoring needs to know of a participant: who it is, the groups it is ranked in, and whether
 * it has branches at all (without them there is no branch component to score).
 * Category, industry and size class may be null; the participant is then not ranked in that group.
 */
public record ParticipantProfile(
        String id,
        String name,
        String category,
        String industry,
        String sizeClass,
        boolean hasBranches) {

    public ParticipantProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static ParticipantProfile of(Participant participant) {
        return new ParticipantProfile(participant.id(), participant.name(), participant.category(),
                participant.industry(), participant.sizeClass(), !participant.branches().isEmpty());
    }
}
