package lv.praise.adapter;

import java.util.Optional;
import lv.praise.domain.awards.Publication;
import lv.praise.domain.awards.PublicationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The results records: written once with {@code attribute_not_exists}, never updated. */
public final class DynamoPublicationStore implements PublicationStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPublicationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean create(Publication publication) {
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(PublicationItems.toItem(publication))
                    .conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<Publication> find(int campaignYear) {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.results(campaignYear)).consistentRead(true));
        return response.hasItem() ? Optional.of(PublicationItems.fromItem(response.item())) : Optional.empty();
    }
}
