package lv.praise.domain.scoring;

import java.util.Locale;

/** Why a participant gets no rank and no award. */
public enum Ineligibility {
    /** No mystery-shopper evaluation: the public's praise alone can't earn an award. */
    NOT_EVALUATED("not evaluated"),
    /** Evaluated, but fewer counted praises than the campaign's minimum (formula 2027.2 on). */
    TOO_FEW_PRAISE("too few praises"),
    /** Evaluated, with enough praise, but the total is below the quality-mark threshold. */
    BELOW_THRESHOLD("below threshold");

    private final String label;

    Ineligibility(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
