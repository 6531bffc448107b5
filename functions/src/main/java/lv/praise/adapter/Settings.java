package lv.praise.adapter;

import java.util.Optional;

/**
 * The function's configuration. In AWS it comes from environment variables set by
 * {@code template.yaml}; the local server, which runs every function in one JVM, sets the same
 * names as system properties.
 */
public final class Settings {
    private Settings() {
    }

    public static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * A switch of the local run and the tests (an endpoint of a local stand-in, a folder): never read
     * inside Lambda, where the runtime sets {@code AWS_LAMBDA_FUNCTION_NAME}, so a stray value can't
     * point a deployed function at something local.
     */
    public static Optional<String> localOnly(String name) {
        return System.getenv(Clocks.LAMBDA_MARKER) != null ? Optional.empty() : optional(name);
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
