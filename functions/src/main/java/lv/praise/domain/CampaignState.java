package lv.praise.domain;

import java.util.Locale;

public enum CampaignState {
    UPCOMING, OPEN, CLOSED, PUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
