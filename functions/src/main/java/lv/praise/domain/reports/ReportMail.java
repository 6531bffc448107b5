package lv.praise.domain.reports;

import java.util.List;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;

/** The letter that carries a participant's report to one of its contacts (Latvian, then English). */
public final class ReportMail {
    private ReportMail() {
    }

    /** @param deliveryKey names this letter to this contact for good: a resent letter stays one letter */
    public static OutgoingMail compose(String to, Report report, byte[] pdf, String deliveryKey) {
        String name = report.insight().participant().name();
        int year = report.insight().campaignYear();
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
                "Attached is " + name + "'s report on the \"Praise good service!\" campaign " + year + ": praise"
                        + " received, stars, the comparison with your industry, the mystery shopping and the employees"
                        + " praised, ready for your management meeting.",
                "",
                "Uzslavē labu servisu! / Praise good service!"));
        return new OutgoingMail(to, "Pārskats · Report " + year + " – " + name, text, Lang.LV,
                List.of(new OutgoingMail.Attachment(report.fileName(), "application/pdf", pdf)), deliveryKey);
    }
}
