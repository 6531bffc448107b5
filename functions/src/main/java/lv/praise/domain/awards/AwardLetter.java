package lv.praise.domain.awards;

import java.util.List;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;

/** Writes the letter that carries a certificate: Latvian first, then English, the PDF attached. */
public final class AwardLetter {
    private AwardLetter() {
    }

    /** @param deliveryKey the award's ({@link Award#deliveryKey}), so a resent letter stays one letter */
    public static OutgoingMail compose(String to, Certificate certificate, byte[] pdf, String deliveryKey) {
        String title = certificate.qualityMarkTitle();
        String name = certificate.participantName();
        String place = certificate.rank() + ". vieta TOP-" + certificate.topN();
        String text = String.join("\n",
                "Labdien!",
                "",
                "Apsveicam! " + name + " ir ieguvis kvalitātes zīmi \"" + title + "\" un " + place
                        + " kampaņā \"Uzslavē labu servisu!\".",
                "Pielikumā ir sertifikāts (PDF). Kvalitātes zīmi varat rādīt savā tīmekļa vietnē: tās attēlu un"
                        + " kodu ievietošanai atradīsiet pārbaudes lapā.",
                "",
                "Pārbaudes kods / Verification code: " + certificate.code(),
                "Pārbaude / Verify: " + certificate.verificationUrl(),
                "",
                "Izsniegts / Issued: " + CalendarDates.date(Lang.LV, certificate.issuedOn()) + " / "
                        + CalendarDates.date(Lang.EN, certificate.issuedOn()),
                "",
                "— English —",
                "",
                "Congratulations! " + name + " has earned the quality mark \"" + title + "\" (Customers praise us "
                        + certificate.campaignYear() + ") and rank " + certificate.rank() + " in the TOP-"
                        + certificate.topN() + " of the \"Praise good service!\" campaign.",
                "The certificate is attached (PDF). You can show the quality mark on your website: the verification"
                        + " page has the badge and the code to embed it.",
                "",
                "Uzslavē labu servisu! / Praise good service!");
        return new OutgoingMail(to, title + " – " + name, text, Lang.LV,
                List.of(new OutgoingMail.Attachment(fileName(certificate), "application/pdf", pdf)),
                deliveryKey);
    }

    /** sertifikats-2027-{participantId}.pdf: ids are lower-case letters, digits and hyphens. */
    public static String fileName(Certificate certificate) {
        return "sertifikats-" + certificate.campaignYear() + "-" + certificate.participantId() + ".pdf";
    }
}
