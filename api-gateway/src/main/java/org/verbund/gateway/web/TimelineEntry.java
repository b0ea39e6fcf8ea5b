package org.verbund.gateway.web;

import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.eventstore.EventMetadata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One event in an aggregate's history: what happened, when recorded, from when effective, who, for whom, why. */
public record TimelineEntry(long sequence, String type, Instant recordedAt, LocalDate effectiveOn, String actorId,
                            String organisationId, String role, String reason, Map<String, Object> payload) {

    public static TimelineEntry of(HistoryEntry entry) {
        Map<String, Object> metadata = entry.metadata();
        return new TimelineEntry(entry.sequence(), entry.type(), entry.recordedAt(), entry.effectiveOn(),
                                 (String) metadata.get(EventMetadata.ACTOR_ID),
                                 (String) metadata.get(EventMetadata.ORGANISATION_ID),
                                 (String) metadata.get(EventMetadata.ROLE),
                                 (String) metadata.get(EventMetadata.REASON), entry.payload());
    }
}
