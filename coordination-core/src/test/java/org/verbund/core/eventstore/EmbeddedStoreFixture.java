package org.verbund.core.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory embedded wire-protocol server, reached through the real driver, with a fresh database per engine, and
 * the events the engine tests write. Register it as a static {@code @RegisterExtension} field: it closes after the
 * test class.
 */
final class EmbeddedStoreFixture implements AutoCloseable, AfterAllCallback {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
    private final MongoClient client = server.newClient();

    MongoDatabase newDatabase() {
        return client.getDatabase("engine-test-" + DATABASES.incrementAndGet());
    }

    MongoCommitEventStorageEngine.Builder engineBuilder(MongoDatabase database) {
        return MongoCommitEventStorageEngine.builder()
                                            .database(database)
                                            .eventSerializer(EventStoreConfiguration.jacksonSerializer())
                                            .snapshotSerializer(EventStoreConfiguration.jacksonSerializer())
                                            .gapTimeout(Duration.ofSeconds(60))
                                            .batchSize(100);
    }

    MongoCommitEventStorageEngine newEngine() {
        return engineBuilder(newDatabase()).build();
    }

    static DomainEventMessage<?> booked(String ledgerId, long sequence, long cents) {
        return new GenericDomainEventMessage<>("Ledger", ledgerId, sequence,
                                               new AmountBookedEvent(ledgerId, cents, "test"),
                                               MetaData.with(EventMetadata.ACTOR_ID, "tester"));
    }

    static DomainEventMessage<?> booked(String ledgerId, long sequence, long cents, String writer) {
        return new GenericDomainEventMessage<>("Ledger", ledgerId, sequence,
                                               new AmountBookedEvent(ledgerId, cents, writer));
    }

    static EventMessage<?> notice(String text) {
        return GenericEventMessage.asEventMessage(new NoticePublishedEvent(text));
    }

    static String newLedgerId() {
        return "ledger-" + UUID.randomUUID();
    }

    static List<? extends TrackedEventMessage<?>> readAll(MongoCommitEventStorageEngine engine, TrackingToken from) {
        return engine.readEvents(from, false).toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
