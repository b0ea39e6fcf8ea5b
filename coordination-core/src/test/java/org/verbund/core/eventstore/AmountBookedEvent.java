package org.verbund.core.eventstore;

import org.axonframework.serialization.Revision;

/** A test event of the test aggregate {@link Ledger}. */
@Revision("1")
record AmountBookedEvent(String ledgerId, long cents, String writer) {
}
