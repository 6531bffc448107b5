package lv.praise.domain.moderation;

/** How many confirmed praises of a campaign are in each review state. */
public record ModerationCounts(long pending, long approved, long rejected) {
    public static final ModerationCounts NONE = new ModerationCounts(0, 0, 0);
}
