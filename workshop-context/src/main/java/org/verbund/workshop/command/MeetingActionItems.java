package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.verbund.core.kernel.Actor;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.WorkshopRule;

import java.util.HashMap;
import java.util.Map;

/**
 * A meeting's action items, part of its {@link Meeting}, each an {@link ActionItem} of its own that its events reach
 * by its id.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class MeetingActionItems {

    private MeetingId meetingId;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, ActionItem> items = new HashMap<>();

    MeetingActionItems(MeetingId meetingId) {
        this.meetingId = meetingId;
    }

    private MeetingActionItems() {
        // for snapshots
    }

    /** The open action item, once the actor may close it: 403 or 404 first, then unknown (closed: the item says). */
    ActionItem toClose(String actionItemId, Actor actor, MeetingAccess access) {
        ActionItem item = items.get(actionItemId);
        access.requireOwnerOrLead(actor, item == null ? null : item.openOwner());
        if (item == null) {
            throw WorkshopRule.ACTION_ITEM_UNKNOWN.violation("There is no action item " + actionItemId);
        }
        return item;
    }

    @EventSourcingHandler
    void on(ActionItemAssignedEvent event) {
        items.put(event.actionItemId(), new ActionItem(event.actionItemId(), meetingId, event.owner()));
    }
}
