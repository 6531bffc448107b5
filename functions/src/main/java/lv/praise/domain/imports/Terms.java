package lv.praise.domain.imports;

import java.util.List;
import java.util.Optional;
import lv.praise.domain.SearchKey;
import lv.praise.domain.Term;

/**
 * Finds a term of the campaign vocabulary as organisers write it in a spreadsheet: by its code in
 * any case ({@code b2c}), or by its Latvian or English name, ignoring case and diacritics
 * ({@code Uznemums klientiem (B2C)}). A code wins over a name.
 */
final class Terms {
    private Terms() {
    }

    static Optional<Term> find(List<Term> terms, String written) {
        for (Term term : terms) {
            if (term.code().equalsIgnoreCase(written)) {
                return Optional.of(term);
            }
        }
        String key = SearchKey.of(written);
        for (Term term : terms) {
            if (key.equals(SearchKey.of(term.name().lv())) || key.equals(SearchKey.of(term.name().en()))) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }
}
