package org.verbund.workshop.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.workshop.api.FindReceivedResultsQuery;
import org.verbund.workshop.api.ReceivedResultsView;
import org.verbund.workshop.api.ResultsReceivedEvent;

import java.util.List;

/**
 * What each coordination body received from working groups: one document per body in {@code received_results}, keyed
 * by it, each transfer with the name its group had when it was received. Shares its processing group with the other
 * workshop read models (see {@link WorkingGroupsProjection}): the name comes from theirs.
 */
@Component
@ProcessingGroup(WorkingGroupsProjection.PROCESSING_GROUP)
class ReceivedResultsProjection {

    static final String COLLECTION = "received_results";

    /** Where the sending group's name comes from. */
    private final WorkingGroupsProjection groups;
    private final SequencedDocuments<ReceivedResultsDocument> bodies;

    ReceivedResultsProjection(WorkingGroupsProjection groups, @ReadModels MongoDatabase verbundDatabase) {
        this.groups = groups;
        this.bodies = new SequencedDocuments<>(verbundDatabase.getCollection(COLLECTION),
                                             ReceivedResultsDocument.class);
    }

    @EventHandler
    void on(ResultsReceivedEvent event, @SequenceNumber long sequence) {
        ReceivedResultsView.Transfer transfer = new ReceivedResultsView.Transfer(
                event.transferId(), event.fromGroup(),
                groups.find(event.fromGroup()).map(group -> group.name).orElse(null), event.seriesId(),
                event.meetingId(), event.summary(), event.decisionIds(), event.effectiveOn());
        bodies.changeOrStartBy(event.body().value(), Seen.of(event.inboxId(), sequence),
                             () -> {
                                 ReceivedResultsDocument started = new ReceivedResultsDocument();
                                 started.body = event.body();
                                 return started;
                             }, document -> document.received.add(transfer));
    }

    @ResetHandler
    void reset() {
        bodies.deleteAll();
    }

    @QueryHandler
    ReceivedResultsView handle(FindReceivedResultsQuery query) {
        return bodies.find(query.body().value()).map(ReceivedResultsDocument::view)
                     .orElseGet(() -> new ReceivedResultsView(query.body(), List.of()));
    }
}
