package lv.praise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import lv.praise.testkit.SamTemplate;

/** The command line of ./bench. */
record Options(Path root, int warmup, int[] sizes, int participants, boolean breakdown, boolean help, Path results) {
    static final String USAGE = """
            usage: ./bench.sh [--warmup N] [--sizes N,N,...] [--participants N] [--breakdown]
              --warmup N        handler/bare pairs run first and not counted (default 300)
              --sizes N,...     measured pairs, one table block per size (default 500,2000)
              --participants N  participants seeded; praise goes to each in turn (default 50)
              --breakdown       also split both sides into their DynamoDB calls and the rest
            Prints a Markdown table on stdout, progress on stderr.""";

    static Options parse(String[] args) {
        CommandLine line = CommandLine.parse(args, Set.of("--warmup", "--sizes", "--participants"), Set.of("--breakdown"));
        return new Options(line.root(), line.number("--warmup", 300, 0), line.numbers("--sizes", new int[] {500, 2000}, 1, false),
                line.number("--participants", 50, 1), line.flag("--breakdown"), line.help(), line.results());
    }

    /** The repository root: the one given, or the folder of the template.yaml found upwards. */
    static Path root(Path given) {
        Path root = given == null ? SamTemplate.locate().getParent() : given;
        if (!Files.isRegularFile(root.resolve("template.yaml"))) {
            throw new IllegalArgumentException("no template.yaml in " + root);
        }
        return root.toAbsolutePath().normalize();
    }

    /** The value after an option. */
    static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    /** A whole number of at least {@code min}; underscores may group digits. */
    static int number(String text, String name, int min) {
        try {
            int n = Integer.parseInt(text.replace("_", ""));
            if (n < min) {
                throw new IllegalArgumentException(name + " must be at least " + min);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not '" + text + "'");
        }
    }
}
