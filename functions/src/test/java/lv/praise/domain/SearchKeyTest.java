package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchKeyTest {
    @Test
    void dropsCaseAndEveryLatvianAndEstonianDiacritic() {
        assertEquals("preilu galvena biblioteka", SearchKey.of("Preiļu  Galvenā bibliotēka "));
        assertEquals("acegiklnsuz", SearchKey.of("āčēģīķļņšūž"));
        assertEquals("oaou", SearchKey.of("õäöü"));
    }

    @Test
    void aTypedFragmentMatchesTheFullName() {
        assertTrue(SearchKey.of("Preiļu Galvenā bibliotēka").contains(SearchKey.of("preilu")));
        assertTrue(SearchKey.of("Preiļu Galvenā bibliotēka").contains(SearchKey.of("GALVENĀ")));
    }
}
