package lv.praise.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * How a part of the benchmark runs as the main of its own JVM: its table on stdout and nothing
 * else, progress and failures on stderr, and an exit status bench.sh can act on.
 */
final class BenchPart {
    /** The part's work, writing its table to {@code table}. */
    interface Body {
        void run(PrintStream table) throws Exception;
    }

    private BenchPart() {
    }

    /** A command line the part can't take: why, and how to call it; exit 2. */
    static void refuse(IllegalArgumentException e, String usage) {
        System.err.println("bench: " + e.getMessage());
        System.err.println(usage);
        System.exit(2);
    }

    /**
     * The main of a part whose command line parses into options: refused with its usage (exit 2),
     * the usage for --help, else {@link #run} with the body made from the options.
     */
    static <O> void main(String[] args, String usage, java.util.function.Function<String[], O> parse,
                         java.util.function.Predicate<O> wantsHelp, java.util.function.Function<O, Body> body) {
        O options;
        try {
            options = parse.apply(args);
        } catch (IllegalArgumentException e) {
            refuse(e, usage);
            return;
        }
        if (wantsHelp.test(options)) {
            System.out.println(usage);
            return;
        }
        run(body.apply(options));
    }

    /**
     * The main of a part that reads its own options from the {@link CommandLine} (those in {@code valued}):
     * the usage for --help (before anything else is read), refused with its usage (exit 2) when an option is
     * unknown or its value wrong, else {@link #run} with the body {@code read} makes of the command line.
     */
    static void main(String[] args, String usage, java.util.Set<String> valued,
                     java.util.function.Function<CommandLine, Body> read) {
        Body body;
        try {
            CommandLine line = CommandLine.parse(args, valued);
            if (line.help()) {
                System.out.println(usage);
                return;
            }
            body = read.apply(line);
        } catch (IllegalArgumentException e) {
            refuse(e, usage);
            return;
        }
        run(body);
    }

    /**
     * Runs the part and exits: 0 when it finished, 1 when it failed. The functions log one JSON line
     * per request to System.out (CloudWatch in AWS); here those lines are still built and printed,
     * into a sink that discards them, so stdout keeps only the table. DynamoDB Local leaves
     * non-daemon threads behind, hence the exit once the table is out.
     */
    static void run(Body body) {
        PrintStream table = System.out;
        System.setOut(new PrintStream(new Bench.LineSink(), true, StandardCharsets.UTF_8));
        int status = 1;
        try {
            body.run(table);
            status = 0;
        } catch (Bench.BenchFailure e) {
            System.err.println("bench: FAILED: " + e.getMessage());
        } catch (Exception | Error e) {
            System.err.println("bench: FAILED:");
            e.printStackTrace();
        } finally {
            table.flush();
        }
        System.exit(status);
    }
}
