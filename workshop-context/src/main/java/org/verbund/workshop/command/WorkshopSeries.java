package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.kernel.Actor;
import org.verbund.workshop.api.PlanWorkshopSeriesCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopRule;
import org.verbund.workshop.api.WorkshopSeriesId;
import org.verbund.workshop.api.WorkshopSeriesPlannedEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A planned sequence of workshops of a working group, each with its focus; by default the report's template. Planned by
 * who runs the group.
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class WorkshopSeries {

    @AggregateIdentifier
    private WorkshopSeriesId seriesId;
    private WorkingGroupId groupId;
    private Set<Integer> workshops = new HashSet<>();

    WorkshopSeries() {
    }

    @CommandHandler
    WorkshopSeries(PlanWorkshopSeriesCommand command, Actor actor, WorkshopDirectory directory) {
        directory.group(command.groupId()).filter(WorkshopDirectory.Group::active).orElseThrow(
                () -> WorkshopRule.SERIES_UNKNOWN_GROUP.violation(
                        "There is no active working group " + command.groupId()))
                 .requireRunBy(actor);
        if (command.title() == null || command.title().isBlank()) {
            throw WorkshopRule.SERIES_TITLE_REQUIRED.violation("A series needs a title");
        }
        List<Workshop> workshops = command.workshops() == null || command.workshops().isEmpty()
                ? Workshop.template() : List.copyOf(command.workshops());
        Set<Integer> numbers = new HashSet<>();
        for (Workshop workshop : workshops) {
            if (workshop.number() < 1 || !numbers.add(workshop.number()) || workshop.focus() == null) {
                throw WorkshopRule.SERIES_WORKSHOPS_NUMBERED.violation(
                        "Each workshop has its own number from 1 and a focus");
            }
        }
        apply(new WorkshopSeriesPlannedEvent(command.seriesId(), command.groupId(), command.title().strip(),
                                             workshops, command.effectiveOn()));
    }

    /** The group and the workshops, for the meetings of the series (see {@link AggregateWorkshopDirectory}). */
    WorkshopDirectory.Series withOutcomes(Set<String> challenges, Set<String> strategies) {
        return new WorkshopDirectory.Series(groupId, Set.copyOf(workshops), challenges, strategies);
    }

    @EventSourcingHandler
    void on(WorkshopSeriesPlannedEvent event) {
        seriesId = event.seriesId();
        groupId = event.groupId();
        event.workshops().forEach(workshop -> workshops.add(workshop.number()));
    }
}
