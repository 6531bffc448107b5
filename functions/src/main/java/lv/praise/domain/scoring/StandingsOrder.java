package lv.praise.domain.scoring;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The ranking rule, best first: higher total, then more confirmed praise, then higher mystery score,
 * then name in Latvian alphabetical order, then id. Totals and mystery scores are compared as
 * published (2 decimals), so the order can always be explained from the published figures.
 * Ids are unique, so no two participants compare equal: the order is strict. Whether two participants share
 * a place is decided by {@link #sameMerit} (formula 2027.2 on), not by this order.
 */
public final class StandingsOrder implements Comparator<ParticipantScore> {
    // Collator.compare is synchronized in the JDK, so one instance may be shared.
    private final Collator latvian = Collator.getInstance(Locale.forLanguageTag("lv"));

    @Override
    public int compare(ParticipantScore a, ParticipantScore b) {
        int c = b.total().compareTo(a.total());
        if (c != 0) {
            return c;
        }
        c = Long.compare(b.confirmedPraiseCount(), a.confirmedPraiseCount());
        if (c != 0) {
            return c;
        }
        c = compareMysteryDescending(a.mysteryScore(), b.mysteryScore());
        if (c != 0) {
            return c;
        }
        c = latvian.compare(a.name(), b.name());
        if (c != 0) {
            return c;
        }
        return a.id().compareTo(b.id());
    }

    /**
     * Whether two participants are tied on every figure of merit: total, counted praise and mystery score,
     * as published. From formula 2027.2 on such participants share a place; name and id only decide the
     * order they are listed in, which is no judgement of their service.
     */
    public static boolean sameMerit(ParticipantScore a, ParticipantScore b) {
        return a.total().compareTo(b.total()) == 0
                && a.confirmedPraiseCount() == b.confirmedPraiseCount()
                && compareMysteryDescending(a.mysteryScore(), b.mysteryScore()) == 0;
    }

    /** Higher first; no evaluation after any evaluation (only matters among non-eligible rows). */
    private static int compareMysteryDescending(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return b.compareTo(a);
    }
}
