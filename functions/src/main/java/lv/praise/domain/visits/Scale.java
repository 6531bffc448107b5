package lv.praise.domain.visits;

import java.util.Locale;
import java.util.Optional;

/** How a criterion is answered, and so how an answer becomes a fraction of its maximum (docs/evaluations.md). */
public enum Scale {
    YES_NO, ZERO_TWO, ONE_FIVE, RESPONSE_TIME;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scale> fromCode(String code) {
        for (Scale scale : values()) {
            if (scale.code().equals(code)) {
                return Optional.of(scale);
            }
        }
        return Optional.empty();
    }
}
