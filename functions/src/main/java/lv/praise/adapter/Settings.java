package lv.praise.adapter;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The function's configuration. In AWS it comes from environment variables set by
 * {@code template.yaml}; the local server, which runs every function in one JVM, sets the same
 * names as system properties – read only outside Lambda, so a {@code -D} in {@code JAVA_TOOL_OPTIONS} can't
 * configure a deployed function behind the template's back.
 */
public final class Settings {
    private Settings() {
    }

    public static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if ((value == null || value.isBlank()) && !insideLambda(System.getenv())) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * A switch of the local run and the tests (a fixed clock, an endpoint of a local stand-in, a folder, the dev
     * hash key). Inside Lambda, where the runtime sets {@code AWS_LAMBDA_FUNCTION_NAME}, a value is refused
     * loudly: the function fails to start (its alarm goes off) rather than freeze its clock, write letters to a
     * file or talk to something local.
     */
    public static Optional<String> localOnly(String name) {
        return localOnly(System.getenv(), name, Settings::optional);
    }

    static Optional<String> localOnly(Map<String, String> env, String name,
                                      Function<String, Optional<String>> settings) {
        Optional<String> value = settings.apply(name);
        if (insideLambda(env) && value.isPresent()) {
            throw new IllegalStateException(name + " is a switch of the local run and the tests: a deployed function"
                    + " refuses to start with it (remove it from the function's environment)");
        }
        return value;
    }

    static boolean insideLambda(Map<String, String> env) {
        return env.get(Clocks.LAMBDA_MARKER) != null;
    }

    public static String required(String name) {
        return optional(name).orElseThrow(() ->
                new IllegalStateException("missing setting " + name + " (an environment variable in template.yaml)"));
    }

    public static int requiredInt(String name) {
        String value = required(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("setting " + name + " must be a whole number, not '" + value + "'", e);
        }
    }
}
