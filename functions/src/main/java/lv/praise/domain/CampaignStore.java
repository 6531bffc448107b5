package lv.praise.domain;

import java.util.Optional;

/** Port: campaigns as stored data. A year with nothing stored runs on {@link Campaign#defaults}. */
public interface CampaignStore {
    Optional<Campaign> find(int year);

    void save(Campaign campaign);
}
