package org.verbund.core.rebuild.api;

import java.time.Instant;
import java.util.Map;

/**
 * How far a rebuild beside the live read model (or a point-in-time snapshot) has come.
 *
 * @param id            the rebuild's id
 * @param projection    the processing group rebuilt
 * @param state         {@code RUNNING}; {@code CAUGHT_UP} (a rebuild as far as the live read model, following it);
 *                      {@code DONE} (a snapshot complete); {@code SWAPPED}; {@code CANCELLED}; {@code FAILED}
 * @param processed     how many events it has read
 * @param position      the last global position it has read
 * @param total         how many positions the store had when it started
 * @param ratePerSecond events read per second so far
 * @param etaSeconds    seconds left at that rate (null once there)
 * @param startedAt     when it started
 * @param collections   each read model of the group and the collection it is rebuilt in
 * @param diff          the comparison with the live read model, once caught up (null before, and for snapshots)
 * @param failure       why it failed (null unless FAILED)
 */
public record RebuildProgress(String id, String projection, String state, long processed, long position, long total,
                              double ratePerSecond, Long etaSeconds, Instant startedAt,
                              Map<String, String> collections, ReadModelDiff diff, String failure) {
}
