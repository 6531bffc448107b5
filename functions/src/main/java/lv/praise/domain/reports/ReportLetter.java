package lv.praise.domain.reports;

import java.time.Instant;
import lv.praise.domain.awards.DeliveryState;

/**
 * The send state of one participant's report letter ({@code REPORT#{participantId}}), as an award letter's: claimed
 * before it is sent, marked after; only {@code SENT} is final.
 *
 * @param lastError the last try's reason as a code ({@code no_contact}, {@code rejected}, {@code unknown_outcome}…)
 */
public record ReportLetter(String participantId, DeliveryState state, int attempts, String lastError, Instant sentAt) {
}
