package org.verbund.cooperation.api;

/** Where a goal of a partnership stands. */
public enum GoalState {
    PROPOSED, AGREED, ACHIEVED, DROPPED
}
