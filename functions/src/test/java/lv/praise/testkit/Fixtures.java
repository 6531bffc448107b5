package lv.praise.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.Participant;

/** A small, open 2027 campaign with two participants, the data most tests start from. */
public final class Fixtures {
    public static final int YEAR = 2027;
    /** 5 March 2027, 12:00 in Riga: inside the default praise window. */
    public static final Instant DURING_WINDOW = Instant.parse("2027-03-05T10:00:00Z");
    /**
     * An organiser as the audit fields record them: the account's immutable sub, the e-mail beside it for reading
     * (AdminHandler.actor). {@code organiser("anna@example.lv")} is the sub "sub-anna" with that e-mail.
     */
    public static lv.praise.domain.Actor organiser(String email) {
        return new lv.praise.domain.Actor("sub-" + email.substring(0, email.indexOf('@')), email);
    }

    public static final String EMAIL_KEY = "test-key-test-key-test-key-test-key-0123456789";
    public static final String SITE = "https://praise.example.lv";

    public static final Participant LIBRARY = new Participant(YEAR, "preilu-galvena-biblioteka",
            "Preiļu Galvenā bibliotēka", "STATE", "EDUCATION", "SMALL", List.of("Preiļi", "Aizkalne"),
            "info@preili.example.lv", 0);
    public static final Participant BAKERY = new Participant(YEAR, "maiznica-rudzupuke",
            "Maiznīca Rudzupuķe", "B2C", "RESTAURANTS", "SMALL", List.of(), "maize@rudzupuke.example.lv", 0);

    private Fixtures() {
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static Campaign campaign() {
        return Campaign.defaults(YEAR);
    }

    /**
     * The campaign scored by the first formula, 2027.1: the fixtures of the publication, standings and
     * handler tests were worked out under it (formula 2027.2 has its own golden test).
     */
    public static Campaign firstFormulaCampaign() {
        return campaign().withScoring(lv.praise.domain.scoring.ScoringRules.FORMULA_2027_1,
                lv.praise.domain.scoring.ScoringRules.DEFAULT_MINIMUM_PRAISE);
    }
}
