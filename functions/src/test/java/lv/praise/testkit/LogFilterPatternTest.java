package lv.praise.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The filter-pattern reader the metric filter tests rely on: it must say no where CloudWatch would. */
class LogFilterPatternTest {
    private static final LogFilterPattern PUBLICATION = LogFilterPattern.parse(
            "{ ($.message = \"awards_publication_failed\") || ($.message = \"awards_published_incomplete\" && $.failed > 0) }");

    @Test
    void comparesStringsAndNumbersWithAndOrAndParentheses() {
        assertTrue(PUBLICATION.matches("{\"message\":\"awards_publication_failed\"}"));
        assertTrue(PUBLICATION.matches("{\"message\":\"awards_published_incomplete\",\"failed\":2}"));
        assertFalse(PUBLICATION.matches("{\"message\":\"awards_published_incomplete\",\"failed\":0}"));
        assertFalse(PUBLICATION.matches("{\"message\":\"awards_published\",\"failed\":3}"));
    }

    @Test
    void aNumberMatchesOnlyAJsonNumberAndAStringOnlyAJsonString() {
        LogFilterPattern status = LogFilterPattern.parse("{ $.status = 429 }");
        assertTrue(status.matches("{\"status\":429}"));
        assertFalse(status.matches("{\"status\":\"429\"}"), "the access log must write the status unquoted");
        assertFalse(LogFilterPattern.parse("{ $.level = \"ERROR\" }").matches("{\"level\":1}"));
        assertFalse(status.matches("{\"other\":429}"));
    }

    @Test
    void nestedSelectorsAndWildcards() {
        LogFilterPattern p = LogFilterPattern.parse("{ $.error.name = \"*Timeout*\" }");
        assertTrue(p.matches("{\"error\":{\"name\":\"java.net.SocketTimeoutException\"}}"));
        assertFalse(p.matches("{\"error\":{\"name\":\"java.lang.IllegalStateException\"}}"));
    }

    @Test
    void whatItCannotReadIsRefusedNotIgnored() {
        for (String unreadable : new String[] {"$.a = 1", "{ $.a = 1", "{ a = 1 }", "{ $.a ~ 1 }", "{ $.a > \"x\" }",
                "{ $.a = 1 } extra", "{ $.a = 1 || }", "{ $.a IS NULL }"}) {
            assertThrows(IllegalArgumentException.class, () -> LogFilterPattern.parse(unreadable), unreadable);
        }
    }
}
