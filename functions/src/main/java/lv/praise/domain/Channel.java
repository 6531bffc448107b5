package lv.praise.domain;

import java.util.Locale;
import java.util.Optional;

/** Where the praised service happened; the scores keep the two apart. */
public enum Channel {
    ONLINE, BRANCH;

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
