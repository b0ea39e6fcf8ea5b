package org.verbund.core.audit;

/** A second test event type of the same aggregate, for filters by type. */
public record LedgerClosedEvent(String ledgerId) {
}
