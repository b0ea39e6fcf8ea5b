package org.verbund.core.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event of an aggregate's history, as an auditor reads it.
 *
 * @param sequence    its place in the aggregate's history (0 is the first)
 * @param type        the event type's simple name, e.g. {@code OrganisationRenamedEvent}
 * @param recordedAt  when it was recorded
 * @param effectiveOn from when it takes effect (null for events without a business date)
 * @param payload     what it says
 * @param metadata    who (actor, organisation, role), why (reason) and in which chain (correlation, causation)
 */
public record HistoryEntry(long sequence, String type, Instant recordedAt, LocalDate effectiveOn,
                           Map<String, Object> payload, Map<String, Object> metadata) {
}
