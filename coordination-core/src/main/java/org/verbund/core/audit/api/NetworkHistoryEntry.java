package org.verbund.core.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event of the network's whole history, as an auditor reads it in global order. The payload is not part of it:
 * what an event says is read per aggregate ({@link FindAggregateHistoryQuery}), where personal fields are shown as
 * the privacy rules say.
 *
 * @param position       its global position: the order in which the network recorded its events
 * @param context        the bounded context whose event it is ({@code network}, {@code funding}, {@code workshop}, ...)
 * @param type           the event type's simple name, e.g. {@code FundingApplicationApprovedEvent}
 * @param revision       the revision of its payload as stored: what the audit tree's leaf covers, and what an
 *                       export of the stored positions shows
 * @param readAsRevision the revision of the event type it is read as: the same, unless an upcaster reads an older
 *                       stored revision as the current one
 * @param aggregateId    the aggregate it belongs to (null for an event of no aggregate)
 * @param sequence       its place in that aggregate's history (-1 for an event of no aggregate)
 * @param recordedAt     when it was recorded
 * @param effectiveOn    from when it takes effect (null for events without a business date)
 * @param metadata       who (actor, organisation, role), why (reason) and in which chain (correlation, causation)
 */
public record NetworkHistoryEntry(long position, String context, String type, String revision, String readAsRevision,
                                  String aggregateId, long sequence, Instant recordedAt, LocalDate effectiveOn,
                                  Map<String, Object> metadata) {
}
