package lv.praise.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How the praise reached the campaign; the scores map each channel to a component
 * (ScoringRules.channelComponents). Only {@link #ONLINE} and {@link #BRANCH} come from the public
 * form: phone and paper praise is typed in by an organiser.
 */
public enum Channel {
    ONLINE, BRANCH, PHONE, PAPER;

    /** Whether a person may choose this channel on the public form (the others need an organiser). */
    public boolean publicForm() {
        return this == ONLINE || this == BRANCH;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromCode(String code) {
        for (Channel channel : values()) {
            if (channel.code().equals(code)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
