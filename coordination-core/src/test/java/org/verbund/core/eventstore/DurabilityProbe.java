package org.verbund.core.eventstore;

import com.mongodb.client.MongoClient;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedStoreDurabilityTest}: appends events to the embedded store on a file and
 * prints "ACK n" after the n-th append returned, until it is killed.
 */
public final class DurabilityProbe {

    public static void main(String[] args) {
        EmbeddedMongoServer server = EmbeddedMongoServer.onFile(Path.of(args[0]));
        MongoClient client = server.newClient();
        MongoCommitEventStorageEngine engine = MongoCommitEventStorageEngine.builder()
                .database(client.getDatabase("verbund"))
                .eventSerializer(EventStoreConfiguration.jacksonSerializer())
                .snapshotSerializer(EventStoreConfiguration.jacksonSerializer())
                .build();
        for (long sequence = 0; ; sequence++) {
            engine.appendEvents(EmbeddedStoreFixture.booked("durable-ledger", sequence, sequence));
            System.out.println("ACK " + (sequence + 1));
            System.out.flush();
        }
    }

    private DurabilityProbe() {
    }
}
