package lv.praise.adapter;

import java.util.Optional;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public final class DynamoCampaignStore implements CampaignStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCampaignStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Campaign> find(int year) {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.campaign(year)).consistentRead(true));
        return response.hasItem() ? Optional.of(CampaignItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public void save(Campaign campaign) {
        dynamo.putItem(r -> r.tableName(table).item(CampaignItems.toItem(campaign)));
    }
}
