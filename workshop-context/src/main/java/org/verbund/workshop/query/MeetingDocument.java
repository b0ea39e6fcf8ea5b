package org.verbund.workshop.query;

import org.verbund.core.kernel.Actor;
import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.workshop.api.ActionItemState;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingScheduledEvent;
import org.verbund.workshop.api.MeetingStatus;
import org.verbund.workshop.api.MeetingView.ActionItem;
import org.verbund.workshop.api.MeetingView.AgendaItem;
import org.verbund.workshop.api.MeetingView.Attendee;
import org.verbund.workshop.api.MeetingView.Decision;
import org.verbund.workshop.api.MeetingView.Outcome;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.MinutesState;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupView;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting as stored in {@code meetings} (keyed by its id): everything of it, its minutes with every version; what
 * a reader outside the group may see of it is {@link #published()}.
 */
final class MeetingDocument extends SequencedDocument {

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
    /** Organisation id to the people who attended on its behalf (names encrypted, erased with the person's key). */
    public Map<String, List<Attendee>> attendance = new LinkedHashMap<>();
    public List<Outcome> challenges = new ArrayList<>();
    public List<Outcome> strategies = new ArrayList<>();
    public List<Outcome> actors = new ArrayList<>();
    public List<Decision> decisions = new ArrayList<>();
    public List<ActionItem> actionItems = new ArrayList<>();
    public MinutesDocument minutes = new MinutesDocument();

    void scheduled(MeetingScheduledEvent event) {
        id = event.meetingId();
        groupId = event.groupId();
        seriesId = event.seriesId();
        workshopNumber = event.workshopNumber();
        title = event.title();
        startsAt = event.startsAt();
        place = event.place();
        status = MeetingStatus.SCHEDULED;
    }

    void rescheduled(LocalDateTime newStart, String newPlace) {
        startsAt = newStart;
        place = newPlace;
    }

    void cancelled(LocalDate on) {
        status = MeetingStatus.CANCELLED;
        cancelledOn = on;
    }

    void held(LocalDate on) {
        status = MeetingStatus.HELD;
        heldOn = on;
    }

    /** Whether the viewer's organisation attended the meeting. */
    boolean attendedBy(Actor viewer) {
        return viewer.organisation() != null && attendance.containsKey(viewer.organisation().value());
    }

    /** Whether the viewer reads the whole meeting: members of its group (and coordinators), and who attended. */
    boolean isWholeFor(Actor viewer, GroupDocument group) {
        return group.hasMember(viewer) || attendedBy(viewer);
    }

    /** The whole meeting, for the members of its group and the organisations that attended. */
    MeetingView whole() {
        return new MeetingView(version, id, groupId, seriesId, workshopNumber, title, startsAt, place, status, heldOn,
                               cancelledOn, List.copyOf(agenda), List.copyOf(withdrawnAgendaItems),
                               new LinkedHashMap<>(attendance), List.copyOf(challenges), List.copyOf(strategies),
                               List.copyOf(actors), List.copyOf(decisions), List.copyOf(actionItems),
                               minutes.whole());
    }

    /** What a publishing group shows everyone: the meeting, and its decisions and minutes once these are approved. */
    MeetingView published() {
        boolean approved = minutes.state == MinutesState.APPROVED;
        return new MeetingView(version, id, groupId, seriesId, workshopNumber, title, startsAt, place, status, heldOn,
                               cancelledOn, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(),
                               approved ? List.copyOf(decisions) : List.of(), List.of(), minutes.published());
    }

    /** The meeting as its group lists it. */
    WorkingGroupView.MeetingRef listed() {
        return new WorkingGroupView.MeetingRef(id, title, startsAt, status, seriesId, workshopNumber);
    }

    /** The action item, as the meeting holds it now. */
    Optional<ActionItem> actionItem(String actionItemId) {
        return actionItems.stream().filter(item -> item.id().equals(actionItemId)).findFirst();
    }

    /** Marks the action item done or dropped. */
    void close(String actionItemId, ActionItemState state, LocalDate on) {
        actionItems.replaceAll(item -> item.id().equals(actionItemId) ? closed(item, state, on) : item);
    }

    static ActionItem closed(ActionItem item, ActionItemState state, LocalDate on) {
        return new ActionItem(item.id(), item.text(), item.owner(), item.dueOn(), item.decisionId(), state, on);
    }
}
