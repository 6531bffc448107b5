package lv.praise.domain.digest;

import java.util.List;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;

/**
 * The digest e-mail in the contact's language (Latvian unless another is known): the week, how many praises, the
 * employees named, one or two texts, a link to the participant's view and the one-click opt-out link. The opt-out
 * page asks for a button press before it acts, so a mail client's link scanner does not opt anyone out.
 */
public final class DigestMail {
    private DigestMail() {
    }

    /**
     * @param myUrl     the participant's view (/my/)
     * @param optOutUrl this contact's opt-out page, its token in the link
     * @param deliveryKey names this message for good (one contact, one participant, one week)
     */
    public static OutgoingMail of(DigestContent content, DigestWeek week, DigestRecipient to, String myUrl,
                                  String optOutUrl, String deliveryKey) {
        Lang lang = to.lang();
        String span = CalendarDates.dayMonth(lang, week.monday()) + " – " + CalendarDates.date(lang, week.sunday());
        StringBuilder text = new StringBuilder();
        String subject;
        switch (lang) {
            case EN -> {
                subject = content.participantName() + ": " + content.praises() + " " + (content.praises() == 1
                        ? "praise" : "praises") + " last week";
                text.append("Hello,\n\n").append(content.participantName()).append(" received ")
                        .append(content.praises()).append(content.praises() == 1 ? " approved praise" : " approved praises")
                        .append(" last week (").append(span).append(").\n");
                employees(text, content.employees(), "Employees named: ");
                quotes(text, content.quotes(), content.quotes().size() == 1 ? "One of them:" : "Two of them:");
                text.append("\nAll your praise and figures: ").append(myUrl).append('\n')
                        .append("\nYou receive this weekly during the “Praise good service!” campaign as a contact of ")
                        .append(content.participantName()).append(".\nNo more of these e-mails (one click): ")
                        .append(optOutUrl).append('\n');
            }
            case ET -> {
                subject = content.participantName() + ": eelmisel nädalal " + content.praises() + " "
                        + (content.praises() == 1 ? "kiitus" : "kiitust");
                text.append("Tere!\n\n").append(content.participantName()).append(" sai eelmisel nädalal (")
                        .append(span).append(") ").append(content.praises())
                        .append(content.praises() == 1 ? " kinnitatud kiituse" : " kinnitatud kiitust").append(".\n");
                employees(text, content.employees(), "Nimetatud töötajad: ");
                quotes(text, content.quotes(), content.quotes().size() == 1 ? "Üks neist:" : "Kaks neist:");
                text.append("\nKõik kiitused ja näitajad: ").append(myUrl).append('\n')
                        .append("\nSaate selle kirja kampaania „Kiida head teenindust!” ajal igal nädalal kui ")
                        .append(content.participantName()).append(" kontaktisik.\nRohkem neid kirju mitte saada (üks klõps): ")
                        .append(optOutUrl).append('\n');
            }
            default -> {
                subject = content.participantName() + ": " + content.praises() + " " + lvPraises(content.praises())
                        + " pagājušajā nedēļā";
                text.append("Labdien!\n\n").append(content.participantName()).append(" pagājušajā nedēļā (")
                        .append(span).append(") saņēma ").append(content.praises()).append(' ')
                        .append(lvApproved(content.praises())).append(".\n");
                employees(text, content.employees(), "Uzslavētie darbinieki: ");
                quotes(text, content.quotes(), content.quotes().size() == 1 ? "Viena no tām:" : "Divas no tām:");
                text.append("\nVisas uzslavas un rādītāji: ").append(myUrl).append('\n')
                        .append("\nŠo vēstuli kampaņas „Uzslavē labu servisu!” laikā saņemat katru nedēļu kā ")
                        .append(content.participantName()).append(" kontaktpersona.\nVairs nesaņemt šīs vēstules (viens klikšķis): ")
                        .append(optOutUrl).append('\n');
            }
        }
        return new OutgoingMail(to.email(), subject, text.toString(), lang, List.of(), deliveryKey);
    }

    private static void employees(StringBuilder text, List<DigestContent.Employee> employees, String label) {
        if (employees.isEmpty()) {
            return;
        }
        text.append('\n').append(label);
        for (int i = 0; i < employees.size(); i++) {
            DigestContent.Employee e = employees.get(i);
            text.append(i == 0 ? "" : ", ").append(e.name()).append(" (").append(e.praises()).append(')');
        }
        text.append('\n');
    }

    private static void quotes(StringBuilder text, List<DigestContent.Quote> quotes, String label) {
        if (quotes.isEmpty()) {
            return;
        }
        text.append('\n').append(label).append('\n');
        for (DigestContent.Quote q : quotes) {
            text.append("★".repeat(q.stars())).append("☆".repeat(Math.max(0, 5 - q.stars()))).append(" „")
                    .append(q.text()).append("”\n");
        }
    }

    /** Latvian agrees the noun with the number: 1, 21, 31 … take the singular (not 11). */
    private static boolean lvSingular(int n) {
        return n % 10 == 1 && n % 100 != 11;
    }

    private static String lvPraises(int n) {
        return lvSingular(n) ? "uzslava" : "uzslavas";
    }

    private static String lvApproved(int n) {
        return lvSingular(n) ? "apstiprinātu uzslavu" : "apstiprinātas uzslavas";
    }
}
