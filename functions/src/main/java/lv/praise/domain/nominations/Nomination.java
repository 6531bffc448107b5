package lv.praise.domain.nominations;

import java.time.Instant;
import java.util.List;

/**
 * An organisation the public praised that is not a participant, so organisers can invite it: every
 * spelling of the same name ({@link lv.praise.domain.OrganisationName}) is one nomination.
 *
 * @param name      the spelling most people used (ties: the first in the spellings' order)
 * @param spellings every spelling people wrote, most used first
 * @param count     how many different people named it and confirmed (by e-mail hash)
 * @param reasons   what they wrote ("Kāpēc to uzslavē?"), newest first; people who wrote nothing are not listed
 */
public record Nomination(String name, List<String> spellings, long count, Instant firstAt, Instant lastAt,
                         List<Reason> reasons) {

    public Nomination {
        spellings = List.copyOf(spellings);
        reasons = List.copyOf(reasons);
    }

    /** One person's confirmed nomination: the spelling they wrote, their text and when it counted. */
    public record Reason(String name, String text, Instant at) {
    }
}
