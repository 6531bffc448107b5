package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationNameTest {
    @Test
    void quotesLegalFormCaseAndDiacriticsDoNotCount() {
        for (String spelling : List.of("Kafejnīca \"Pie Tirgus\", SIA", "Kafejnīca Pie Tirgus", "SIA „Kafejnīca Pie Tirgus”",
                "KAFEJNICA «PIE TIRGUS»", "kafejnīca  'pie tirgus' S.I.A.", "Ｋａｆｅｊｎīca Pie Tirgus")) {
            assertEquals("kafejnica pie tirgus", OrganisationName.sameNameKey(spelling), spelling);
        }
        assertEquals("ziedu veikals", OrganisationName.sameNameKey("A/S Ziedu veikals"));
        assertEquals("ziedu veikals", OrganisationName.sameNameKey("Ziedu veikals OÜ"));
    }

    @Test
    void onlyWholeWordsAreLegalFormsAndANameIsNeverEmptied() {
        assertEquals("asteri", OrganisationName.sameNameKey("Asteri SIA"), "'as' inside a word stays");
        assertEquals("as", OrganisationName.sameNameKey("AS"));
        assertNotEquals(OrganisationName.sameNameKey("Pie Tirgus"), OrganisationName.sameNameKey("Tirgus Pie"),
                "word order counts");
    }
}
