package org.verbund.core.rebuild.api;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation;

/** The rule codes of rebuilds beside the live read models and of point-in-time snapshots. */
public final class RebuildRule {

    /** No processing group of read models has that name (command-side groups are never rebuilt). */
    public static final RuleCode UNKNOWN_PROJECTION =
            new RuleCode("projection.unknown", RuleViolation.Kind.NOT_FOUND);
    /** The group is being rebuilt already: swap or cancel that rebuild first. */
    public static final RuleCode REBUILD_IN_PROGRESS =
            new RuleCode("rebuild.in-progress", RuleViolation.Kind.CONFLICT);
    /** There is no rebuild of the group to show, swap or cancel. */
    public static final RuleCode NO_REBUILD = new RuleCode("rebuild.none", RuleViolation.Kind.NOT_FOUND);
    /** The rebuild has not caught up with the live read model yet (or has failed): it cannot be swapped. */
    public static final RuleCode NOT_CAUGHT_UP = new RuleCode("rebuild.not-caught-up", RuleViolation.Kind.CONFLICT);
    /** The rebuilt read model differs from the live one: it is not swapped, and the difference is listed. */
    public static final RuleCode DIFFERS = new RuleCode("rebuild.differs", RuleViolation.Kind.CONFLICT);
    /** This gateway does not process the group (another gateway on the store does): ask that one. */
    public static final RuleCode NOT_PROCESSED_HERE =
            new RuleCode("rebuild.not-processed-here", RuleViolation.Kind.CONFLICT);
    /** There is no snapshot with that id (they are kept for an hour, by the gateway that made them). */
    public static final RuleCode UNKNOWN_SNAPSHOT = new RuleCode("snapshot.unknown", RuleViolation.Kind.NOT_FOUND);

    private RebuildRule() {
    }
}
