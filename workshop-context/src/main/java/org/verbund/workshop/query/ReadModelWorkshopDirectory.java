package org.verbund.workshop.query;

import org.springframework.stereotype.Component;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesId;
import org.verbund.workshop.command.WorkshopDirectory;

import java.util.Optional;
import java.util.stream.Collectors;

/** Answers the meeting and series aggregates from the read model (which trails its events by milliseconds). */
@Component
public class ReadModelWorkshopDirectory implements WorkshopDirectory {

    private final WorkshopProjection projection;

    public ReadModelWorkshopDirectory(WorkshopProjection projection) {
        this.projection = projection;
    }

    @Override
    public Optional<Group> group(WorkingGroupId groupId) {
        return projection.group(groupId).map(group -> new Group(group.leadingOrganisation, group.managingOrganisation,
                                                                group.dissolvedOn == null));
    }

    @Override
    public Optional<Series> series(WorkshopSeriesId seriesId) {
        return projection.series(seriesId).map(series -> new Series(
                series.groupId, series.workshops.stream().map(Workshop::number).collect(Collectors.toSet()),
                series.challenges.stream().map(item -> item.id).collect(Collectors.toSet()),
                series.strategies.stream().map(item -> item.id).collect(Collectors.toSet())));
    }
}
