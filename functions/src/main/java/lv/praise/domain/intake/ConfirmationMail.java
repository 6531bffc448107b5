package lv.praise.domain.intake;

import lv.praise.domain.CalendarDates;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Writes the e-mail that asks a person to confirm their praise, in their language and in the site's register ("tu",
 * "sina"), quoting what they wrote. The link's deadline is written
 * as the site writes a moment ({@link CalendarDates#dateTime}), after a label and colon: the nominative reads right
 * there, where Latvian "līdz" and Estonian "kuni" would want cases of their own.
 */
public final class ConfirmationMail {
    private ConfirmationMail() {
    }

    /**
     * @param text         the praise as written, quoted so the person sees what they confirm
     * @param withdrawLink the person's own link to withdraw the praise (before or after confirming it, until the
     *                     results are frozen): the same secret as {@code link}, see {@link lv.praise.domain.erasure.WithdrawPraise}
     */
    public static OutgoingMail compose(String to, Lang lang, String participantName, String text, String link,
                                       String withdrawLink, Instant expiresAt, ZoneId zone) {
        String until = CalendarDates.dateTime(lang, expiresAt, zone);
        String quoted = quote(text);
        // The site's register: "tu" in Latvian, "sina" in Estonian.
        return switch (lang) {
            case LV -> new OutgoingMail(to, "Apstiprini savu uzslavu: " + participantName, String.join("\n",
                    "Labdien!",
                    "",
                    "Paldies, ka uzslavēji: " + participantName + ". Tu rakstīji:",
                    "",
                    quoted,
                    "",
                    "Lai uzslava tiktu ieskaitīta, lūdzu, apstiprini to, atverot šo saiti:",
                    "",
                    link,
                    "",
                    "Saite ir derīga līdz: " + until + " (Rīgas laiks). Ja šo uzslavu neesi rakstījis tu, vienkārši ignorē šo vēstuli.",
                    "Pirms uzslavas teksts parādās dalībnieka lapā, to izlasa organizatori.",
                    "Tava e-pasta adrese netiek publicēta un pēc apstiprināšanas netiek glabāta.",
                    "",
                    "Pārdomāji? Ar šo saiti jebkurā brīdī līdz rezultātu publicēšanai vari atsaukt savu uzslavu – tās teksts un darbinieka vārds tiks izdzēsti un tā netiks skaitīta:",
                    withdrawLink,
                    "",
                    "Uzslavē labu servisu!"), lang);
            case EN -> new OutgoingMail(to, "Confirm your praise: " + participantName, String.join("\n",
                    "Hello,",
                    "",
                    "Thank you for praising " + participantName + ". You wrote:",
                    "",
                    quoted,
                    "",
                    "Your praise counts once you confirm it by opening this link:",
                    "",
                    link,
                    "",
                    "The link is valid until " + until + " (Riga time). If you did not write this praise, ignore this e-mail.",
                    "The organisers read the text before it appears on the participant's page.",
                    "Your e-mail address is never published and is not kept after confirmation.",
                    "",
                    "Changed your mind? Until the results are published, this link withdraws your praise – its text and the employee's name are erased and it no longer counts:",
                    withdrawLink,
                    "",
                    "Praise good service!"), lang);
            case ET -> new OutgoingMail(to, "Kinnita oma kiitus: " + participantName, String.join("\n",
                    "Tere!",
                    "",
                    "Aitäh, et kiitsid: " + participantName + ". Sa kirjutasid:",
                    "",
                    quoted,
                    "",
                    "Kiitus läheb arvesse, kui kinnitad selle, avades selle lingi:",
                    "",
                    link,
                    "",
                    "Lingi kehtivuse lõpp: " + until + " (Riia aja järgi). Kui sa seda kiitust ei kirjutanud, jäta see kiri tähelepanuta.",
                    "Korraldajad loevad teksti läbi enne, kui see osaleja lehel ilmub.",
                    "Sinu e-posti aadressi ei avaldata ega säilitata pärast kinnitamist.",
                    "",
                    "Mõtlesid ümber? Kuni tulemuste avaldamiseni saad selle lingiga oma kiituse tagasi võtta – selle tekst ja töötaja nimi kustutatakse ning see ei lähe enam arvesse:",
                    withdrawLink,
                    "",
                    "Kiida head teenindust!"), lang);
        };
    }

    /** The praise as a plain-text quote, each of its lines after "> ", as mail programs show quotes. */
    static String quote(String text) {
        return text == null ? "" : "> " + text.strip().replace("\n", "\n> ");
    }

    /**
     * The e-mail that asks a person to confirm their nomination of an organisation that is not a participant:
     * the same link and deadline as a praise's, saying what a nomination does (organisers see it, no score).
     */
    public static OutgoingMail composeNomination(String to, Lang lang, String organisationName, String link,
                                                 Instant expiresAt, ZoneId zone) {
        String until = CalendarDates.dateTime(lang, expiresAt, zone);
        return switch (lang) {
            case LV -> new OutgoingMail(to, "Apstiprini savu ieteikumu: " + organisationName, String.join("\n",
                    "Labdien!",
                    "",
                    "Paldies, ka ieteici uzslavēt: " + organisationName + ".",
                    "Lai ieteikums tiktu ieskaitīts, lūdzu, apstiprini to, atverot šo saiti:",
                    "",
                    link,
                    "",
                    "Saite ir derīga līdz: " + until + " (Rīgas laiks). Ja šo ieteikumu neesi rakstījis tu, vienkārši ignorē šo vēstuli.",
                    "Organizatori redzēs, cik cilvēku šo organizāciju ieteikuši, un varēs to aicināt piedalīties.",
                    "Tava e-pasta adrese netiek publicēta un netiek glabāta.",
                    "",
                    "Uzslavē labu servisu!"), lang);
            case EN -> new OutgoingMail(to, "Confirm your suggestion: " + organisationName, String.join("\n",
                    "Hello,",
                    "",
                    "Thank you for suggesting " + organisationName + ".",
                    "Your suggestion counts once you confirm it by opening this link:",
                    "",
                    link,
                    "",
                    "The link is valid until " + until + " (Riga time). If you did not write this suggestion, ignore this e-mail.",
                    "The organisers will see how many people suggested this organisation and may invite it to take part.",
                    "Your e-mail address is never published and is not kept.",
                    "",
                    "Praise good service!"), lang);
            case ET -> new OutgoingMail(to, "Kinnita oma soovitus: " + organisationName, String.join("\n",
                    "Tere!",
                    "",
                    "Aitäh, et soovitasid: " + organisationName + ".",
                    "Soovitus läheb arvesse, kui kinnitad selle, avades selle lingi:",
                    "",
                    link,
                    "",
                    "Lingi kehtivuse lõpp: " + until + " (Riia aja järgi). Kui sa seda soovitust ei kirjutanud, jäta see kiri tähelepanuta.",
                    "Korraldajad näevad, mitu inimest seda organisatsiooni soovitasid, ja võivad selle osalema kutsuda.",
                    "Sinu e-posti aadressi ei avaldata ega säilitata.",
                    "",
                    "Kiida head teenindust!"), lang);
        };
    }

    /**
     * The answer to a repeat praise (this mailbox already has a confirmed praise of this participant in this
     * campaign): no link, nothing to do. Only the mailbox's owner reads it, so it may say what the API must not.
     */
    public static OutgoingMail composeAlreadyPraised(String to, Lang lang, String participantName) {
        return switch (lang) {
            case LV -> new OutgoingMail(to, "Tu jau esi uzslavējis: " + participantName, String.join("\n",
                    "Labdien!",
                    "",
                    "Paldies par vēlmi uzslavēt: " + participantName + ".",
                    "No šīs e-pasta adreses šis dalībnieks šajā kampaņā jau ir uzslavēts un uzslava ir apstiprināta.",
                    "Katru dalībnieku var uzslavēt vienu reizi, tāpēc jaunā uzslava netika saglabāta un nekas nav mainījies.",
                    "Ja šo uzslavu neesi rakstījis tu, vienkārši ignorē šo vēstuli.",
                    "",
                    "Uzslavē labu servisu!"), lang);
            case EN -> new OutgoingMail(to, "You have already praised " + participantName, String.join("\n",
                    "Hello,",
                    "",
                    "Thank you for wanting to praise " + participantName + ".",
                    "This e-mail address has already praised this participant in this campaign, and that praise is confirmed.",
                    "Each person can praise a participant once, so the new praise was not kept and nothing has changed.",
                    "If you did not write this praise, ignore this e-mail.",
                    "",
                    "Praise good service!"), lang);
            case ET -> new OutgoingMail(to, "Oled juba kiitnud: " + participantName, String.join("\n",
                    "Tere!",
                    "",
                    "Aitäh, et soovisid kiita: " + participantName + ".",
                    "Selle e-posti aadressiga on seda osalejat selles kampaanias juba kiidetud ja kiitus on kinnitatud.",
                    "Iga inimene saab osalejat kiita üks kord, seega uut kiitust ei salvestatud ja midagi ei muutunud.",
                    "Kui sa seda kiitust ei kirjutanud, jäta see kiri tähelepanuta.",
                    "",
                    "Kiida head teenindust!"), lang);
        };
    }
}
