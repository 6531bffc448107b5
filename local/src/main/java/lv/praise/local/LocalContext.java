package lv.praise.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The Lambda context of one invocation: its request id, the function's name and limits, a logger to stdout. */
final class LocalContext implements Context {
    private static final LambdaLogger LOGGER = new StdoutLogger(System.out);

    private final String requestId;
    private final String functionName;
    private final long deadlineNanos;
    private final int memoryMb;

    LocalContext(String requestId, String functionName, Duration timeout, int memoryMb) {
        this.requestId = requestId;
        this.functionName = functionName;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
        this.memoryMb = memoryMb;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + functionName;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:local:" + LambdaEvents.ACCOUNT_ID + ":function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return LOGGER;
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
