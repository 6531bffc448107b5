package lv.praise.local;

import java.time.LocalDate;
import lv.praise.domain.Campaign;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The local run's public seam to its demo data (DemoData is package-private), for the benchmarks' own tables. */
public final class DemoSeeds {
    private DemoSeeds() {
    }

    /** The local run's demo campaign (praise window open today), participants and evaluations. */
    public static int seedDemo(DynamoDbClient dynamo, String table) {
        return DemoData.load().seed(dynamo, table, LocalDate.now(Campaign.RIGA)).participantIds().size();
    }
}
