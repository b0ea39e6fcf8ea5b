package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.Versioned;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting as the read model keeps it: agenda, attendance by organisation (person references only), outcomes,
 * decisions, action items, and the minutes with every draft version, their approval and their corrections.
 */
public final class MeetingView implements Versioned {

    /** The aggregate's version this view shows (its {@code ETag}). */
    public long version;

    public MeetingId id;
    public WorkingGroupId groupId;
    public WorkshopSeriesId seriesId;
    public Integer workshopNumber;
    public String title;
    public LocalDateTime startsAt;
    public String place;
    public MeetingStatus status;
    public LocalDate heldOn;
    public LocalDate cancelledOn;
    public List<AgendaItem> agenda = new ArrayList<>();
    public List<AgendaItem> withdrawnAgendaItems = new ArrayList<>();
    /** Organisation id to the people who attended on its behalf. */
    public Map<String, List<Attendee>> attendance = new LinkedHashMap<>();
    public List<Outcome> challenges = new ArrayList<>();
    public List<Outcome> strategies = new ArrayList<>();
    public List<Outcome> actors = new ArrayList<>();
    public List<Decision> decisions = new ArrayList<>();
    public List<ActionItem> actionItems = new ArrayList<>();
    public Minutes minutes = new Minutes();

    /** A person who attended; the name is personal data (erased ones read as erased). */
    public static final class Attendee {
        public org.verbund.core.kernel.PersonRef person;
        public org.verbund.core.kernel.PersonalText name;
    }

    public static final class AgendaItem {
        public String id;
        public String title;
    }

    /**
     * A challenge, strategy or actor assignment.
     *
     * @see #addresses the challenges a strategy addresses
     */
    public static final class Outcome {
        public String id;
        public String text;
        public List<String> addresses;
        public String strategyId;
        public ResponsibleLevel level;
    }

    public static final class Decision {
        public String id;
        public String text;
        public List<OrganisationId> decidedBy;
        public boolean unanimous;
        public List<Dissent> dissent;
        public LocalDate decidedOn;
    }

    /** @see #state OPEN, DONE or DROPPED */
    public static final class ActionItem {
        public String id;
        public String text;
        public OrganisationId owner;
        public LocalDate dueOn;
        public String decisionId;
        public String state;
        public LocalDate closedOn;
    }

    /** @see #state NONE, DRAFT or APPROVED; {@code text} is the current draft, or the approved text */
    public static final class Minutes {
        public String state = "NONE";
        public String text;
        public List<Version> versions = new ArrayList<>();
        public MinutesApproval approvedAt;
        public MeetingId approvedAtMeeting;
        public LocalDate approvedOn;
        public List<Correction> corrections = new ArrayList<>();
    }

    /** One version of the draft: the first draft, then each amendment with the organisation that made it. */
    public static final class Version {
        public String amendmentId;
        public OrganisationId by;
        public String text;
        public LocalDate on;
    }

    public static final class Correction {
        public String id;
        public String corrects;
        public String passage;
        public String text;
        public LocalDate proposedOn;
        public boolean approved;
        public MinutesApproval approvedAt;
        public MeetingId approvedAtMeeting;
        public LocalDate approvedOn;
    }

    /** What an organisation outside the group may read: the meeting, and its minutes once approved. */
    public MeetingView published() {
        MeetingView published = new MeetingView();
        published.id = id;
        published.groupId = groupId;
        published.seriesId = seriesId;
        published.workshopNumber = workshopNumber;
        published.title = title;
        published.startsAt = startsAt;
        published.place = place;
        published.status = status;
        published.heldOn = heldOn;
        published.cancelledOn = cancelledOn;
        published.version = version;
        published.decisions = "APPROVED".equals(minutes.state) ? decisions : new ArrayList<>();
        if ("APPROVED".equals(minutes.state)) {
            published.minutes.state = minutes.state;
            published.minutes.text = minutes.text;
            published.minutes.approvedAt = minutes.approvedAt;
            published.minutes.approvedAtMeeting = minutes.approvedAtMeeting;
            published.minutes.approvedOn = minutes.approvedOn;
            published.minutes.corrections = minutes.corrections.stream().filter(correction -> correction.approved)
                                                               .toList();
        }
        return published;
    }

    @Override
    public void stampVersion(long version) {
        this.version = version;
    }
}
