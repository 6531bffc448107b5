package lv.praise.domain.reports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.mail.Recipients;

/**
 * Port: the report letters of a campaign (one item per participant). Every change of state is a conditional write,
 * so two runs never both send one participant's report.
 */
public interface ReportStore {
    /**
     * A run's hold on one letter: only the holder of the token may record its outcome.
     *
     * @param done the contacts (by e-mail hash) earlier attempts recorded as done: not written to again
     */
    record Claim(String participantId, String token, int attempt, Recipients done) {
    }

    /** Creates the pending letter of each participant that has none; running it again creates nothing twice. */
    void ensure(int campaignYear, Collection<String> participantIds);

    /** Every letter of the campaign. */
    List<ReportLetter> all(int campaignYear);

    /**
     * Claims the letter when it is due: pending, failed, without contact, or claimed by a run whose claim is older
     * than {@code staleBefore}. Empty when it is sent or another run holds a fresh claim.
     */
    Optional<Claim> claim(int campaignYear, String participantId, Instant now, Instant staleBefore);

    /**
     * Records one contact's outcome on the letter right after its send – handed over, or refused for good – whoever
     * holds the claim now (a fact either way). False when the claim is no longer this run's: leave the letter.
     */
    boolean record(int campaignYear, Claim claim, String emailHash, boolean refused);

    boolean markSent(int campaignYear, Claim claim, Instant at);

    /** {@code FAILED} or {@code NO_CONTACT}, with the reason as a code, if the claim still holds. */
    boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason);
}
