package lv.praise.local;

import java.net.URI;
import java.util.Locale;
import lv.praise.adapter.TallyKeyBackfill;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The organisers' one-off tool for a deployed table (docs/data-model.md, "Deploying the indexes"): sets index
 * ByTally's key on the campaign's praise confirmed before the index existed ({@link TallyKeyBackfill}).
 * Prints its progress and a resume token after every batch of pages, so a run that stops is continued with
 * {@code --resume}; running it again from the start is harmless (it writes nothing twice).
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl local -am
 * java -cp local/target/praise-local.jar lv.praise.local.BackfillTallyKeys --table TABLE --year 2027 \
 *      [--endpoint http://127.0.0.1:8000] [--resume TOKEN] [--pages-per-batch 10]
 * </pre>
 *
 * Without {@code --endpoint} it talks to DynamoDB with the AWS credentials and region found as the AWS CLI
 * finds them; with an {@code http://} endpoint (a DynamoDB Local) with dummy credentials.
 */
public final class BackfillTallyKeys {
    static final String USAGE = """
            usage: java -cp local/target/praise-local.jar lv.praise.local.BackfillTallyKeys --table TABLE --year YEAR
                        [--endpoint URL] [--resume TOKEN] [--pages-per-batch N]""";

    private BackfillTallyKeys() {
    }

    public static void main(String[] args) {
        String table = null;
        Integer year = null;
        String endpoint = null;
        String resume = null;
        int pages = 10;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--table" -> table = args[++i];
                    case "--year" -> year = Integer.parseInt(args[++i]);
                    case "--endpoint" -> endpoint = args[++i];
                    case "--resume" -> resume = args[++i];
                    case "--pages-per-batch" -> pages = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (table == null || year == null) {
                throw new IllegalArgumentException("--table and --year are required");
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        try (DynamoDbClient dynamo = client(endpoint)) {
            TallyKeyBackfill backfill = new TallyKeyBackfill(dynamo, table);
            long scanned = 0;
            long updated = 0;
            long alreadySet = 0;
            do {
                TallyKeyBackfill.Progress p = backfill.run(year, resume, pages);
                scanned += p.scanned();
                updated += p.updated();
                alreadySet += p.alreadySet();
                resume = p.resumeToken();
                System.out.printf(Locale.ROOT, "scanned %,d items, set the key on %,d praise (%,d had it by then)%s%n",
                        scanned, updated, alreadySet, resume == null ? "; done" : "; resume with --resume " + resume);
            } while (resume != null);
        }
    }

    static DynamoDbClient client(String endpoint) {
        var builder = DynamoDbClient.builder();
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
            if (endpoint.startsWith("http://")) {
                // A DynamoDB Local (or a compatible endpoint) on this machine: it wants a signature, not a real key.
                builder.region(Region.EU_NORTH_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
            }
        }
        return builder.build();
    }
}
