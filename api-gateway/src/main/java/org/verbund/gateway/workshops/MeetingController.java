package org.verbund.gateway.workshops;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.core.eventstore.Caller;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.DatedRequest;
import org.verbund.gateway.web.Histories;
import org.verbund.gateway.web.LiveUpdates;
import org.verbund.gateway.web.Tagged;
import org.verbund.gateway.web.TimelineEntry;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;
import org.verbund.workshop.api.CancelMeetingCommand;
import org.verbund.workshop.api.FindMeetingInFullQuery;
import org.verbund.workshop.api.HoldMeetingCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.WithdrawAgendaItemCommand;

import java.util.List;
import java.util.UUID;

/**
 * Meetings of working groups: scheduled, held or cancelled, with their agenda and attendance, by who runs the group
 * (the Meeting aggregate's rule); read as {@link WorkshopReads} says.
 */
@RestController
@RequestMapping(path = "/api/workshops/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workshops")
public class MeetingController {

    static final String PATH = "/api/workshops/meetings/";

    private final CommandWrites writes;
    private final WorkshopReads reads;
    private final Histories histories;
    private final LiveUpdates live;

    public MeetingController(CommandWrites writes, WorkshopReads reads, Histories histories, LiveUpdates live) {
        this.writes = writes;
        this.reads = reads;
        this.histories = histories;
        this.live = live;
    }

    @PostMapping
    @Operation(summary = "Schedule a meeting of a group, optionally as a workshop of one of its series")
    public ResponseEntity<CommandWrites.Created> schedule(@Valid @RequestBody MeetingRequest request, Write write) {
        return writes.create(write.because(request.reason()), request, PATH, () -> UUID.randomUUID().toString(),
                             request::toCommand);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting: agenda, attendance, outcomes, decisions, minutes with approval and corrections "
                         + "(outside the group: its approved minutes and decisions, if the group publishes)")
    public ResponseEntity<MeetingView> meeting(@PathVariable @ValidId String id, Caller caller) {
        MeetingView meeting = reads.meetingFor(caller, id);
        return Tagged.ok(meeting.version(), meeting);
    }

    @GetMapping(path = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The meeting, live (server-sent events; members of the group and attendees)")
    public SseEmitter meetingStream(@PathVariable @ValidId String id, Caller caller) {
        return live.stream(new FindMeetingInFullQuery(reads.wholeMeetingFor(caller, id).id(), caller.actor()),
                           MeetingView.class, any -> true);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of the meeting, draft minutes included (members and attendees)")
    public List<TimelineEntry> meetingHistory(@PathVariable @ValidId String id, Caller caller) {
        reads.wholeMeetingFor(caller, id);
        return histories.of(id);
    }

    @PostMapping("/{id}/reschedule")
    @Operation(summary = "Move a scheduled meeting")
    public ResponseEntity<Void> reschedule(@PathVariable @ValidId String id,
                                           @Valid @RequestBody RescheduleRequest request, Write write) {
        return writes.send(write.because(request.reason()), request, request.toCommand(id));
    }

    @PostMapping("/{id}/{transition:cancel|hold}")
    @Operation(summary = "Cancel a scheduled meeting, or record that it was held")
    public ResponseEntity<Void> cancelOrHold(
            @PathVariable @ValidId String id,
            @PathVariable @Parameter(schema = @Schema(allowableValues = {"hold", "cancel"})) String transition,
            @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        MeetingId meeting = new MeetingId(id);
        return writes.send(write.because(given.reason()), given, transition.equals("cancel")
                ? new CancelMeetingCommand(meeting, given.on()) : new HoldMeetingCommand(meeting, given.on()));
    }

    @PostMapping("/{id}/agenda")
    @Operation(summary = "Add an agenda item before the meeting")
    public ResponseEntity<CommandWrites.Created> addAgendaItem(@PathVariable @ValidId String id,
                                                               @Valid @RequestBody TextRequest request, Write write) {
        return writes.create(write.because(request.reason()), request, PATH + id + "/agenda/",
                             () -> "agenda-" + UUID.randomUUID(), item -> request.toAgendaItem(id, item));
    }

    @PostMapping("/{id}/agenda/order")
    @Operation(summary = "Put the agenda in a new order (every item once)")
    public ResponseEntity<Void> reorderAgenda(@PathVariable @ValidId String id,
                                              @Valid @RequestBody OrderRequest request, Write write) {
        return writes.send(write, request, request.toCommand(id));
    }

    @PostMapping("/{id}/agenda/{itemId}/withdraw")
    @Operation(summary = "Withdraw an agenda item before the meeting")
    public ResponseEntity<Void> withdrawAgendaItem(@PathVariable @ValidId String id,
                                                   @PathVariable @ValidId String itemId,
                                                   @Valid @RequestBody(required = false) DatedRequest request,
                                                   Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        return writes.send(write.because(given.reason()), given,
                           new WithdrawAgendaItemCommand(new MeetingId(id), itemId, given.on()));
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record that a person attended on behalf of an organisation (a reference; the name, if "
                         + "given, is personal data, erasable)")
    public ResponseEntity<Void> attendance(@PathVariable @ValidId String id,
                                           @Valid @RequestBody AttendanceRequest request, Write write) {
        return writes.send(write, request, request.toCommand(id));
    }
}
