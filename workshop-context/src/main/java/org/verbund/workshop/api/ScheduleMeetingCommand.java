package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Schedules a meeting of a working group, optionally as a workshop of one of its series. */
public record ScheduleMeetingCommand(@TargetAggregateIdentifier MeetingId meetingId, WorkingGroupId groupId, WorkshopSeriesId seriesId, Integer workshopNumber, String title, LocalDateTime startsAt, String place, LocalDate effectiveOn) {
}
