package lv.praise.domain.scoring;

import java.util.Locale;

/**
 * The score components fed by the public's praise. Praise channels (online, branch, and later
 * phone or paper) map onto these through {@link ScoringRules#channelComponents()}.
 */
public enum PublicComponent {
    ONLINE, BRANCH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
