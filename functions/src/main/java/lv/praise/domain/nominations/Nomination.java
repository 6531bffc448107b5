package lv.praise.domain.nominations;

import java.time.Instant;

/**
 * An organisation the public praised that is not a participant, so organisers can invite it.
 *
 * @param name  as first written
 * @param count how many different people named it (by e-mail hash)
 */
public record Nomination(String name, long count, Instant firstAt, Instant lastAt) {
}
