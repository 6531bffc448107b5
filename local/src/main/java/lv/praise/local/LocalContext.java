package lv.praise.local;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import lv.praise.testkit.LambdaContext;

/** The Lambda context of one invocation on the local run: the function's limits, a logger to stdout. */
final class LocalContext {
    private static final LambdaLogger LOGGER = new StdoutLogger(System.out);

    private LocalContext() {
    }

    static LambdaContext of(String requestId, String functionName, Duration timeout, int memoryMb) {
        long deadlineNanos = System.nanoTime() + timeout.toNanos();
        return new LambdaContext(requestId, functionName, "local/[$LATEST]" + functionName,
                "arn:aws:lambda:local:" + LambdaEvents.ACCOUNT_ID + ":function:" + functionName,
                () -> (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000), memoryMb, LOGGER);
    }

    /** One line per message, as CloudWatch would store it. */
    private record StdoutLogger(PrintStream out) implements LambdaLogger {
        @Override
        public void log(String message) {
            if (message == null) {
                return;
            }
            out.print(message.endsWith("\n") ? message : message + "\n");
            out.flush();
        }

        @Override
        public void log(byte[] message) {
            if (message != null) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        }
    }
}
