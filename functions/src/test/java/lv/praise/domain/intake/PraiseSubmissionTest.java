package lv.praise.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import lv.praise.domain.Channel;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Lang;
import lv.praise.domain.RefusedException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PraiseSubmissionTest {
    private static final PraiseSubmission VALID = new PraiseSubmission("preilu-galvena-biblioteka", "Aizkalne",
            "Ilze", 5, List.of("competence"), "Paldies!", Channel.BRANCH, "a@example.lv", Lang.LV);

    @Test
    void trimsAndKeepsAValidSubmission() {
        PraiseSubmission s = new PraiseSubmission(" preilu-galvena-biblioteka ", " ", null, 4, List.of(),
                "  Labi!  ", Channel.ONLINE, " a@example.lv ", null);
        assertEquals("preilu-galvena-biblioteka", s.participantId());
        assertEquals(null, s.branch());
        assertEquals("Labi!", s.text());
        assertEquals("a@example.lv", s.email());
        assertEquals(Lang.LV, s.lang(), "Latvian is the default language");
    }

    static Stream<Arguments> badFields() {
        String longText = "ā".repeat(PraiseSubmission.MAX_TEXT + 1);
        return Stream.of(
                bad("participantId", s -> copy(s, null, s.stars(), s.aspects(), s.text(), s.channel(), s.email(), s.employee())),
                bad("participantId", s -> copy(s, "../etc/passwd", s.stars(), s.aspects(), s.text(), s.channel(), s.email(), s.employee())),
                bad("stars", s -> copy(s, s.participantId(), 0, s.aspects(), s.text(), s.channel(), s.email(), s.employee())),
                bad("stars", s -> copy(s, s.participantId(), 6, s.aspects(), s.text(), s.channel(), s.email(), s.employee())),
                bad("aspects", s -> copy(s, s.participantId(), 5, List.of(" "), s.text(), s.channel(), s.email(), s.employee())),
                bad("text", s -> copy(s, s.participantId(), 5, s.aspects(), "Labi\u2028darīts", s.channel(), s.email(), s.employee())),
                bad("text", s -> copy(s, s.participantId(), 5, s.aspects(), "Labi\u0000", s.channel(), s.email(), s.employee())),
                bad("employee", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), s.channel(), s.email(), "Ilze\r\nX")),
                bad("email", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), s.channel(), "someone@example.org(1)", s.employee())),
                bad("email", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), s.channel(), "Anna <a@example.lv>", s.employee())),
                bad("aspects", s -> copy(s, s.participantId(), 5, List.of("speed", "speed"), s.text(), s.channel(), s.email(), s.employee())),
                bad("text", s -> copy(s, s.participantId(), 5, s.aspects(), "   ", s.channel(), s.email(), s.employee())),
                bad("text", s -> copy(s, s.participantId(), 5, s.aspects(), longText, s.channel(), s.email(), s.employee())),
                bad("channel", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), null, s.email(), s.employee())),
                // The branch is where the person was served: not with "online".
                bad("branch", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), Channel.ONLINE, s.email(), s.employee())),
                bad("email", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), s.channel(), "not-an-address", s.employee())),
                bad("email", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), s.channel(), "a@b", s.employee())),
                bad("email", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), s.channel(), null, s.employee())),
                bad("employee", s -> copy(s, s.participantId(), 5, s.aspects(), s.text(), s.channel(), s.email(), "x".repeat(101))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void eachRuleNamesItsField(String field, Function<PraiseSubmission, PraiseSubmission> change) {
        RefusedException e = assertThrows(RefusedException.class, () -> change.apply(VALID));
        assertEquals(field, e.field());
    }

    @Test
    void aPraiseKeepsItsParagraphsButAControlCharacterIsRefusedByItsOwnCode() {
        PraiseSubmission paragraphs = copy(VALID, VALID.participantId(), 5, List.of(), "Ātri.\r\nLaipni.\rPaldies!",
                Channel.BRANCH, "a@example.lv", null);
        assertEquals("Ātri.\nLaipni.\nPaldies!", paragraphs.text());
        RefusedException tab = assertThrows(RefusedException.class, () -> copy(VALID, VALID.participantId(), 5, List.of(),
                "Ātri\tun laipni", Channel.BRANCH, "a@example.lv", null));
        assertEquals(ErrorCode.CONTROL_CHARACTER, tab.code());
        assertEquals("text", tab.field());
    }

    @Test
    void theLimitsCountCodePointsAsTheFormDoes() {
        // "😀" is two UTF-16 units but one character to the writer and to the form's counter (Array.from).
        String employee = "😀".repeat(PraiseSubmission.MAX_EMPLOYEE);
        assertEquals(employee, copy(VALID, VALID.participantId(), 5, List.of(), "Labi", Channel.BRANCH, "a@example.lv",
                employee).employee());
        assertEquals("employee", assertThrows(RefusedException.class, () -> copy(VALID, VALID.participantId(), 5,
                List.of(), "Labi", Channel.BRANCH, "a@example.lv", employee + "a")).field());
        String text = "😀".repeat(PraiseSubmission.MAX_TEXT);
        assertEquals(text, copy(VALID, VALID.participantId(), 5, List.of(), text, Channel.BRANCH, "a@example.lv", null).text());
    }

    @Test
    void twoThousandCharactersIsStillAllowed() {
        String text = "ā".repeat(PraiseSubmission.MAX_TEXT);
        assertEquals(text, copy(VALID, VALID.participantId(), 5, List.of(), text, Channel.BRANCH, "a@example.lv", null).text());
    }

    private static Arguments bad(String field, Function<PraiseSubmission, PraiseSubmission> change) {
        return Arguments.of(field, change);
    }

    private static PraiseSubmission copy(PraiseSubmission s, String participantId, int stars, List<String> aspects,
                                         String text, Channel channel, String email, String employee) {
        return new PraiseSubmission(participantId, s.branch(), employee, stars, aspects, text, channel, email, s.lang());
    }
}
