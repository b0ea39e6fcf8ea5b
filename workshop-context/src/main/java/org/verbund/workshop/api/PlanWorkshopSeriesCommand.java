package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;
import java.util.List;

/** Plans a series of workshops of a group; without workshops it follows the report's three-workshop template. */
public record PlanWorkshopSeriesCommand(@TargetAggregateIdentifier WorkshopSeriesId seriesId, WorkingGroupId groupId, String title, List<Workshop> workshops, LocalDate effectiveOn) {
}
