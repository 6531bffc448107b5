package lv.praise.domain.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lv.praise.domain.Lang;

/**
 * The e-mail that brings a participant's contact its one-time sign-in code (docs/insight.md, Sign-in), in the
 * contact's language and the site's register ("tu", "sina", as the sign-in form speaks). The code itself is not
 * known here: the text carries the placeholder the sender gives ({@code {####}} from Cognito), which the sender
 * replaces with the code after the text is written. The code is not in the subject, which mail programs show in
 * notifications on a locked screen.
 *
 * @param subject the subject line
 * @param text    the plain text, lines separated by {@code \n}
 * @param html    the same as HTML (Cognito sends its e-mail message as HTML: plain line breaks would run together)
 */
public record SignInCodeMail(String subject, String text, String html) {
    /** How long a code is valid, as the pool's client (AuthSessionValidity) and the local twin keep it. */
    public static final int CODE_MINUTES = 3;

    public SignInCodeMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /**
     * @param code the code, or the placeholder the sender replaces with it; printed on a line of its own
     * @throws IllegalArgumentException for an empty placeholder (the message would carry no code)
     */
    public static SignInCodeMail of(Lang lang, String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("the code's placeholder is empty");
        }
        return switch (lang) {
            case LV -> of("Tavs pieslēgšanās kods dalībnieka lapai", List.of(
                    List.of("Labdien!"),
                    List.of("Tavs kods pieslēgšanās dalībnieka lapai kampaņā „Uzslavē labu servisu!”:"),
                    List.of(code),
                    List.of("Kods derīgs " + CODE_MINUTES + " minūtes un vienai pieslēgšanās reizei. Ievadi to lapā, kurā to pieprasīji.",
                            "Ja kodu neesi pieprasījis tu, vienkārši ignorē šo vēstuli: bez koda neviens nevar pieslēgties."),
                    List.of("Uzslavē labu servisu!")), code);
            case EN -> of("Your sign-in code for the participant’s page", List.of(
                    List.of("Hello,"),
                    List.of("Your code to sign in to the participant’s page of the “Praise good service!” campaign:"),
                    List.of(code),
                    List.of("The code is valid for " + CODE_MINUTES + " minutes and for one sign-in. Enter it on the page where you asked for it.",
                            "If you did not ask for a code, ignore this e-mail: nobody can sign in without it."),
                    List.of("Praise good service!")), code);
            case ET -> of("Sinu sisselogimiskood osaleja lehele", List.of(
                    List.of("Tere!"),
                    List.of("Sinu kood kampaania „Kiida head teenindust!” osaleja lehele sisselogimiseks:"),
                    List.of(code),
                    List.of("Kood kehtib " + CODE_MINUTES + " minutit ja ühe sisselogimise jaoks. Sisesta see lehel, kus selle küsisid.",
                            "Kui sa koodi ei küsinud, jäta see kiri tähelepanuta: ilma koodita ei saa keegi sisse logida."),
                    List.of("Kiida head teenindust!")), code);
        };
    }

    /**
     * The language of a Cognito user's {@code locale} attribute ({@code lv}, {@code en-GB}, {@code ET}...): its
     * language part, when it is one of ours; Latvian otherwise (none set, or another language).
     */
    public static Lang languageOf(String locale) {
        if (locale == null) {
            return Lang.LV;
        }
        String language = locale.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Lang.fromCode(language).orElse(Lang.LV);
    }

    /** Paragraphs of lines: blank lines between paragraphs in the text, {@code <p>} and {@code <br>} in HTML. */
    private static SignInCodeMail of(String subject, List<List<String>> paragraphs, String code) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<html><body>");
        for (List<String> paragraph : paragraphs) {
            text.append(text.length() == 0 ? "" : "\n").append(String.join("\n", paragraph)).append('\n');
            // The code's paragraph stands out, so a phone's "copy code" finds it.
            html.append(paragraph.equals(List.of(code)) ? "<p style=\"font-size:1.5em;font-weight:bold;letter-spacing:0.1em\">" : "<p>");
            for (int i = 0; i < paragraph.size(); i++) {
                html.append(i == 0 ? "" : "<br>").append(escape(paragraph.get(i)));
            }
            html.append("</p>");
        }
        return new SignInCodeMail(subject, text.toString(), html.append("</body></html>").toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
