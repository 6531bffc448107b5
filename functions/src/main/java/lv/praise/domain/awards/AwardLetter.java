package lv.praise.domain.awards;

import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Term;

/**
 * Writes the letter that carries a certificate: Latvian first, then English and Estonian, the PDF attached. It names
 * the place in the TOP-N and, for a category's winner, the category won ("… un 1. vietu kategorijā «Izglītība»").
 */
public final class AwardLetter {
    private AwardLetter() {
    }

    /** @param deliveryKey the award's ({@link Award#deliveryKey}), so a resent letter stays one letter */
    public static OutgoingMail compose(String to, Certificate certificate, byte[] pdf, String deliveryKey) {
        return compose(to, certificate, false, pdf, deliveryKey);
    }

    /**
     * @param wonCategory whether the participant is its category's winner in the published results (the category is
     *                    the certificate's); a participant without a category has none to win
     */
    public static OutgoingMail compose(String to, Certificate certificate, boolean wonCategory, byte[] pdf,
                                       String deliveryKey) {
        String title = certificate.qualityMarkTitle();
        String name = certificate.participantName();
        Term category = wonCategory ? certificate.category() : null;
        List<String> lines = new ArrayList<>(List.of(
                "Labdien!",
                "",
                "Apsveicam! " + name + " ir ieguvis kvalitātes zīmi \"" + title + "\"" + places(Lang.LV, certificate, category)
                        + " kampaņā \"Uzslavē labu servisu!\".",
                "Pielikumā ir sertifikāts (PDF). Kvalitātes zīmi varat rādīt savā tīmekļa vietnē: tās attēlu un"
                        + " kodu ievietošanai atradīsiet pārbaudes lapā.",
                "",
                "Pārbaudes kods / Verification code / Kontrollkood: " + certificate.code(),
                "Pārbaude / Verify / Kontrolli: " + certificate.verificationUrl(),
                "",
                "Izsniegts / Issued / Väljastatud: " + CalendarDates.date(Lang.LV, certificate.issuedOn()) + " / "
                        + CalendarDates.date(Lang.EN, certificate.issuedOn()) + " / "
                        + CalendarDates.date(Lang.ET, certificate.issuedOn()),
                "",
                "— English —",
                "",
                "Congratulations! " + name + " has earned the quality mark \"" + title + "\" (Customers praise us "
                        + certificate.campaignYear() + ")" + places(Lang.EN, certificate, category)
                        + " of the \"Praise good service!\" campaign.",
                "The certificate is attached (PDF). You can show the quality mark on your website: the verification"
                        + " page has the badge and the code to embed it.",
                "",
                "— Eesti —",
                "",
                "Palju õnne! " + name + " on pälvinud kvaliteedimärgi „" + title + "“" + places(Lang.ET, certificate, category)
                        + " kampaanias „Kiida head teenindust!“.",
                "Sertifikaat on lisatud (PDF). Kvaliteedimärki võite näidata oma veebilehel: kontrollilehel on märgi pilt"
                        + " ja kood selle lisamiseks.",
                "",
                "Uzslavē labu servisu! / Praise good service! / Kiida head teenindust!"));
        return new OutgoingMail(to, title + " – " + name, String.join("\n", lines), Lang.LV,
                List.of(new OutgoingMail.Attachment(fileName(certificate), "application/pdf", pdf)),
                deliveryKey);
    }

    /**
     * The places, after the quality mark: Latvian in the accusative ("… un 3. vietu TOP-50 un 1. vietu kategorijā
     * «Izglītība»"), English "…, rank 3 in the TOP-50 and rank 1 in the category “Education”", Estonian "… ning
     * 3. koha TOP-50-s ja 1. koha kategoorias „Haridus“".
     */
    static String places(Lang lang, Certificate c, Term category) {
        String inCategory = category == null ? null : category.name().in(lang);
        return switch (lang) {
            case LV -> inCategory == null ? " un " + c.rank() + ". vietu TOP-" + c.topN()
                    : ", " + c.rank() + ". vietu TOP-" + c.topN() + " un 1. vietu kategorijā «" + inCategory + "»";
            case EN -> inCategory == null ? " and rank " + c.rank() + " in the TOP-" + c.topN()
                    : ", rank " + c.rank() + " in the TOP-" + c.topN() + " and rank 1 in the category “" + inCategory + "”";
            case ET -> inCategory == null ? " ning " + c.rank() + ". koha TOP-" + c.topN() + "-s"
                    : ", " + c.rank() + ". koha TOP-" + c.topN() + "-s ning 1. koha kategoorias „" + inCategory + "“";
        };
    }

    /** sertifikats-2027-{participantId}.pdf: ids are lower-case letters, digits and hyphens. */
    public static String fileName(Certificate certificate) {
        return "sertifikats-" + certificate.campaignYear() + "-" + certificate.participantId() + ".pdf";
    }
}
