package lv.praise.domain.campaigns;

import java.util.List;
import lv.praise.domain.Participant;

/**
 * Port: the invited participants of a campaign – last year's participants carried over, kept apart from the
 * campaign's participants (the public routes never read them) until an organiser confirms them.
 */
public interface InvitationStore {
    /** What a conditional write did. */
    enum Written { WRITTEN, ALREADY_THERE }

    /**
     * Invites {@code participant} (of an earlier year) into {@code year}, only if neither an invitation nor a
     * participant with its id is there (one conditional write): a retried carry-over writes nothing twice, and
     * an organisation imported or confirmed meanwhile is left alone.
     */
    Written invite(int year, Participant participant);

    /** Every invitation of the campaign (a few thousand at most), in no particular order, as that year's participants. */
    List<Participant> invited(int year);

    /**
     * Makes the invitation a participant of {@code year} (praise count 0) and removes the invitation, in one
     * transaction, only while the invitation is there and the id is free.
     *
     * @return false when there is no such invitation (confirmed already, or never invited); nothing is changed
     */
    boolean confirm(int year, String id);
}
