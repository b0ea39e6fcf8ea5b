package org.verbund.core.audit;

/** A test event of an aggregate (a ledger), for the audit index tests. */
public record LedgerEntryBookedEvent(String ledgerId, long cents) {
}
