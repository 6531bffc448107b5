package lv.praise.domain.contacts;

import lv.praise.domain.EmailHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.PraiseException;

/**
 * The one rule of who may see a participant's own view (issue 18): an organiser may see any; a signed-in contact
 * only the participants whose contact its address is. Anyone else gets 404 {@code not_found} on field {@code id},
 * the same answer as for a participant that does not exist: a contact learns nothing of other participants.
 */
public final class ParticipantAccess {
    private final ContactStore contacts;
    private final EmailHasher hasher;

    public ParticipantAccess(ContactStore contacts, EmailHasher hasher) {
        this.contacts = contacts;
        this.hasher = hasher;
    }

    /** Refuses (400 {@code id}) an id that can't be a participant's, then (404) a contact of another participant. */
    public void requireContact(int campaignYear, String participantId, String email) {
        requireId(participantId);
        if (email == null || email.isBlank() || !contacts.isContact(campaignYear, participantId, hasher.hash(email))) {
            throw new PraiseException(ErrorCode.NOT_FOUND, "id", "no such participant");
        }
    }

    public static void requireId(String participantId) {
        if (!Participant.isId(participantId)) {
            throw new PraiseException(ErrorCode.INVALID, "id", "not a participant id");
        }
    }
}
