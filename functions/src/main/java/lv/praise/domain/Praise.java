package lv.praise.domain;

import java.time.Instant;
import java.util.List;

/**
 * A praise as stored. It never holds the e-mail address of the person who wrote it: only a keyed
 * hash for the one-praise-per-person rule, and the hash of its confirmation secret.
 */
public record Praise(
        String id,
        int campaignYear,
        String participantId,
        String participantName,
        String branch,
        String employee,
        int stars,
        List<String> aspects,
        String text,
        Channel channel,
        Lang lang,
        PraiseStatus status,
        String emailHash,
        String tokenHash,
        Instant submittedAt,
        Instant tokenExpiresAt,
        Instant confirmedAt) {

    public Praise {
        aspects = List.copyOf(aspects);
    }

    /**
     * What the praiser said: whom, where, how many stars, which aspects, the words, by which channel and in which
     * language. Not checked here (a stored praise is read back as it is, and erasure empties its words): the
     * field rules are the intake's ({@code intake.PraiseFields}).
     */
    public record Content(String participantId, String branch, String employee, int stars, List<String> aspects,
                          String text, Channel channel, Lang lang) {
        public Content {
            aspects = List.copyOf(aspects);
        }

        /** The same content without its free words – the text and the employee's name. */
        public Content withoutWords() {
            return new Content(participantId, branch, null, stars, aspects, null, channel, lang);
        }
    }

    /**
     * Something made of a praise's content (a submission from the form, a praise an organiser types in), read
     * through the same accessors as a stored praise.
     */
    public interface HasContent {
        Content content();

        // The stored praise's accessor names, one line each: they only forward.
        default String participantId() { return content().participantId(); }
        default String branch() { return content().branch(); }
        default String employee() { return content().employee(); }
        default int stars() { return content().stars(); }
        default List<String> aspects() { return content().aspects(); }
        default String text() { return content().text(); }
        default Channel channel() { return content().channel(); }
        default Lang lang() { return content().lang(); }
    }

    /** Where the praise stands: its status, the keyed hashes it keeps and when each step happened. */
    public record State(PraiseStatus status, String emailHash, String tokenHash, Instant submittedAt,
                        Instant tokenExpiresAt, Instant confirmedAt) {
    }

    /** A praise from its named parts: the one place a praise's components are put in order. */
    public static Praise of(String id, int campaignYear, String participantName, Content content, State state) {
        return new Praise(id, campaignYear, content.participantId(), participantName, content.branch(),
                content.employee(), content.stars(), content.aspects(), content.text(), content.channel(),
                content.lang(), state.status(), state.emailHash(), state.tokenHash(), state.submittedAt(),
                state.tokenExpiresAt(), state.confirmedAt());
    }

    /** A praise sent from the public form, waiting for its confirmation link until {@code tokenExpiresAt}. */
    public static Praise pending(String id, int campaignYear, String participantName, Content content,
                                 String emailHash, String tokenHash, Instant submittedAt, Instant tokenExpiresAt) {
        return of(id, campaignYear, participantName, content,
                new State(PraiseStatus.PENDING, emailHash, tokenHash, submittedAt, tokenExpiresAt, null));
    }

    /** A praise an organiser typed in: confirmed as it is entered, with no e-mail and no token to keep. */
    public static Praise entered(String id, int campaignYear, String participantName, Content content, Instant at) {
        return of(id, campaignYear, participantName, content,
                new State(PraiseStatus.CONFIRMED, null, null, at, null, at));
    }

    /** The same praise confirmed at {@code at}: its slot and hashes stay as they were. */
    public Praise confirmed(Instant at) {
        return of(id, campaignYear, participantName, content(),
                new State(PraiseStatus.CONFIRMED, emailHash, tokenHash, submittedAt, tokenExpiresAt, at));
    }

    /** The tombstone erasure leaves: no free words, no e-mail hash, status ERASED; the numbers stay counted. */
    public Praise erased() {
        return of(id, campaignYear, participantName, content().withoutWords(), new State(PraiseStatus.ERASED, null,
                tokenHash, submittedAt, tokenExpiresAt, confirmedAt));
    }

    /** What the praiser said. */
    public Content content() {
        return new Content(participantId, branch, employee, stars, aspects, text, channel, lang);
    }

    /** Where the praise stands. */
    public State state() {
        return new State(status, emailHash, tokenHash, submittedAt, tokenExpiresAt, confirmedAt);
    }

    /** The same praise without its free words – the text and the employee's name – as erasure leaves it. */
    public Praise withoutWords() {
        return of(id, campaignYear, participantName, content().withoutWords(), state());
    }
}
