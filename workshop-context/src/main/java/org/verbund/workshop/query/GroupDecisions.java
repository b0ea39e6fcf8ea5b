package org.verbund.workshop.query;

import org.verbund.workshop.api.DecisionEntry;

import java.util.ArrayList;
import java.util.List;

/** The decision register of one group, as stored in {@code decision_register} (keyed by the group). */
final class GroupDecisions {

    public List<DecisionEntry> entries = new ArrayList<>();
}
