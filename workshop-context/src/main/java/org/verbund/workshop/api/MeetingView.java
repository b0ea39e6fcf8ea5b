package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A meeting as a reader may see it: agenda, attendance by organisation (person references only), outcomes,
 * decisions, action items, and the minutes with every draft version, their approval and their corrections. Readers
 * outside the group see what it publishes (see {@link FindMeetingQuery}).
 *
 * @param version    the aggregate's version this answer shows (its {@code ETag})
 * @param attendance organisation id to the people who attended on its behalf
 */
public record MeetingView(long version, MeetingId id, WorkingGroupId groupId, WorkshopSeriesId seriesId,
                          Integer workshopNumber, String title, LocalDateTime startsAt, String place,
                          MeetingStatus status, LocalDate heldOn, LocalDate cancelledOn, List<AgendaItem> agenda,
                          List<AgendaItem> withdrawnAgendaItems, Map<String, List<Attendee>> attendance,
                          List<Outcome> challenges, List<Outcome> strategies, List<Outcome> actors,
                          List<Decision> decisions, List<ActionItem> actionItems, Minutes minutes) {

    /** A person who attended; the name is personal data (erased ones read as erased). */
    public record Attendee(PersonRef person, PersonalText name) {
    }

    /** An item of the agenda. */
    public record AgendaItem(String id, String title) {
    }

    /**
     * A challenge, strategy or actor assignment.
     *
     * @param addresses  the challenges a strategy addresses
     * @param strategyId the strategy an actor is assigned to
     * @param level      the actor's responsible level
     */
    public record Outcome(String id, String text, List<String> addresses, String strategyId, ResponsibleLevel level) {
    }

    /** A decision of the meeting: who decided, unanimously or with the dissent. */
    public record Decision(DecisionId id, String text, List<OrganisationId> decidedBy, boolean unanimous,
                           List<Dissent> dissent, LocalDate decidedOn) {
    }

    /** An action item with its owner and due date, optionally following a decision. */
    public record ActionItem(String id, String text, OrganisationId owner, LocalDate dueOn, DecisionId decisionId,
                             ActionItemState state, LocalDate closedOn) {
    }

    /**
     * The minutes.
     *
     * @param text the current draft, or the approved text
     */
    public record Minutes(MinutesState state, String text, List<Version> versions, MinutesApproval approvedAt,
                          MeetingId approvedAtMeeting, LocalDate approvedOn, List<Correction> corrections) {
    }

    /** One version of the draft: the first draft, then each amendment with the organisation that made it. */
    public record Version(String amendmentId, OrganisationId by, String text, LocalDate on) {
    }

    /** A correction of approved minutes: what it corrects (the minutes or an earlier correction), and its approval. */
    public record Correction(String id, String corrects, String passage, String text, LocalDate proposedOn,
                             boolean approved, MinutesApproval approvedAt, MeetingId approvedAtMeeting,
                             LocalDate approvedOn) {
    }
}
