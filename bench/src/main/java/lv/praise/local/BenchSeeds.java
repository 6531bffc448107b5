package lv.praise.local;

import java.time.LocalDate;
import lv.praise.domain.Campaign;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The benchmark's way to the local run's demo data (package-private there), for tables of its own. */
public final class BenchSeeds {
    private BenchSeeds() {
    }

    /** The local run's demo campaign (praise window open today), participants and evaluations. */
    public static int seedDemo(DynamoDbClient dynamo, String table) {
        return DemoData.load().seed(dynamo, table, LocalDate.now(Campaign.RIGA)).participantIds().size();
    }
}
