package lv.praise.domain.visits;

import java.math.BigDecimal;

/** A response-time band: a reply within {@code maxHours} earns {@code points} of 100. */
public record Band(BigDecimal maxHours, int points) {
}
