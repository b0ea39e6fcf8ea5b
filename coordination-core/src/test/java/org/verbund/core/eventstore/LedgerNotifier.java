package org.verbund.core.eventstore;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;

import java.util.concurrent.atomic.AtomicInteger;

/** A test side effect (think: an e-mail) in the same processing group as the projection; never to be replayed. */
@ProcessingGroup(LedgerProjection.GROUP)
class LedgerNotifier {

    final AtomicInteger notificationsSent = new AtomicInteger();

    @EventHandler
    @DisallowReplay
    void on(AmountBookedEvent event) {
        notificationsSent.incrementAndGet();
    }
}
