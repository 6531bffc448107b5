package lv.praise.domain.reports;

import java.util.List;
import java.util.Objects;
import lv.praise.domain.Lang;

/**
 * One employee's recognition: their name as written, the texts of approved praise naming them (newest first), how
 * many praises named them, the campaign's quality mark, the month of the praise ("2027. gada marts", "March 2027")
 * and the participant's name. How many printed cards it takes is the renderer's business (the texts decide).
 */
public record PraiseCard(Lang lang, String employeeName, long praises, List<String> texts, String qualityMarkTitle,
                         String month, String participantName) {
    public PraiseCard {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(employeeName, "employeeName");
        Objects.requireNonNull(qualityMarkTitle, "qualityMarkTitle");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(participantName, "participantName");
        texts = List.copyOf(texts);
    }
}
