package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * The local run's switches (a fixed clock, local endpoints, the outbox, the dev hash key) never act in a deployed
 * function: inside Lambda a value is refused loudly, and template.yaml gives no function one.
 */
class LocalSwitchesTest {
    private static final Map<String, String> LAMBDA = Map.of("AWS_LAMBDA_FUNCTION_NAME", "praise-SubmitPraiseFunction");
    private static final Pattern LOCAL_ONLY_CALL = Pattern.compile("localOnly\\(\"([A-Z_]+)\"\\)");

    @Test
    void insideLambdaASwitchWithAValueStopsTheFunctionAndWithoutOneNothingHappens() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Settings.localOnly(LAMBDA, "OUTBOX_DIR", name -> Optional.of("/tmp/outbox")));
        assertTrue(refused.getMessage().startsWith("OUTBOX_DIR is a switch of the local run"), refused.getMessage());
        assertEquals(Optional.empty(), Settings.localOnly(LAMBDA, "OUTBOX_DIR", name -> Optional.empty()));
        assertEquals(Optional.of("/tmp/outbox"), Settings.localOnly(Map.of(), "OUTBOX_DIR", name -> Optional.of("/tmp/outbox")));
    }

    @Test
    void noFunctionInTheTemplateIsGivenALocalSwitch() {
        Set<String> switches = switches();
        assertTrue(switches.containsAll(Set.of("PRAISE_NOW", "PRAISE_TODAY", "EMAIL_HASH_KEY", "OUTBOX_DIR",
                "DYNAMODB_ENDPOINT", "SES_ENDPOINT", "SQS_ENDPOINT")), switches.toString());
        for (SamTemplate.Function function : SamTemplate.load().functions()) {
            for (String name : function.environment().keySet()) {
                assertTrue(!switches.contains(name), function.logicalId() + " is given the local switch " + name);
            }
        }
    }

    /** Every name the product reads through {@link Settings#localOnly}, found in its sources. */
    private static Set<String> switches() {
        Set<String> names = new TreeSet<>(Set.of(Clocks.FIXED_CLOCK, Clocks.TODAY, HashKeys.DEV_KEY_SETTING));
        Path sources = SamTemplate.locate().getParent().resolve("functions/src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    Matcher m = LOCAL_ONLY_CALL.matcher(Files.readString(f));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
