package org.verbund.workshop.query;

import org.verbund.workshop.api.ActionItemEntry;

import java.util.ArrayList;
import java.util.List;

/** The action items one organisation owns, as stored in {@code action_items} (keyed by the organisation). */
final class OwnedActionItems {

    public List<ActionItemEntry> items = new ArrayList<>();
}
