package lv.praise.domain.moderation;

import java.util.function.IntSupplier;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.Channel;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;

/** Use case: the public page of a participant shows its approved praise, newest first. */
public final class PraiseWall {
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;

    /**
     * What the public sees of one praise: no id, no e-mail hash, no token, no organiser, and of the
     * employee only the first name (a full name of a member of staff is more than the praise needs).
     */
    public record Entry(int stars, List<String> aspects, String text, Channel channel, String employee, String branch,
                        LocalDate date) {

        /** {@code date} is the day of confirmation in the campaign's time zone. */
        public static Entry of(Praise p, ZoneId timeZone) {
            return new Entry(p.stars(), p.aspects(), p.text(), p.channel(), firstName(p.employee()), p.branch(),
                    LocalDate.ofInstant(p.confirmedAt(), timeZone));
        }
    }

    public record Page(List<Entry> items, String nextCursor) {
    }

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final ModerationStore store;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public PraiseWall(int campaignYear, CampaignStore campaigns, ParticipantStore participants, ModerationStore store) {
        this(() -> campaignYear, campaigns, participants, store);
    }

    public PraiseWall(IntSupplier campaignYear, CampaignStore campaigns, ParticipantStore participants, ModerationStore store) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.participants = participants;
        this.store = store;
    }

    public Page page(String participantId, Integer limit, String cursor) {
        int size = ModeratePraise.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        String list = "w#" + participantId;
        Position after = Cursor.decode(list, cursor);
        if (participants.find(campaignYear.getAsInt(), participantId).isEmpty()) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "id", "no participant with this id");
        }
        Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
        ModerationStore.Page page = store.wall(campaignYear.getAsInt(), participantId, size, after);
        List<Entry> entries = page.items().stream().map(p -> Entry.of(p.praise(), campaign.timeZone())).toList();
        String next = page.more() && !page.items().isEmpty()
                ? Cursor.encode(list, Position.of(page.items().get(page.items().size() - 1))) : null;
        return new Page(entries, next);
    }

    /** The first word of what the person wrote ("Ilze Kalniņa" → "Ilze"); null when nothing was written. */
    static String firstName(String employee) {
        if (employee == null || employee.isBlank()) {
            return null;
        }
        return employee.strip().split("[\\s,;]+", 2)[0];
    }
}
