package org.verbund.core.audit;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.verbund.core.audit.api.HistoryFilter;
import org.verbund.core.audit.api.NetworkHistoryEntry;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.eventstore.EventMetadata;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.eventstore.MongoCommitEventStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real store for the audit index tests: the embedded wire server in memory, reached by the real driver with a
 * listener that records every {@code find} the store is asked (its collection, filter and how many documents it
 * answered with), a fresh database per test, and events with chosen organisation, type, aggregate and time.
 */
final class AuditStoreFixture implements AutoCloseable, AfterAllCallback {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** One {@code find} (or a {@code getMore} of one, without its filter) as the store saw it. */
    record Find(String collection, BsonDocument filter, int answered) {
    }

    final List<Find> finds = new CopyOnWriteArrayList<>();
    /** Off for large runs (benchmarks), where keeping every find would cost more than the reads. */
    volatile boolean recording = true;
    private final java.util.Map<Integer, Find> started = new java.util.concurrent.ConcurrentHashMap<>();
    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
    private final MongoClient client = MongoClients.create(server.clientSettings(MongoClientSettings.builder())
                                                                 .addCommandListener(new Recorder()).build());

    /** A store with its engine, its index (chunks of {@code chunkSize}), an indexer and the filtered history. */
    Store newStore(int chunkSize, int indexBatch) {
        MongoDatabase database = client.getDatabase("audit-test-" + DATABASES.incrementAndGet());
        MongoCommitEventStorageEngine engine = MongoCommitEventStorageEngine.builder()
                .database(database)
                .eventSerializer(EventStoreConfiguration.jacksonSerializer())
                .snapshotSerializer(EventStoreConfiguration.jacksonSerializer())
                .gapTimeout(Duration.ofSeconds(60))
                .batchSize(100)
                .build();
        GlobalHistory history = new GlobalHistory(engine);
        HistoryIndex index = new HistoryIndex(database, chunkSize);
        return new Store(database, engine, history, index, new HistoryIndexer(history, index, indexBatch,
                                                                              Duration.ofMillis(20)),
                         new FilteredHistory(history, engine, index));
    }

    record Store(MongoDatabase database, MongoCommitEventStorageEngine engine, GlobalHistory history,
                 HistoryIndex index, HistoryIndexer indexer, FilteredHistory filtered) {

        /** Appends one event of ledger {@code ledger} as its next, done on behalf of {@code organisation} at {@code at}. */
        void record(String ledger, long sequence, String organisation, boolean closes, Instant at) {
            Object payload = closes ? new LedgerClosedEvent(ledger) : new LedgerEntryBookedEvent(ledger, sequence);
            MetaData metaData = MetaData.with(EventMetadata.ACTOR_ID, "tester")
                                        .and(EventMetadata.ORGANISATION_ID, organisation);
            engine.appendEvents(new GenericDomainEventMessage<>("Ledger", ledger, sequence,
                                                                new GenericMessage<>(payload, metaData), at));
        }

        List<NetworkHistoryEntry> all() {
            try (Stream<NetworkHistoryEntry> events = history.after(-1)) {
                return events.toList();
            }
        }

        List<NetworkHistoryEntry> read(long after, HistoryFilter filter) {
            try (Stream<NetworkHistoryEntry> events = filtered.after(after, filter)) {
                return events.toList();
            }
        }

        /** Pages of {@code size} after each page's last position, as the API pages. */
        List<NetworkHistoryEntry> paged(HistoryFilter filter, int size) {
            List<NetworkHistoryEntry> all = new java.util.ArrayList<>();
            long after = -1;
            while (true) {
                List<NetworkHistoryEntry> page;
                try (Stream<NetworkHistoryEntry> events = filtered.after(after, filter)) {
                    page = events.limit(size).toList();
                }
                all.addAll(page);
                if (page.size() < size) {
                    return all;
                }
                after = page.get(page.size() - 1).position();
            }
        }
    }

    /** What a filter must answer, worked out the slow way: the whole history, filtered here. */
    static List<NetworkHistoryEntry> expected(List<NetworkHistoryEntry> all, long after, HistoryFilter filter) {
        return all.stream().filter(entry -> entry.position() > after)
                  .filter(entry -> IndexedDimension.matches(filter, entry))
                  .filter(entry -> filter.from() == null || !entry.recordedAt().isBefore(filter.from()))
                  .filter(entry -> filter.to() == null || entry.recordedAt().isBefore(filter.to()))
                  .toList();
    }

    static HistoryFilter organisation(String organisation) {
        return new HistoryFilter(null, null, organisation, null, null, null);
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

    /** Notes each find's collection and filter when it starts (the command's buffer is gone after the callback). */
    private final class Recorder implements CommandListener {

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonDocument command = event.getCommand();
            if (!recording) {
                return;
            }
            if ("find".equals(event.getCommandName())) {
                started.put(event.getRequestId(), new Find(command.getString("find").getValue(),
                                                           command.getDocument("filter", new BsonDocument()).clone(), 0));
            } else if ("getMore".equals(event.getCommandName())) {
                started.put(event.getRequestId(), new Find(command.getString("collection").getValue(), null, 0));
            }
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            Find find = started.remove(event.getRequestId());
            if (find != null) {
                BsonDocument cursor = event.getResponse().getDocument("cursor");
                BsonArray answered = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch")
                        : cursor.getArray("nextBatch");
                finds.add(new Find(find.collection(), find.filter(), answered.size()));
            }
        }
    }
}
