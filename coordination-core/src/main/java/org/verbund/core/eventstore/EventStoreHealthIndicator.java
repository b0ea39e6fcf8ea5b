package org.verbund.core.eventstore;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health of the store behind the events: the driver knows a server that takes writes, and the database answers a
 * ping; reports which store is in use.
 */
public class EventStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final MongoStoreConfiguration.EmbeddedStore embeddedStore;
    private final StoreReachability reachability;

    public EventStoreHealthIndicator(MongoDatabase database, MongoStoreConfiguration.EmbeddedStore embeddedStore,
                                     StoreReachability reachability) {
        super("The event store does not answer");
        this.database = database;
        this.embeddedStore = embeddedStore;
        this.reachability = reachability;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        // known gone (the driver's monitor says so): DOWN at once, rather than after a ping that waits for a server
        // or, on a connection that went silent, for the read timeout
        reachability.requireReachable();
        database.runCommand(new Document("ping", 1));
        builder.up()
               .withDetail("database", database.getName())
               .withDetail("store", embeddedStore.server()
                                                 .map(EmbeddedMongoServer::description)
                                                 .orElse("MongoDB (MONGODB_URI)"));
    }
}
