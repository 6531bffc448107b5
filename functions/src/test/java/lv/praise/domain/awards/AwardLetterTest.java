package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import org.junit.jupiter.api.Test;

class AwardLetterTest {
    @Test
    void theIssueDateReadsAsTheSiteWritesItInLatvianThenEnglish() {
        Certificate c = new Certificate(2027, "7KQ2-M9XD-4HTB-W3ZA", "p-42", "Preiļu Galvenā bibliotēka", 3, 50, null,
                "Klienti mūs uzslavē 2027", LocalDate.of(2027, 4, 5), "https://x.lv/verify.html?code=7KQ2M9XD4HTBW3ZA");
        OutgoingMail mail = AwardLetter.compose("info@example.lv", c, new byte[] {1}, "k-1");
        assertEquals(Lang.LV, mail.lang());
        assertTrue(mail.text().contains("\nIzsniegts / Issued: 2027. gada 5. aprīlis / 5 April 2027\n"), mail.text());
        assertTrue(mail.text().contains("3. vieta TOP-50"), mail.text());
    }
}
