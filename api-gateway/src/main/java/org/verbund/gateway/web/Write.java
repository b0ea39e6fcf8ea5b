package org.verbund.gateway.web;

import org.axonframework.messaging.MetaData;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.eventstore.EventMetadata;

/**
 * What a write request says about itself besides its body: who sends it (from the token), its
 * {@code Idempotency-Key}, the version its {@code If-Match} names, and its path. A controller method takes it as a
 * parameter ({@link CallerArguments}); {@link CommandWrites} sends the command with it.
 *
 * @param expectedVersion the aggregate version from {@code If-Match}, or null
 */
public record Write(Caller caller, Long expectedVersion, String path) {

    /** The same write, saying why (the reason a request body gives). */
    public Write because(String reason) {
        return new Write(caller.because(reason), expectedVersion, path);
    }

    public String idempotencyKey() {
        return caller.idempotencyKey();
    }

    /** The metadata its command carries. */
    MetaData metaData() {
        MetaData metaData = caller.metaData();
        return expectedVersion == null ? metaData : metaData.and(EventMetadata.EXPECTED_VERSION, expectedVersion);
    }
}
