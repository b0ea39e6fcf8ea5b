package org.verbund.core.rebuild.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A processing group's read models as they stood at a point in time: its progress while being rebuilt, then the
 * answers of the group's queries asked of it, in the shape of the live answers.
 *
 * @param progress    how far the rebuild has come ({@code DONE} when the answers are there)
 * @param recordedAt  the events recorded by then (null: all that are known now)
 * @param effectiveOn the events in effect on that day (null: whatever their business date)
 * @param answers     each query (by its type's simple name) and its answer, once done
 */
public record PointInTimeSnapshot(RebuildProgress progress, Instant recordedAt, LocalDate effectiveOn,
                                  Map<String, Object> answers) {
}
