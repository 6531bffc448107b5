package lv.praise.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person sends from the praise form, checked field by field. Building one either succeeds
 * or names the first field at fault.
 */
public record PraiseSubmission(
        String participantId,
        String branch,
        String employee,
        int stars,
        List<String> aspects,
        String text,
        Channel channel,
        String email,
        Lang lang) {

    public static final int MAX_TEXT = PraiseFields.MAX_TEXT;
    public static final int MAX_EMPLOYEE = PraiseFields.MAX_EMPLOYEE;
    public static final int MAX_EMAIL = 254;
    // Deliberately plain: the confirmation e-mail is the real test of an address.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\",;]+@[^@\\s<>\",;.]+(\\.[^@\\s<>\",;.]+)+$");

    public PraiseSubmission {
        participantId = PraiseFields.participantId(participantId);
        branch = PraiseFields.optional(branch);
        employee = PraiseFields.employee(employee);
        PraiseFields.stars(stars);
        aspects = PraiseFields.aspects(aspects);
        text = PraiseFields.text(text);
        // Phone and paper praise has no e-mail to confirm it: only an organiser enters it (EnteredPraise).
        if (channel == null || !channel.publicForm()) {
            throw PraiseException.invalid("channel", "channel is required: online or branch");
        }
        email = PraiseFields.required("email", email);
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw PraiseException.invalid("email", "email is not a valid e-mail address");
        }
        if (lang == null) {
            lang = Lang.LV;
        }
    }
}
