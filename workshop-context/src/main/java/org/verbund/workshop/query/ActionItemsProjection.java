package org.verbund.workshop.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.LiveQueries;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActionItemDroppedEvent;
import org.verbund.workshop.api.ActionItemEntry;
import org.verbund.workshop.api.ActionItemState;
import org.verbund.workshop.api.FindActionItemsQuery;
import org.verbund.workshop.api.MeetingId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The action items of each owner: one document per organisation in {@code action_items}, keyed by it, listed overdue
 * first (as of the day asked). Shares its processing group with the other workshop read models (see
 * {@link WorkingGroupsProjection}).
 */
@Component
@ProcessingGroup(WorkingGroupsProjection.PROCESSING_GROUP)
class ActionItemsProjection {

    private final SequencedDocuments<OwnedActionItems> owners;
    private final QueryUpdateEmitter updates;
    private final Clock clock;

    @Autowired
    ActionItemsProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this(verbundDatabase, updates, Clock.systemDefaultZone());
    }

    /** With the clock that says which items are overdue. */
    ActionItemsProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates, Clock clock) {
        this.owners = new SequencedDocuments<>(verbundDatabase.getCollection("action_items"), OwnedActionItems.class);
        this.updates = updates;
        this.clock = clock;
    }

    @EventHandler
    void on(ActionItemAssignedEvent event, @SequenceNumber long sequence) {
        OwnedActionItems.Item item = new OwnedActionItems.Item(
                event.actionItemId(), event.text(), event.groupId(), event.meetingId(), event.decisionId(),
                event.dueOn(), ActionItemState.OPEN, null);
        owned(event.owner(), event.meetingId(), sequence, owned -> owned.items.add(item));
    }

    @EventHandler
    void on(ActionItemDoneEvent event, @SequenceNumber long sequence) {
        owned(event.owner(), event.meetingId(), sequence,
              owned -> owned.close(event.actionItemId(), ActionItemState.DONE, event.effectiveOn()));
    }

    @EventHandler
    void on(ActionItemDroppedEvent event, @SequenceNumber long sequence) {
        owned(event.owner(), event.meetingId(), sequence,
              owned -> owned.close(event.actionItemId(), ActionItemState.DROPPED, event.effectiveOn()));
    }

    @ResetHandler
    void reset() {
        owners.deleteAll();
    }

    @QueryHandler
    List<ActionItemEntry> handle(FindActionItemsQuery query) {
        return owners.find(query.owner().value()).map(owned -> owned.asOf(LocalDate.now(clock))).orElse(List.of());
    }

    private void owned(OrganisationId owner, MeetingId meetingId, long sequence, Consumer<OwnedActionItems> change) {
        owners.changeOrStartBy(owner.value(), Seen.of(meetingId, sequence), OwnedActionItems::new,
                             change);
        if (LiveQueries.watched(updates, FindActionItemsQuery.class)) {
            updates.emit(FindActionItemsQuery.class, query -> query.owner().equals(owner),
                         handle(new FindActionItemsQuery(owner)));
        }
    }
}
