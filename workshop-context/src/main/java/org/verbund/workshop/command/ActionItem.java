package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActionItemDroppedEvent;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.WorkingGroupId;

import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.workshop.api.WorkshopRule.ACTION_ITEM_CLOSED;
import static org.verbund.workshop.api.WorkshopRule.ACTION_ITEM_OWNER_AND_DUE_DATE_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.ACTION_ITEM_TEXT_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.ACTION_ITEM_UNKNOWN_DECISION;
import static org.verbund.workshop.api.WorkshopRule.ACTION_ITEM_UNKNOWN_OWNER;

/**
 * An action item of a meeting, part of its {@link Meeting}: assigned with an owner organisation and a due date,
 * optionally following one of the meeting's decisions, and closed once, done or dropped. Who may close it (its owner,
 * or who runs the group) is the meeting's rule, since it takes the group to know.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class ActionItem {

    @EntityId
    private String actionItemId;
    private MeetingId meetingId;
    private OrganisationId owner;
    private boolean open = true;

    ActionItem(String actionItemId, MeetingId meetingId, OrganisationId owner) {
        this.actionItemId = actionItemId;
        this.meetingId = meetingId;
        this.owner = owner;
    }

    private ActionItem() {
        // for snapshots
    }

    /** Assigns a new action item of the meeting, its id new among the meeting's outcomes. */
    static void assign(MeetingId meetingId, WorkingGroupId groupId, AssignActionItemCommand command,
                       MeetingOutcomes outcomes, OrganisationRegistry registry) {
        Required.text(command.text(), ACTION_ITEM_TEXT_REQUIRED, "An action item needs a text");
        if (command.owner() == null || command.dueOn() == null) {
            throw ACTION_ITEM_OWNER_AND_DUE_DATE_REQUIRED.violation(
                    "An action item needs an owner organisation and a due date");
        }
        outcomes.requireNewId(command.actionItemId());
        registry.requireActive(command.owner(), ACTION_ITEM_UNKNOWN_OWNER.code());
        if (command.decisionId() != null && !outcomes.hasDecision(command.decisionId())) {
            throw ACTION_ITEM_UNKNOWN_DECISION.violation("No decision " + command.decisionId() + " in this meeting");
        }
        apply(new ActionItemAssignedEvent(meetingId, groupId, command.actionItemId(), command.text().strip(),
                                          command.owner(), command.dueOn(), command.decisionId(),
                                          command.effectiveOn()));
    }

    /** The owner while the item is open; nobody owns a closed one any more. */
    OrganisationId openOwner() {
        return open ? owner : null;
    }

    void complete(LocalDate on) {
        requireOpen();
        apply(new ActionItemDoneEvent(meetingId, actionItemId, owner, on));
    }

    void drop(LocalDate on) {
        requireOpen();
        apply(new ActionItemDroppedEvent(meetingId, actionItemId, owner, on));
    }

    private void requireOpen() {
        if (!open) {
            throw ACTION_ITEM_CLOSED.violation("The action item is done or dropped already");
        }
    }

    // an item is its state: the meeting's items compare equal when rebuilt from the same events
    @Override
    public boolean equals(Object other) {
        return other instanceof ActionItem item && actionItemId.equals(item.actionItemId)
               && meetingId.equals(item.meetingId) && owner.equals(item.owner) && open == item.open;
    }

    @Override
    public int hashCode() {
        return Objects.hash(actionItemId, meetingId, owner, open);
    }

    @EventSourcingHandler
    void on(ActionItemDoneEvent event) {
        open = false;
    }

    @EventSourcingHandler
    void on(ActionItemDroppedEvent event) {
        open = false;
    }
}
