package lv.praise.domain;

import java.util.function.IntSupplier;

/** The public card's look-up: one participant of the current campaign by its id, read from the store. */
public final class ReadParticipant {
    private final IntSupplier campaignYear;
    private final ParticipantStore participants;

    /** For one fixed year (tests). */
    public ReadParticipant(int campaignYear, ParticipantStore participants) {
        this(() -> campaignYear, participants);
    }

    public ReadParticipant(IntSupplier campaignYear, ParticipantStore participants) {
        this.campaignYear = campaignYear;
        this.participants = participants;
    }

    public Participant get(String id) {
        return participants.find(campaignYear.getAsInt(), id).orElseThrow(() ->
                new RefusedException(ErrorCode.NOT_FOUND, "id", "no participant with this id"));
    }
}
