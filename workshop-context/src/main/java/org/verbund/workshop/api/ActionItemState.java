package org.verbund.workshop.api;

/** Where an action item stands: open until its owner (or who runs the group) marks it done or drops it. */
public enum ActionItemState {
    OPEN, DONE, DROPPED
}
