package org.verbund.core.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One aggregate as it stood at a {@link PointInTime}: rebuilt by Axon from its own events (those known then and in
 * effect on the day, applied in sequence order through the aggregate's event sourcing handlers), with the events
 * that made it. Personal fields are marked in {@code state} and in the events' payloads as everywhere, so that the
 * gateway shows them as the privacy rules say.
 *
 * @param aggregateId     the aggregate
 * @param aggregateType   its type as its events name it, e.g. {@code FundingApplication}
 * @param recordedAt      what was asked: known at this instant (null: known now)
 * @param effectiveOn     what was asked: in effect on this day (null: whenever effective)
 * @param lastSequence    the sequence number of the last event applied (where events were left out as not yet in
 *                        effect, not the version the aggregate had at any moment)
 * @param currentVersion  the sequence number of its latest event, recorded up to now
 * @param deleted         whether an applied event marked it deleted
 * @param state           the aggregate's own state: the fields of its root and of its members
 *                        ({@code @AggregateMember}), by their names in the code, values as in events (amounts as
 *                        decimal strings, dates ISO-8601); null if this gateway does not know the aggregate's type
 * @param events          the events applied, oldest first
 * @param notYetEffective the events known then whose effective date is after {@code effectiveOn}: left out
 */
public record AggregateState(String aggregateId, String aggregateType, Instant recordedAt, LocalDate effectiveOn,
                             long lastSequence, long currentVersion, boolean deleted, Map<String, Object> state,
                             List<HistoryEntry> events, List<HistoryEntry> notYetEffective) {
}
