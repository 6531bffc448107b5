package lv.praise.domain.intake;

import static org.junit.jupiter.api.Assertions.assertTrue;

import lv.praise.domain.CalendarDates;
import lv.praise.domain.Campaign;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConfirmationMailTest {
    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyLanguageNamesTheParticipantTheLinkAndTheDeadlineInRigaTime(Lang lang) {
        OutgoingMail mail = ConfirmationMail.compose("a@example.lv", lang, "Preiļu Galvenā bibliotēka",
                "Ļoti laipni!\nPaldies.", "https://x.lv/confirm.html?token=t", "https://x.lv/withdraw.html?token=t",
                Instant.parse("2027-03-08T10:00:00Z"), Campaign.RIGA);
        assertTrue(mail.subject().contains("Preiļu Galvenā bibliotēka"));
        assertTrue(mail.text().contains("https://x.lv/confirm.html?token=t"));
        assertTrue(mail.text().contains("\nhttps://x.lv/withdraw.html?token=t\n"), "the personal withdraw link: " + mail.text());
        // The deadline after a label, as the site writes a moment: no zero-padded day, the month by name.
        String deadline = Map.of(
                Lang.LV, "Saite ir derīga līdz: 2027. gada 8. marts, 12:00 (Rīgas laiks).",
                Lang.EN, "The link is valid until 8 March 2027, 12:00 (Riga time).",
                Lang.ET, "Lingi kehtivuse lõpp: 8. märts 2027, 12:00 (Riia aja järgi).").get(lang);
        assertTrue(mail.text().contains(deadline), mail.text());
        assertTrue(mail.text().contains(CalendarDates.dateTime(lang, Instant.parse("2027-03-08T10:00:00Z"), Campaign.RIGA)));
        assertTrue(mail.text().contains("\n> Ļoti laipni!\n> Paldies.\n"), "what is confirmed, quoted line by line: " + mail.text());
        assertTrue(mail.text().contains(Map.of(Lang.LV, "izlasa organizatori", Lang.EN, "The organisers read the text",
                Lang.ET, "Korraldajad loevad teksti").get(lang)), "the text is read before it is shown: " + mail.text());
    }

    /** The site speaks to a person as "tu" (lv) and "sina" (et): so do its e-mails, never "jūs" or "teie". */
    @ParameterizedTest
    @EnumSource(value = Lang.class, names = {"LV", "ET"})
    void theMailsUseTheSitesRegister(Lang lang) {
        Instant until = Instant.parse("2027-03-08T10:00:00Z");
        java.util.List<OutgoingMail> mails = java.util.List.of(
                ConfirmationMail.compose("a@example.lv", lang, "Alfa", "Paldies!", "https://x.lv/c", "https://x.lv/w", until, Campaign.RIGA),
                ConfirmationMail.composeNomination("a@example.lv", lang, "Alfa", "https://x.lv/c", until, Campaign.RIGA),
                ConfirmationMail.composeAlreadyPraised("a@example.lv", lang, "Alfa"));
        java.util.regex.Pattern formal = lang == Lang.LV
                ? java.util.regex.Pattern.compile("(?iu)\\b(jūs|jūsu|jums|esat|apstipriniet|ignorējiet|varat)\\b|ējāt\\b|icāt\\b")
                : java.util.regex.Pattern.compile("(?iu)\\b(te|teie|teid|olete|kinnitage|jätke|saate)\\b|site\\b");
        for (OutgoingMail mail : mails) {
            String all = mail.subject() + "\n" + mail.text();
            assertTrue(!formal.matcher(all).find(), "formal address in: " + all);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aRepeatPraisesMailSaysItChangesNothingAndHasNoLink(Lang lang) {
        OutgoingMail mail = ConfirmationMail.composeAlreadyPraised("a@example.lv", lang, "Preiļu Galvenā bibliotēka");
        assertTrue(mail.subject().contains("Preiļu Galvenā bibliotēka"));
        assertTrue(mail.text().contains(Map.of(Lang.LV, "nekas nav mainījies", Lang.EN, "nothing has changed",
                Lang.ET, "midagi ei muutunud").get(lang)), mail.text());
        assertTrue(!mail.text().contains("http"), "nothing to open: " + mail.text());
        assertTrue(mail.lang() == lang);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aNominationsMailIsInTheSameLanguageAndSaysWhatANominationDoes(Lang lang) {
        OutgoingMail mail = ConfirmationMail.composeNomination("a@example.lv", lang, "Kafejnīca Pie Tirgus",
                "https://x.lv/confirm.html?token=t&kind=nomination", Instant.parse("2027-03-08T10:00:00Z"), Campaign.RIGA);
        assertTrue(mail.subject().contains("Kafejnīca Pie Tirgus"));
        assertTrue(mail.text().contains("https://x.lv/confirm.html?token=t&kind=nomination"));
        assertTrue(mail.text().contains(CalendarDates.dateTime(lang, Instant.parse("2027-03-08T10:00:00Z"), Campaign.RIGA)));
        String says = Map.of(Lang.LV, "Organizatori redzēs", Lang.EN, "The organisers will see",
                Lang.ET, "Korraldajad näevad").get(lang);
        assertTrue(mail.text().contains(says), mail.text());
        assertTrue(mail.lang() == lang);
    }
}
