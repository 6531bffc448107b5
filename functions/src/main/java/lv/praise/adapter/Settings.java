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
