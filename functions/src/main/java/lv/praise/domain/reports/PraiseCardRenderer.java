package lv.praise.domain.reports;

import java.util.List;

/**
 * Port: printable praise cards (issue 18): A5 sheets in landscape, two A6 cards side by side with a cut line
 * between them; one employee whose texts don't fit one card gets as many as they need.
 */
public interface PraiseCardRenderer {
    byte[] pdf(List<PraiseCard> cards);
}
