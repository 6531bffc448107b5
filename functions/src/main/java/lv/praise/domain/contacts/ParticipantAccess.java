package lv.praise.domain.contacts;

import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;

/**
 * The one rule of who may see a participant's own view (issue 18): an organiser may see any; a signed-in contact
 * only the participants whose contact its address is. Anyone else gets 404 {@code not_found} on field {@code id},
 * the same answer as for a participant that does not exist: a contact learns nothing of other participants.
 */
public final class ParticipantAccess {
    private final ContactStore contacts;
    private final KeyedHasher hasher;

    public ParticipantAccess(ContactStore contacts, KeyedHasher hasher) {
        this.contacts = contacts;
        this.hasher = hasher;
    }

    /** Refuses (400 {@code id}) an id that can't be a participant's, then (404) a contact of another participant. */
    public void requireContact(int campaignYear, String participantId, String email) {
        requireId(participantId);
        String hash = email == null || email.isBlank() ? null : hashOrNull(email);
        if (hash == null || !contacts.isContact(campaignYear, participantId, hash)) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "id", "no such participant");
        }
    }

    public static void requireId(String participantId) {
        if (!Participant.isId(participantId)) {
            throw new RefusedException(ErrorCode.INVALID, "id", "not a participant id");
        }
    }

    /**
     * The token's address hashed; an address the hasher refuses (a token of no real mailbox) is no contact of
     * anyone: the same 404 as any other stranger, not a 400 about a field the caller never sent.
     */
    private String hashOrNull(String email) {
        try {
            return hasher.hash(email);
        } catch (RefusedException e) {
            // Only a refused address is "no contact"; a hash key that can't be read (503 not_configured) is ours to
            // fix and must say so, not look like a stranger.
            if (e.code() != ErrorCode.INVALID && e.code() != ErrorCode.CONTROL_CHARACTER) {
                throw e;
            }
            return null;
        }
    }
}
