package org.verbund.workshop.command;

import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.AggregateReaders;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The workshop directory read from the groups, series and meetings themselves. */
@Component
class AggregateWorkshopDirectory implements WorkshopDirectory {

    private final AggregateReaders aggregates;
    private final SeriesMeetings seriesMeetings;

    AggregateWorkshopDirectory(AggregateReaders aggregates, SeriesMeetings seriesMeetings) {
        this.aggregates = aggregates;
        this.seriesMeetings = seriesMeetings;
    }

    @Override
    public Optional<Group> group(WorkingGroupId groupId) {
        return aggregates.read(WorkingGroup.class, groupId.value(), WorkingGroup::asGroup);
    }

    @Override
    public Optional<Series> series(WorkshopSeriesId seriesId) {
        Set<String> challenges = new HashSet<>();
        Set<String> strategies = new HashSet<>();
        for (MeetingId meeting : seriesMeetings.of(seriesId)) {
            aggregates.read(Meeting.class, meeting.value(), recorded -> {
                challenges.addAll(recorded.outcomes().challenges());
                strategies.addAll(recorded.outcomes().strategies());
                return recorded;
            });
        }
        return aggregates.read(WorkshopSeries.class, seriesId.value(),
                               series -> series.withOutcomes(Set.copyOf(challenges), Set.copyOf(strategies)));
    }

    @Override
    public Optional<WorkingGroupId> groupOfMeeting(MeetingId meetingId) {
        return aggregates.read(Meeting.class, meetingId.value(), Meeting::groupId);
    }

    @Override
    public void noteMeetingOfSeries(WorkshopSeriesId seriesId, MeetingId meetingId) {
        seriesMeetings.add(seriesId, meetingId);
    }
}
