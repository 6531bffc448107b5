package lv.praise.domain.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import lv.praise.domain.RefusedException;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
    @Test
    void theDefaultsAreValidAndCoverTheCampaignsTenPoints() {
        Questionnaire q = Questionnaire.defaults(2027);
        assertEquals(1, q.version());
        assertEquals(List.of("greeting", "listening", "competence", "options", "solved", "response-time", "positivity",
                "consistency", "respect", "closing"), q.criteria().stream().map(Criterion::id).toList());
        Questionnaire.validate(q.criteria());
        for (Criterion c : q.criteria()) {
            assertTrue(!c.wording().lv().equals(c.wording().en()) && !c.wording().et().equals(c.wording().en()),
                    c.id() + " is worded in three languages");
        }
        assertEquals(List.of("e-mail", "web"), q.criterion("response-time").orElseThrow().channels());
    }

    @Test
    void eachFaultIsNamedByItsPlaceInTheList() {
        assertField("criteria[2].weight", c -> with(c, new BigDecimal("10.125"), c.channels(), c.scale(), c.bands()));
        assertField("criteria[2].weight", c -> with(c, BigDecimal.ZERO, c.channels(), c.scale(), c.bands()));
        assertField("criteria[2].weight", c -> with(c, new BigDecimal("100.01"), c.channels(), c.scale(), c.bands()));
        assertField("criteria[2].channels", c -> with(c, c.weight(), List.of("visit", "fax"), c.scale(), c.bands()));
        assertField("criteria[2].channels", c -> with(c, c.weight(), List.of(), c.scale(), c.bands()));
        assertField("criteria[2].channels", c -> with(c, c.weight(), List.of("visit"), Scale.RESPONSE_TIME,
                List.of(new Band(BigDecimal.ONE, 100))));
        assertField("criteria[2].bands", c -> with(c, c.weight(), List.of("e-mail"), Scale.RESPONSE_TIME, List.of()));
        assertField("criteria[2].bands[1].maxHours", c -> with(c, c.weight(), List.of("e-mail"), Scale.RESPONSE_TIME,
                List.of(new Band(BigDecimal.TEN, 100), new Band(BigDecimal.ONE, 50))));
        assertField("criteria[2].bands[0].points", c -> with(c, c.weight(), List.of("e-mail"), Scale.RESPONSE_TIME,
                List.of(new Band(BigDecimal.TEN, 101))));
        assertField("criteria[2].bands", c -> with(c, c.weight(), c.channels(), Scale.YES_NO, List.of(new Band(BigDecimal.TEN, 1))));
        assertField("criteria[2].wording.et", c -> new Criterion(c.id(), new Wording("a", "b", ""), c.weight(), c.scale(),
                c.notApplicable(), c.channels(), c.bands()));
        assertField("criteria[2].id", c -> new Criterion("Competence!", c.wording(), c.weight(), c.scale(),
                c.notApplicable(), c.channels(), c.bands()));
        assertField("criteria[2].id", c -> new Criterion("greeting", c.wording(), c.weight(), c.scale(),
                c.notApplicable(), c.channels(), c.bands()));
    }

    private static void assertField(String field, UnaryOperator<Criterion> change) {
        List<Criterion> criteria = new ArrayList<>(Questionnaire.defaults(2027).criteria());
        criteria.set(2, change.apply(criteria.get(2)));
        assertEquals(field, assertThrows(RefusedException.class, () -> Questionnaire.validate(criteria)).field());
    }

    private static Criterion with(Criterion c, BigDecimal weight, List<String> channels, Scale scale, List<Band> bands) {
        return new Criterion(c.id(), c.wording(), weight, scale, c.notApplicable(), channels, bands);
    }
}
