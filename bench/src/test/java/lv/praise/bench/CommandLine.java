package lv.praise.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A bench part's command line, read the same way for every part: {@code --root}, {@code --results} and
 * {@code -h}/{@code --help}, which each part takes, and the part's own options (each with a value, or a flag).
 * An unknown option, or one without its value, is refused at once; a value is checked when the part reads it.
 */
final class CommandLine {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private boolean help;

    private CommandLine() {
    }

    /** @param valued the part's options that take a value; @param flagNames its options that take none */
    static CommandLine parse(String[] args, Set<String> valued, Set<String> flagNames) {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                line.help = true;
            } else if (arg.equals("--root") || arg.equals("--results") || valued.contains(arg)) {
                line.values.put(arg, Options.value(args, ++i, arg));
            } else if (flagNames.contains(arg)) {
                line.flags.add(arg);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        return line;
    }

    static CommandLine parse(String[] args, Set<String> valued) {
        return parse(args, valued, Set.of());
    }

    boolean help() {
        return help;
    }

    /** The repository root ({@link Options#root}): the one given, or the folder of the template.yaml found upwards. */
    Path root() {
        String given = values.get("--root");
        return Options.root(given == null ? null : Path.of(given));
    }

    /** Where the part writes its results; null when not named. */
    Path results() {
        String given = values.get("--results");
        return given == null ? null : Path.of(given);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** A whole number of at least {@code min} ({@link Options#number}). */
    int number(String name, int otherwise, int min) {
        String given = values.get(name);
        return given == null ? otherwise : Options.number(given, name, min);
    }

    /** Whole numbers of at least {@code min}, separated by commas, in the order given or sorted. */
    int[] numbers(String name, int[] otherwise, int min, boolean sorted) {
        String given = values.get(name);
        if (given == null) {
            return otherwise;
        }
        int[] numbers = Arrays.stream(given.split(",")).mapToInt(s -> Options.number(s.strip(), name, min)).toArray();
        if (sorted) {
            Arrays.sort(numbers);
        }
        return numbers;
    }
}
