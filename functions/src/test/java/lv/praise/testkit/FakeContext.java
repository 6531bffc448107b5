package lv.praise.testkit;

/** The Lambda context of one invocation as a handler test needs it: a function's name and a request id. */
public final class FakeContext {
    private FakeContext() {
    }

    public static LambdaContext of(String functionName, String requestId) {
        return new LambdaContext(requestId, functionName, "2027/03/09/[$LATEST]0123456789abcdef",
                "arn:aws:lambda:eu-north-1:123456789012:function:" + functionName, () -> 20_000, 1024, null);
    }
}
