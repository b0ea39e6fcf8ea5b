package org.verbund.cooperation.api;

/** What a milestone of the cooperation marks. */
public enum MilestoneKind {
    VISIT_HELD, AGREEMENT_SIGNED, GOAL_ACHIEVED
}
