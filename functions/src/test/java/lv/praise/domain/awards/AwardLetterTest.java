package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import lv.praise.domain.Label;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Term;
import org.junit.jupiter.api.Test;

class AwardLetterTest {
    private static final Term EDUCATION = new Term("education", new Label("Izglītība", "Education", "Haridus"));

    private static Certificate certificate(Term category) {
        return new Certificate(2027, "7KQ2-M9XD-4HTB-W3ZA", "p-42", "Preiļu Galvenā bibliotēka", 3, 50, category,
                "Klienti mūs uzslavē 2027", LocalDate.of(2027, 4, 5), "https://x.lv/verify.html?code=7KQ2M9XD4HTBW3ZA");
    }

    @Test
    void theIssueDateReadsAsTheSiteWritesItInEachLanguage() {
        OutgoingMail mail = AwardLetter.compose("info@example.lv", certificate(null), new byte[] {1}, "k-1");
        assertEquals(Lang.LV, mail.lang());
        assertTrue(mail.text().contains("\nIzsniegts / Issued / Väljastatud: 2027. gada 5. aprīlis / 5 April 2027 / "
                + "5. aprill 2027\n"), mail.text());
    }

    @Test
    void thePlaceIsInTheAccusativeInLatvianAndNamedInEnglishAndEstonian() {
        String text = AwardLetter.compose("info@example.lv", certificate(EDUCATION), false, new byte[] {1}, "k-1").text();
        assertTrue(text.contains("ir ieguvis kvalitātes zīmi \"Klienti mūs uzslavē 2027\" un 3. vietu TOP-50 kampaņā"),
                text);
        assertFalse(text.contains("vieta TOP"), "not the nominative: " + text);
        assertTrue(text.contains("(Customers praise us 2027) and rank 3 in the TOP-50 of the \"Praise good service!\""),
                text);
        assertTrue(text.contains("on pälvinud kvaliteedimärgi „Klienti mūs uzslavē 2027“ ning 3. koha TOP-50-s kampaanias"),
                text);
        assertFalse(text.contains("kategorij") || text.contains("category") || text.contains("kategoorias"),
                "no category is won: " + text);
    }

    @Test
    void aCategoryWinIsNamedInEachLanguage() {
        String text = AwardLetter.compose("info@example.lv", certificate(EDUCATION), true, new byte[] {1}, "k-1").text();
        assertTrue(text.contains("kvalitātes zīmi \"Klienti mūs uzslavē 2027\", 3. vietu TOP-50 un 1. vietu kategorijā "
                + "«Izglītība» kampaņā \"Uzslavē labu servisu!\"."), text);
        assertTrue(text.contains(", rank 3 in the TOP-50 and rank 1 in the category “Education” of the"), text);
        assertTrue(text.contains(", 3. koha TOP-50-s ning 1. koha kategoorias „Haridus“ kampaanias „Kiida head teenindust!“."),
                text);
    }

    @Test
    void aWinWithoutACategoryNamesNone() {
        String text = AwardLetter.compose("info@example.lv", certificate(null), true, new byte[] {1}, "k-1").text();
        assertTrue(text.contains(" un 3. vietu TOP-50 kampaņā"), text);
        assertFalse(text.contains("kategorijā"), text);
    }
}
