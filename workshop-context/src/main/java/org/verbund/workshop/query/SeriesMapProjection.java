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
import org.verbund.workshop.api.ActorAssignedEvent;
import org.verbund.workshop.api.ChallengeIdentifiedEvent;
import org.verbund.workshop.api.FindSeriesMapQuery;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.SeriesMap;
import org.verbund.workshop.api.StrategyProposedEvent;
import org.verbund.workshop.api.WorkshopSeriesId;
import org.verbund.workshop.api.WorkshopSeriesPlannedEvent;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * The series map: one document per workshop series in {@code workshop_series}, keyed by the series, with the
 * challenges, strategies and actors its meetings recorded; answered joined as a {@link SeriesMap} to whoever may see
 * the series' group. Shares its processing group with the other workshop read models (see
 * {@link WorkingGroupsProjection}).
 */
@Component
@ProcessingGroup(WorkingGroupsProjection.PROCESSING_GROUP)
class SeriesMapProjection {

    private final SequencedDocuments<SeriesDocument> series;
    private final WorkingGroupsProjection groups;

    SeriesMapProjection(@ReadModels MongoDatabase verbundDatabase, WorkingGroupsProjection groups) {
        this.series = new SequencedDocuments<>(verbundDatabase.getCollection("workshop_series"), SeriesDocument.class);
        this.groups = groups;
    }

    @EventHandler
    void on(WorkshopSeriesPlannedEvent event, @SequenceNumber long sequence) {
        series.changeOrStartBy(event.seriesId().value(), Seen.of(event.seriesId(), sequence),
                             SeriesDocument::new, document -> {
                                 document.seriesId = event.seriesId();
                                 document.groupId = event.groupId();
                                 document.title = event.title();
                                 document.workshops = new ArrayList<>(event.workshops());
                             });
    }

    @EventHandler
    void on(ChallengeIdentifiedEvent event, @SequenceNumber long sequence) {
        inSeries(event.seriesId(), event.meetingId(), sequence, document -> document.challenges.add(
                new SeriesDocument.Item(event.challengeId(), event.text(), event.meetingId(), null, null, null)));
    }

    @EventHandler
    void on(StrategyProposedEvent event, @SequenceNumber long sequence) {
        inSeries(event.seriesId(), event.meetingId(), sequence, document -> document.strategies.add(
                new SeriesDocument.Item(event.strategyId(), event.text(), event.meetingId(),
                                        event.addressesChallenges(), null, null)));
    }

    @EventHandler
    void on(ActorAssignedEvent event, @SequenceNumber long sequence) {
        inSeries(event.seriesId(), event.meetingId(), sequence, document -> document.actors.add(
                new SeriesDocument.Item(event.assignmentId(), event.actor(), event.meetingId(), null,
                                        event.strategyId(), event.level())));
    }

    @ResetHandler
    void reset() {
        series.deleteAll();
    }

    @QueryHandler
    SeriesMap handle(FindSeriesMapQuery query) {
        return series.find(query.seriesId().value())
                     .filter(document -> groups.find(document.groupId)
                                               .filter(group -> group.isVisibleTo(query.viewer())).isPresent())
                     .map(SeriesDocument::map).orElse(null);
    }

    /** Records a meeting's outcome in its series, if the meeting is a workshop of one. */
    private void inSeries(WorkshopSeriesId seriesId, MeetingId meetingId, long sequence,
                          Consumer<SeriesDocument> change) {
        if (seriesId != null) {
            series.changeBy(seriesId.value(), Seen.of(meetingId, sequence), change);
        }
    }
}
