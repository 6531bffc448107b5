package lv.praise.domain.reports;

import java.util.List;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;

/**
 * The letter that carries a participant's report to one of its contacts, in the contact's language: Latvian (then
 * English) with the Latvian report, or English with the English report – for an Estonian contact too, as the report
 * exists in lv and en only and this letter has no Estonian text.
 */
public final class ReportMail {
    private ReportMail() {
    }

    /** The report's (and the letter's) language for a contact of the given language: lv stays lv, the others en. */
    public static Lang reportLang(Lang contact) {
        return contact == Lang.LV ? Lang.LV : Lang.EN;
    }

    /** The Latvian letter (with its English part). */
    public static OutgoingMail compose(String to, Report report, byte[] pdf, String deliveryKey) {
        return compose(to, report, pdf, deliveryKey, Lang.LV);
    }

    /**
     * @param deliveryKey names this letter to this contact for good: a resent letter stays one letter
     * @param lang        {@link #reportLang} of the contact: {@code LV} or {@code EN}
     */
    public static OutgoingMail compose(String to, Report report, byte[] pdf, String deliveryKey, Lang lang) {
        String name = report.insight().participant().name();
        int year = report.insight().campaignYear();
        String english = "Attached is " + name + "'s report on the \"Praise good service!\" campaign " + year + ": praise"
                + " received, stars, the comparison with your industry, the mystery shopping and the employees"
                + " praised, ready for your management meeting.";
        List<OutgoingMail.Attachment> attachment = List.of(new OutgoingMail.Attachment(report.fileName(), "application/pdf", pdf));
        if (lang != Lang.LV) {
            String text = String.join("\n", List.of(
                    "Hello,",
                    "",
                    english,
                    "All of it, and a praise card for each employee, is on your participant's page too.",
                    "",
                    "Praise good service!"));
            return new OutgoingMail(to, "Report " + year + " – " + name, text, Lang.EN, attachment, deliveryKey);
        }
        String text = String.join("\n", List.of(
                "Labdien!",
                "",
                "Pielikumā ir " + name + " pārskats par kampaņu \"Uzslavē labu servisu!\" " + year + ": saņemtās"
                        + " uzslavas, zvaigznes, salīdzinājums ar nozari, slepenā pircēja vērtējums un uzslavētie"
                        + " darbinieki. To var nodot vadības sanāksmei.",
                "Visu to pašu, arī katra darbinieka uzslavu kartītes, atradīsiet savā dalībnieka lapā.",
                "",
                "— English —",
                "",
                english,
                "",
                "Uzslavē labu servisu! / Praise good service!"));
        return new OutgoingMail(to, "Pārskats · Report " + year + " – " + name, text, Lang.LV, attachment, deliveryKey);
    }
}
