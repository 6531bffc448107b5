package lv.praise.local;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import lv.praise.testkit.LambdaContext;

/** The Lambda context of one invocation on the local run: the function's limits, a logger to stdout. */
final class LocalContext extends LambdaContext {
    private static final LambdaLogger LOGGER = new StdoutLogger(System.out);

    LocalContext(String requestId, String functionName, Duration timeout, int memoryMb) {
        this(requestId, functionName, System.nanoTime() + timeout.toNanos(), memoryMb);
    }

    private LocalContext(String requestId, String functionName, long deadlineNanos, int memoryMb) {
        super(requestId, functionName, "local/[$LATEST]" + functionName,
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
