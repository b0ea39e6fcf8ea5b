package org.verbund.core.eventstore;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health of the store behind the events: the database answers a ping; reports which store is in use.
 */
public class EventStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final MongoStoreConfiguration.EmbeddedStore embeddedStore;

    public EventStoreHealthIndicator(MongoDatabase database, MongoStoreConfiguration.EmbeddedStore embeddedStore) {
        super("The event store does not answer");
        this.database = database;
        this.embeddedStore = embeddedStore;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up()
               .withDetail("database", database.getName())
               .withDetail("store", embeddedStore.server()
                                                 .map(EmbeddedMongoServer::description)
                                                 .orElse("MongoDB (MONGODB_URI)"));
    }
}
