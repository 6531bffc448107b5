package lv.praise.domain.visits;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of the questionnaire. {@code bands} only for {@link Scale#RESPONSE_TIME} (empty otherwise).
 *
 * @param channels the visit channels it applies to ({@link Questionnaire#CHANNELS})
 */
public record Criterion(String id, Wording wording, BigDecimal weight, Scale scale, boolean notApplicable,
                        List<String> channels, List<Band> bands) {
    public Criterion {
        channels = List.copyOf(channels);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public boolean appliesTo(String channel) {
        return channels.contains(channel);
    }
}
