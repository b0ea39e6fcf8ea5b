package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.verbund.workshop.api.AddAgendaItemCommand;
import org.verbund.workshop.api.AgendaItemAddedEvent;
import org.verbund.workshop.api.AgendaItemWithdrawnEvent;
import org.verbund.workshop.api.AgendaReorderedEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ReorderAgendaCommand;
import org.verbund.workshop.api.WithdrawAgendaItemCommand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.workshop.api.WorkshopRule.AGENDA_ID_TAKEN;
import static org.verbund.workshop.api.WorkshopRule.AGENDA_NOT_A_PERMUTATION;
import static org.verbund.workshop.api.WorkshopRule.AGENDA_TITLE_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.AGENDA_UNKNOWN_ITEM;

/**
 * A meeting's agenda, part of its {@link Meeting}: items in their order, each with an id of its own; a new order
 * lists every item once. Who may change it, and until when, is the meeting's rule.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class MeetingAgenda {

    private MeetingId meetingId;
    private List<String> items = new ArrayList<>();

    MeetingAgenda(MeetingId meetingId) {
        this.meetingId = meetingId;
    }

    private MeetingAgenda() {
        // for snapshots
    }

    void add(AddAgendaItemCommand command) {
        Required.text(command.title(), AGENDA_TITLE_REQUIRED, "An agenda item needs a title");
        Required.newId(command.itemId(), items.contains(command.itemId()), AGENDA_ID_TAKEN,
                       "An agenda item needs an id of its own");
        apply(new AgendaItemAddedEvent(meetingId, command.itemId(), command.title().strip(), command.effectiveOn()));
    }

    void reorder(ReorderAgendaCommand command) {
        if (command.itemIds() == null || command.itemIds().size() != items.size()
            || !new HashSet<>(command.itemIds()).equals(new HashSet<>(items))) {
            throw AGENDA_NOT_A_PERMUTATION.violation("A new order lists every agenda item once: " + items);
        }
        apply(new AgendaReorderedEvent(meetingId, List.copyOf(command.itemIds()), command.effectiveOn()));
    }

    void withdraw(WithdrawAgendaItemCommand command) {
        if (!items.contains(command.itemId())) {
            throw AGENDA_UNKNOWN_ITEM.violation("There is no agenda item " + command.itemId());
        }
        apply(new AgendaItemWithdrawnEvent(meetingId, command.itemId(), command.effectiveOn()));
    }

    @EventSourcingHandler
    void on(AgendaItemAddedEvent event) {
        items.add(event.itemId());
    }

    @EventSourcingHandler
    void on(AgendaReorderedEvent event) {
        items = new ArrayList<>(event.itemIds());
    }

    @EventSourcingHandler
    void on(AgendaItemWithdrawnEvent event) {
        items.remove(event.itemId());
    }
}
