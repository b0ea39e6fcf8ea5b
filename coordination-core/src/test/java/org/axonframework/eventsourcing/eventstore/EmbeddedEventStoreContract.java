package org.axonframework.eventsourcing.eventstore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

/**
 * Axon's {@link EmbeddedEventStoreTest} as it is, except for the one test whose whole run (open a stream, query the
 * store, publish from a second thread, wake the reader) must fit into 100 ms: on a loaded 2-core machine, where the
 * store is reached through the wire protocol, that fails without anything being wrong, so it gets one second. It
 * lives in Axon's package because the test method is package-private.
 */
public abstract class EmbeddedEventStoreContract extends EmbeddedEventStoreTest {

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    @Override
    void eventPublishedAfterOpeningStreamIsPassedToReaderImmediately() throws Exception {
        super.eventPublishedAfterOpeningStreamIsPassedToReaderImmediately();
    }
}
