package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConfirmationMailTest {
    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyLanguageNamesTheParticipantTheLinkAndTheDeadlineInRigaTime(Lang lang) {
        OutgoingMail mail = ConfirmationMail.compose("a@example.lv", lang, "Preiļu Galvenā bibliotēka",
                "https://x.lv/confirm.html?token=t", Instant.parse("2027-03-08T10:00:00Z"), Campaign.RIGA);
        assertTrue(mail.subject().contains("Preiļu Galvenā bibliotēka"));
        assertTrue(mail.text().contains("https://x.lv/confirm.html?token=t"));
        assertTrue(mail.text().contains("08.03.2027 12:00"), mail.text());
    }
}
