package org.verbund.workshop.command;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopRule;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.Optional;
import java.util.Set;

/**
 * What meetings, series and groups ask about each other before they change: answered from the other aggregates
 * themselves (see {@link AggregateWorkshopDirectory}), so that it agrees with every acknowledged write.
 */
interface WorkshopDirectory {

    Optional<Group> group(WorkingGroupId groupId);

    /** The series with what the meetings of the series have recorded so far. */
    Optional<Series> series(WorkshopSeriesId seriesId);

    /** The group a meeting belongs to, if there is such a meeting. */
    Optional<WorkingGroupId> groupOfMeeting(MeetingId meetingId);

    /**
     * Notes that {@code meetingId} is a meeting of {@code seriesId}, before the meeting is created: so the meetings of
     * a series can be found (the series cannot record them itself, a unit of work changes one aggregate). A note for a
     * meeting that then fails to be created is harmless: it is looked up and not found.
     */
    void noteMeetingOfSeries(WorkshopSeriesId seriesId, MeetingId meetingId);

    /**
     * A working group as far as its meetings and series care, and who may act on them: its leading and managing
     * organisations (and coordinators) run it; members (and everyone, if it publishes its results) see it; to others
     * it does not exist.
     */
    record Group(OrganisationId leadingOrganisation, OrganisationId managingOrganisation,
                 Set<OrganisationId> members, boolean publishesResults, boolean active) {

        public boolean isRunBy(Actor actor) {
            return actor.coordinates() || actor.actsFor(leadingOrganisation) || actor.actsFor(managingOrganisation);
        }

        public boolean hasMember(Actor actor) {
            return actor.coordinates() || (actor.organisation() != null && members.contains(actor.organisation()));
        }

        public boolean isVisibleTo(Actor actor) {
            return publishesResults || hasMember(actor);
        }

        /** Refuses unless the actor runs the group: 403 if it sees the group, else 404. */
        public void requireRunBy(Actor actor) {
            if (isRunBy(actor)) {
                return;
            }
            requireVisibleTo(actor);
            throw WorkshopRule.GROUP_RUN_BY_LEAD.violation(
                    "Only the group's leading or managing organisation, or a coordinator");
        }

        public void requireVisibleTo(Actor actor) {
            if (!isVisibleTo(actor)) {
                throw RuleViolation.notFound();
            }
        }
    }

    /** A series with what its meetings have recorded so far. */
    record Series(WorkingGroupId groupId, Set<Integer> workshops, Set<String> challenges, Set<String> strategies) {

        /** Refuses unless the series is the group's and has the workshop (if one is named). */
        void requireWorkshop(WorkingGroupId group, Integer number) {
            if (!groupId.equals(group) || (number != null && !workshops.contains(number))) {
                throw WorkshopRule.MEETING_NOT_IN_SERIES.violation("The series has no such workshop for this group");
            }
        }
    }
}
