package lv.praise.domain.scoring;

import java.math.BigDecimal;

/**
 * The campaign-wide mean stars m of one component: over all counted praise of its channels, or the
 * rules' default when there is none. {@code mean} is rounded to 4 decimals for showing; scoring
 * uses the exact starSum / praiseCount.
 */
public record CampaignMean(long praiseCount, long starSum, BigDecimal mean, boolean defaulted) {
}
