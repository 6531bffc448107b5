package lv.praise.domain;

import java.time.LocalDate;

/**
 * One expert or mystery-shopper evaluation of a participant. The same participant, date,
 * evaluator and channel identify it, so importing a file again changes nothing.
 */
public record Evaluation(int campaignYear, String participantId, LocalDate date, String evaluator,
                         String channel, int score) {
}
