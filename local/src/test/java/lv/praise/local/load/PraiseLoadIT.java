package lv.praise.local.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The load run of {@code ./load.sh} at its full size, in a JVM of its own (failsafe execution
 * {@code load}: the local server is one per JVM and this one starts fresh): 50 clients submit and
 * confirm 10 000 distinct praises over the demo participants while 20 racers confirm one more praise
 * with the same token. Every praise must be confirmed and counted exactly once, and the public counts
 * must equal a scan of the raw praise items. The figures are printed and kept in target/load-report.md;
 * they are measured, not asserted.
 *
 * <p>{@code -Dpraise.load="--praises 500"} runs it smaller, to try a change quickly, and takes any other option
 * of {@code ./load.sh} ({@code --clients 200 --rate 40}, {@code --ramp 10:10}); the suite runs the full size.
 */
class PraiseLoadIT {
    @Test
    void tenThousandPraisesFromFiftyClientsAreEachConfirmedAndCountedOnce() throws Exception {
        String args = System.getProperty("praise.load", "").strip();
        LoadRun.Result result = LoadRun.run(args.isEmpty() ? LoadOptions.DEFAULTS : LoadOptions.parse(args.split("\\s+")));
        System.out.println(result.report());
        Files.writeString(Path.of("target", "load-report.md"), result.report(), StandardCharsets.UTF_8);

        assertAll(result.checks().stream().<Executable>map(c -> () -> assertTrue(c.ok(),
                c.name() + ": expected " + c.expected() + ", found " + c.found())));
    }
}
