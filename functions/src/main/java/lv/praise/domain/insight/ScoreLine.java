package lv.praise.domain.insight;

import java.math.BigDecimal;

/**
 * One participant's line of the latest standings, as the recalculation left it in its {@code INSIGHT} item: the
 * components, the total, the ranks (overall, in its category, in its size class) and the distance to the TOP-N's
 * last total. {@code published} marks the line of the publication's final standings. What a participant sees of
 * it is {@link ReadInsight}'s rule: never a rank before publication.
 */
public record ScoreLine(BigDecimal online, BigDecimal branch, BigDecimal mystery, BigDecimal total,
                        Integer rankOverall, Integer rankInCategory, Integer rankInSizeClass,
                        /** The total of the last place in the TOP-N, null with fewer eligible participants. */
                        BigDecimal topNTotal, boolean eligible, String reason, boolean published) {
}
