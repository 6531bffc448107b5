package lv.praise.domain.moderation;

import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.intake.PraiseFields;
import java.util.List;

/**
 * A praise an organiser types in from a phone call or a paper form, checked like the public form's
 * fields. There is no e-mail: nobody confirms it, and there is no one-per-person slot for it.
 */
public record EnteredPraise(Praise.Content content) implements Praise.HasContent {

    public EnteredPraise(String participantId, String branch, String employee, int stars, List<String> aspects,
                         String text, Channel channel, Lang lang) {
        this(PraiseFields.content(participantId, branch, employee, stars, aspects, text, channel, lang));
    }

    public EnteredPraise {
        requireEntered(content.channel());
    }

    /** The channel an organiser types in, by its code: phone or paper (400 {@code channel} otherwise). */
    public static Channel enteredChannel(String code) {
        return requireEntered(code == null ? null : Channel.fromCode(code).orElse(null));
    }

    // Web and branch praise is confirmed by its writer's e-mail; only the other channels are typed in.
    private static Channel requireEntered(Channel channel) {
        if (channel == null || channel.publicForm()) {
            throw RefusedException.invalid("channel", "channel is required: phone or paper");
        }
        return channel;
    }
}
