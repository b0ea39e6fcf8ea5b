package org.verbund.core.eventstore;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStoreContract;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Axon's contract for the event store in front of a storage engine ({@code EmbeddedEventStoreTest} from Axon's tests
 * jar: tailing consumers, the producer cache, live streams after they ran dry), run against our engine on the
 * embedded wire-protocol server, a fresh database per test; one 100 ms timeout is longer, see
 * {@link EmbeddedEventStoreContract}. Axon's test spies on the engine (Mockito) to count its reads; the engine and
 * the store behind it are real.
 */
class AxonEmbeddedEventStoreContractTest extends EmbeddedEventStoreContract {

    @RegisterExtension
    static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();

    @Override
    public EventStorageEngine createStorageEngine() {
        return store.newEngine();
    }
}
