package org.verbund.gateway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.core.audit.api.FindAggregateHistoryQuery;
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.gateway.security.Callers;
import org.verbund.workshop.api.ActionItemEntry;
import org.verbund.workshop.api.AddAgendaItemCommand;
import org.verbund.workshop.api.AdmitMemberCommand;
import org.verbund.workshop.api.AmendMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCorrectionCommand;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.CancelMeetingCommand;
import org.verbund.workshop.api.CompleteActionItemCommand;
import org.verbund.workshop.api.ConstituteWorkingGroupCommand;
import org.verbund.workshop.api.DecisionEntry;
import org.verbund.workshop.api.Dissent;
import org.verbund.workshop.api.DissolveWorkingGroupCommand;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.DropActionItemCommand;
import org.verbund.workshop.api.FindActionItemsQuery;
import org.verbund.workshop.api.FindDecisionsQuery;
import org.verbund.workshop.api.FindMeetingQuery;
import org.verbund.workshop.api.FindReceivedResultsQuery;
import org.verbund.workshop.api.FindSeriesMapQuery;
import org.verbund.workshop.api.FindWorkingGroupQuery;
import org.verbund.workshop.api.FindWorkingGroupsQuery;
import org.verbund.workshop.api.HoldMeetingCommand;
import org.verbund.workshop.api.IdentifyChallengeCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.PlanWorkshopSeriesCommand;
import org.verbund.workshop.api.ProposeMinutesCorrectionCommand;
import org.verbund.workshop.api.ProposeStrategyCommand;
import org.verbund.workshop.api.ReceiveResultsCommand;
import org.verbund.workshop.api.ReceivedResultsView;
import org.verbund.workshop.api.RecordAttendanceCommand;
import org.verbund.workshop.api.RecordDecisionCommand;
import org.verbund.workshop.api.RemoveMemberCommand;
import org.verbund.workshop.api.ReorderAgendaCommand;
import org.verbund.workshop.api.RescheduleMeetingCommand;
import org.verbund.workshop.api.ResponsibleLevel;
import org.verbund.workshop.api.ScheduleMeetingCommand;
import org.verbund.workshop.api.SeriesMap;
import org.verbund.workshop.api.SetUpWorkingGroupCommand;
import org.verbund.workshop.api.TransferResultsCommand;
import org.verbund.workshop.api.WithdrawAgendaItemCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupView;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.verbund.gateway.web.CommandWrites.isCoordinator;
import static org.verbund.gateway.web.CommandWrites.orToday;

/**
 * Working groups, workshop series and meetings over HTTP. The leading and managing organisations of a group (and
 * coordinators) manage its meetings and record outcomes; organisations that attended amend draft minutes; members
 * read everything of their group; other organisations read a publishing group's approved minutes and decisions
 * (the rest is 404 to them); an action item's owner marks it done.
 */
@RestController
@RequestMapping("/api/workshops")
@Tag(name = "Workshops")
public class WorkshopController {

    public record GroupRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String mandate,
                               @NotBlank String leadingOrganisationId, @NotBlank String managingOrganisationId,
                               @NotBlank String reportsToId, List<@NotBlank String> memberIds,
                               Boolean publishesResults, LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record MemberRequest(@NotBlank String organisationId, LocalDate effectiveOn,
                                @Size(max = 1000) String reason) {
    }

    public record ConstituteRequest(@NotBlank String meetingId, LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record TransferRequest(String seriesId, String meetingId, @NotBlank @Size(max = 4000) String summary,
                                  List<@NotBlank String> decisionIds, LocalDate effectiveOn,
                                  @Size(max = 1000) String reason) {
    }

    public record SeriesRequest(@NotBlank @Size(max = 200) String title, List<@Valid @NotNull Workshop> workshops,
                                LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record MeetingRequest(@NotBlank String groupId, String seriesId, Integer workshopNumber,
                                 @NotBlank @Size(max = 200) String title, @NotNull LocalDateTime startsAt,
                                 @Size(max = 200) String place, LocalDate effectiveOn,
                                 @Size(max = 1000) String reason) {
    }

    public record RescheduleRequest(@NotNull LocalDateTime startsAt, @Size(max = 200) String place,
                                    LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record Plain(LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record TextRequest(@NotBlank @Size(max = 20000) String text, LocalDate effectiveOn,
                              @Size(max = 1000) String reason) {
    }

    public record OrderRequest(@NotEmpty List<@NotBlank String> itemIds, LocalDate effectiveOn) {
    }

    public record AttendanceRequest(@NotBlank String personRef, @Size(max = 200) String name,
                                    @NotBlank String organisationId, LocalDate effectiveOn) {
    }

    public record StrategyRequest(@NotBlank @Size(max = 4000) String text,
                                  @NotEmpty List<@NotBlank String> addressesChallenges, LocalDate effectiveOn) {
    }

    public record ActorRequest(@NotBlank String strategyId, @NotBlank @Size(max = 200) String actor,
                               @NotNull ResponsibleLevel level, LocalDate effectiveOn) {
    }

    public record DissentRequest(@NotBlank String organisationId, @Size(max = 1000) String note) {
    }

    public record DecisionRequest(@NotBlank @Size(max = 4000) String text, @NotEmpty List<@NotBlank String> decidedByIds,
                                  boolean unanimous, List<@Valid @NotNull DissentRequest> dissent,
                                  LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record ActionItemRequest(@NotBlank @Size(max = 4000) String text, String ownerId, LocalDate dueOn,
                                    String decisionId, LocalDate effectiveOn) {
    }

    public record ApprovalRequest(@NotNull MinutesApproval approvedAt, String atMeetingId, LocalDate effectiveOn,
                                  @Size(max = 1000) String reason) {
    }

    public record CorrectionRequest(@NotBlank String corrects, @Size(max = 4000) String passage,
                                    @NotBlank @Size(max = 20000) String text, LocalDate effectiveOn,
                                    @Size(max = 1000) String reason) {
    }

    private final CommandWrites writes;
    private final QueryGateway queries;
    private final Callers callers;
    private final LiveUpdates live;

    public WorkshopController(CommandWrites writes, QueryGateway queries, Callers callers, LiveUpdates live) {
        this.writes = writes;
        this.queries = queries;
        this.callers = callers;
        this.live = live;
    }

    // working groups

    @PostMapping("/groups")
    @Operation(summary = "Set up a working group (COORDINATOR)")
    public ResponseEntity<Map<String, String>> setUp(@Valid @RequestBody GroupRequest request,
                                                     @RequestHeader(value = "Idempotency-Key", required = false)
                                                     String key) {
        Caller caller = callers.current(request.reason(), key, null);
        if (!isCoordinator(caller)) {
            throw new AccessDeniedException("Only a coordinator sets up working groups");
        }
        WorkingGroupId id = WorkingGroupId.random();
        return writes.create(caller, key, "group " + request, "/api/workshops/groups/", id.value(),
                      new SetUpWorkingGroupCommand(id, request.name(), request.mandate(),
                              OrganisationId.of(request.leadingOrganisationId()),
                              OrganisationId.of(request.managingOrganisationId()),
                              OrganisationId.of(request.reportsToId()),
                              request.memberIds() == null ? List.of()
                                      : request.memberIds().stream().map(OrganisationId::of).toList(),
                              request.publishesResults() == null || request.publishesResults(),
                              orToday(request.effectiveOn())));
    }

    @GetMapping("/groups")
    @Operation(summary = "All working groups with members and upcoming meetings")
    public List<WorkingGroupView> groups() {
        return queries.query(new FindWorkingGroupsQuery(), ResponseTypes.multipleInstancesOf(WorkingGroupView.class))
                      .join();
    }

    @GetMapping("/groups/{id}")
    @Operation(summary = "One working group")
    public WorkingGroupView group(@PathVariable String id) {
        return groupOf(WorkingGroupId.of(id));
    }

    @PostMapping("/groups/{id}/members")
    @Operation(summary = "Admit a member (the group's leading or managing organisation, COORDINATOR)")
    public ResponseEntity<Void> admit(@PathVariable String id, @Valid @RequestBody MemberRequest request,
                                      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return runGroup(id, key, request.reason(), "admit " + request, group ->
                new AdmitMemberCommand(group, OrganisationId.of(request.organisationId()),
                                       orToday(request.effectiveOn())));
    }

    @PostMapping("/groups/{id}/members/{organisationId}/remove")
    @Operation(summary = "A member leaves the group")
    public ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String organisationId,
                                       @Valid @RequestBody(required = false) Plain request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Plain given = plain(request);
        return runGroup(id, key, given.reason(), "remove " + organisationId + given, group ->
                new RemoveMemberCommand(group, OrganisationId.of(organisationId), orToday(given.effectiveOn())));
    }

    @PostMapping("/groups/{id}/constitute")
    @Operation(summary = "Record the group's constitution at its constituent meeting")
    public ResponseEntity<Void> constitute(@PathVariable String id, @Valid @RequestBody ConstituteRequest request,
                                           @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return runGroup(id, key, request.reason(), "constitute " + request, group ->
                new ConstituteWorkingGroupCommand(group, MeetingId.of(request.meetingId()),
                                                  orToday(request.effectiveOn())));
    }

    @PostMapping("/groups/{id}/dissolve")
    @Operation(summary = "Dissolve the group")
    public ResponseEntity<Void> dissolve(@PathVariable String id, @Valid @RequestBody(required = false) Plain request,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Plain given = plain(request);
        return runGroup(id, key, given.reason(), "dissolve " + given, group ->
                new DissolveWorkingGroupCommand(group, orToday(given.effectiveOn())));
    }

    @PostMapping("/groups/{id}/transfers")
    @Operation(summary = "Transfer the results of a series or a meeting to the body the group reports to")
    public ResponseEntity<Map<String, String>> transfer(@PathVariable String id,
                                                        @Valid @RequestBody TransferRequest request,
                                                        @RequestHeader(value = "Idempotency-Key", required = false)
                                                        String key) {
        Caller caller = callers.current(request.reason(), key, null);
        WorkingGroupView group = runnableGroup(caller, WorkingGroupId.of(id));
        String transferId = "transfer-" + UUID.randomUUID();
        return writes.create(caller, key, "transfer " + id + request, "/api/workshops/groups/" + id + "/transfers/",
                      transferId, new TransferResultsCommand(
                              group.id, transferId,
                              request.seriesId() == null ? null : WorkshopSeriesId.of(request.seriesId()),
                              request.meetingId() == null ? null : MeetingId.of(request.meetingId()),
                              request.summary(), request.decisionIds(), orToday(request.effectiveOn())));
    }

    @PostMapping("/groups/{id}/series")
    @Operation(summary = "Plan a workshop series; without workshops, the report's three-workshop template")
    public ResponseEntity<Map<String, String>> planSeries(@PathVariable String id,
                                                          @Valid @RequestBody SeriesRequest request,
                                                          @RequestHeader(value = "Idempotency-Key", required = false)
                                                          String key) {
        Caller caller = callers.current(request.reason(), key, null);
        WorkingGroupView group = runnableGroup(caller, WorkingGroupId.of(id));
        WorkshopSeriesId seriesId = WorkshopSeriesId.random();
        return writes.create(caller, key, "series " + id + request, "/api/workshops/series/", seriesId.value(),
                      new PlanWorkshopSeriesCommand(seriesId, group.id, request.title(), request.workshops(),
                                                    orToday(request.effectiveOn())));
    }

    @GetMapping("/series/{id}/map")
    @Operation(summary = "The series' results joined: challenges, the strategies addressing them, their actors")
    public SeriesMap seriesMap(@PathVariable String id) {
        SeriesMap map = queries.query(new FindSeriesMapQuery(WorkshopSeriesId.of(id)),
                                      ResponseTypes.instanceOf(SeriesMap.class)).join();
        if (map == null || !mayRead(callers.current(null, null, null), groupOf(map.groupId()))) {
            throw new ProblemHandling.NotFound();
        }
        return map;
    }

    @GetMapping("/received-results/{bodyId}")
    @Operation(summary = "What a coordination body received from working groups, and from where")
    public ReceivedResultsView receivedResults(@PathVariable String bodyId) {
        return queries.query(new FindReceivedResultsQuery(OrganisationId.of(bodyId)),
                             ResponseTypes.instanceOf(ReceivedResultsView.class)).join();
    }

    @GetMapping("/groups/{id}/history")
    @Operation(summary = "Every event of the group: who, on whose behalf, recorded, effective, why")
    public List<TimelineEntry> groupHistory(@PathVariable String id) {
        WorkingGroupView group = groupOf(WorkingGroupId.of(id));
        if (!mayRead(callers.current(null, null, null), group)) {
            throw new ProblemHandling.NotFound();
        }
        return history(id);
    }

    @GetMapping("/received-results/{bodyId}/history")
    @Operation(summary = "Every result transfer the body received, as events")
    public List<TimelineEntry> receivedResultsHistory(@PathVariable String bodyId) {
        return history(ReceiveResultsCommand.inboxOf(OrganisationId.of(bodyId)));
    }

    // meetings

    @PostMapping("/meetings")
    @Operation(summary = "Schedule a meeting of a group, optionally as a workshop of one of its series")
    public ResponseEntity<Map<String, String>> schedule(@Valid @RequestBody MeetingRequest request,
                                                        @RequestHeader(value = "Idempotency-Key", required = false)
                                                        String key) {
        Caller caller = callers.current(request.reason(), key, null);
        WorkingGroupView group = runnableGroup(caller, WorkingGroupId.of(request.groupId()));
        MeetingId meetingId = MeetingId.random();
        return writes.create(caller, key, "meeting " + request, "/api/workshops/meetings/", meetingId.value(),
                      new ScheduleMeetingCommand(meetingId, group.id,
                              request.seriesId() == null ? null : WorkshopSeriesId.of(request.seriesId()),
                              request.workshopNumber(), request.title(), request.startsAt(), request.place(),
                              orToday(request.effectiveOn())));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "A meeting: agenda, attendance, outcomes, decisions, minutes with approval and corrections "
                         + "(outside the group: its approved minutes and decisions, if the group publishes)")
    public MeetingView meeting(@PathVariable String id) {
        Caller caller = callers.current(null, null, null);
        MeetingView meeting = meetingOf(MeetingId.of(id));
        WorkingGroupView group = groupOf(meeting.groupId);
        return isMember(caller, group) || attended(caller, meeting) ? meeting
                : visible(caller, group, meeting.published());
    }

    @GetMapping(path = "/meetings/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The meeting, live (server-sent events; members of the group)")
    public SseEmitter meetingStream(@PathVariable String id) {
        Caller caller = callers.current(null, null, null);
        MeetingView meeting = meetingOf(MeetingId.of(id));
        if (!isMember(caller, groupOf(meeting.groupId))) {
            throw new ProblemHandling.NotFound();
        }
        return live.stream(new FindMeetingQuery(meeting.id), MeetingView.class, any -> true);
    }

    @GetMapping("/meetings/{id}/history")
    @Operation(summary = "Every event of the meeting, draft minutes included (members and attendees)")
    public List<TimelineEntry> meetingHistory(@PathVariable String id) {
        Caller caller = callers.current(null, null, null);
        MeetingView meeting = meetingOf(MeetingId.of(id));
        if (!isMember(caller, groupOf(meeting.groupId)) && !attended(caller, meeting)) {
            throw new ProblemHandling.NotFound();
        }
        return history(id);
    }

    @PostMapping("/meetings/{id}/reschedule")
    public ResponseEntity<Void> reschedule(@PathVariable String id, @Valid @RequestBody RescheduleRequest request,
                                           @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return runMeeting(id, key, request.reason(), "reschedule " + request, meeting ->
                new RescheduleMeetingCommand(meeting, request.startsAt(), request.place(),
                                             orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/{transition:cancel|hold}")
    @Operation(summary = "Cancel a scheduled meeting, or record that it was held")
    public ResponseEntity<Void> cancelOrHold(@PathVariable String id, @PathVariable String transition,
                                             @Valid @RequestBody(required = false) Plain request,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Plain given = plain(request);
        return runMeeting(id, key, given.reason(), transition + given, meeting -> transition.equals("cancel")
                ? new CancelMeetingCommand(meeting, orToday(given.effectiveOn()))
                : new HoldMeetingCommand(meeting, orToday(given.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/agenda")
    public ResponseEntity<Map<String, String>> addAgendaItem(@PathVariable String id,
                                                             @Valid @RequestBody TextRequest request,
                                                             @RequestHeader(value = "Idempotency-Key",
                                                                            required = false) String key) {
        return createInMeeting(id, key, request.reason(), "agenda", request, (meeting, itemId) ->
                new AddAgendaItemCommand(meeting, itemId, request.text(), orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/agenda/order")
    public ResponseEntity<Void> reorderAgenda(@PathVariable String id, @Valid @RequestBody OrderRequest request,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return runMeeting(id, key, null, "order " + request, meeting ->
                new ReorderAgendaCommand(meeting, request.itemIds(), orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/withdraw")
    public ResponseEntity<Void> withdrawAgendaItem(@PathVariable String id, @PathVariable String itemId,
                                                   @Valid @RequestBody(required = false) Plain request,
                                                   @RequestHeader(value = "Idempotency-Key", required = false)
                                                   String key) {
        Plain given = plain(request);
        return runMeeting(id, key, given.reason(), "withdraw " + itemId + given, meeting ->
                new WithdrawAgendaItemCommand(meeting, itemId, orToday(given.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/attendance")
    @Operation(summary = "Record that a person attended on behalf of an organisation (a reference; the name, if "
                         + "given, is personal data, erasable)")
    public ResponseEntity<Void> attendance(@PathVariable String id, @Valid @RequestBody AttendanceRequest request,
                                           @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        PersonRef person = PersonRef.of(request.personRef());
        return runMeeting(id, key, null, "attendance " + request, meeting ->
                new RecordAttendanceCommand(meeting, person,
                                            request.name() == null ? null : PersonalText.of(person, request.name()),
                                            OrganisationId.of(request.organisationId()),
                                            orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/challenges")
    public ResponseEntity<Map<String, String>> challenge(@PathVariable String id,
                                                         @Valid @RequestBody TextRequest request,
                                                         @RequestHeader(value = "Idempotency-Key", required = false)
                                                         String key) {
        return createInMeeting(id, key, request.reason(), "challenge", request, (meeting, outcomeId) ->
                new IdentifyChallengeCommand(meeting, outcomeId, request.text(), orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/strategies")
    public ResponseEntity<Map<String, String>> strategy(@PathVariable String id,
                                                        @Valid @RequestBody StrategyRequest request,
                                                        @RequestHeader(value = "Idempotency-Key", required = false)
                                                        String key) {
        return createInMeeting(id, key, null, "strategy", request, (meeting, outcomeId) ->
                new ProposeStrategyCommand(meeting, outcomeId, request.text(), request.addressesChallenges(),
                                           orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/actors")
    public ResponseEntity<Map<String, String>> actor(@PathVariable String id, @Valid @RequestBody ActorRequest request,
                                                     @RequestHeader(value = "Idempotency-Key", required = false)
                                                     String key) {
        return createInMeeting(id, key, null, "actor", request, (meeting, outcomeId) ->
                new AssignActorCommand(meeting, outcomeId, request.strategyId(), request.actor(), request.level(),
                                       orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/decisions")
    public ResponseEntity<Map<String, String>> decision(@PathVariable String id,
                                                        @Valid @RequestBody DecisionRequest request,
                                                        @RequestHeader(value = "Idempotency-Key", required = false)
                                                        String key) {
        List<Dissent> dissent = request.dissent() == null ? List.of() : request.dissent().stream()
                .map(entry -> new Dissent(OrganisationId.of(entry.organisationId()), entry.note())).toList();
        return createInMeeting(id, key, request.reason(), "decision", request, (meeting, outcomeId) ->
                new RecordDecisionCommand(meeting, outcomeId, request.text(),
                                          request.decidedByIds().stream().map(OrganisationId::of).toList(),
                                          request.unanimous(), dissent, orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/action-items")
    public ResponseEntity<Map<String, String>> actionItem(@PathVariable String id,
                                                          @Valid @RequestBody ActionItemRequest request,
                                                          @RequestHeader(value = "Idempotency-Key", required = false)
                                                          String key) {
        return createInMeeting(id, key, null, "action-item", request, (meeting, outcomeId) ->
                new AssignActionItemCommand(meeting, outcomeId, request.text(),
                                            request.ownerId() == null ? null : OrganisationId.of(request.ownerId()),
                                            request.dueOn(), request.decisionId(), orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/action-items/{itemId}/{state:done|drop}")
    @Operation(summary = "Mark an action item done, or drop it (its owner, or who runs the group)")
    public ResponseEntity<Void> closeActionItem(@PathVariable String id, @PathVariable String itemId,
                                                @PathVariable String state,
                                                @Valid @RequestBody(required = false) Plain request,
                                                @RequestHeader(value = "Idempotency-Key", required = false)
                                                String key) {
        Plain given = plain(request);
        Caller caller = callers.current(given.reason(), key, null);
        MeetingView meeting = meetingOf(MeetingId.of(id));
        WorkingGroupView group = visibleGroup(caller, meeting);
        boolean owner = meeting.actionItems.stream().anyMatch(item -> item.id.equals(itemId)
                && caller.organisationId() != null && item.owner.value().equals(caller.organisationId()));
        if (!owner && !runs(caller, group)) {
            throw new AccessDeniedException("Only the owner or who runs the group closes an action item");
        }
        return writes.send(caller, key, state + " " + itemId + given, state.equals("done")
                ? new CompleteActionItemCommand(meeting.id, itemId, orToday(given.effectiveOn()))
                : new DropActionItemCommand(meeting.id, itemId, orToday(given.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/minutes")
    @Operation(summary = "Draft the minutes of a meeting that was held")
    public ResponseEntity<Void> draftMinutes(@PathVariable String id, @Valid @RequestBody TextRequest request,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return runMeeting(id, key, request.reason(), "minutes " + request, meeting ->
                new DraftMinutesCommand(meeting, request.text(), orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/minutes/amendments")
    @Operation(summary = "Amend the draft minutes (organisations that attended; the text is the whole new draft)")
    public ResponseEntity<Map<String, String>> amendMinutes(@PathVariable String id,
                                                            @Valid @RequestBody TextRequest request,
                                                            @RequestHeader(value = "Idempotency-Key",
                                                                           required = false) String key) {
        Caller caller = callers.current(request.reason(), key, null);
        MeetingView meeting = meetingOf(MeetingId.of(id));
        visibleGroup(caller, meeting); // whether it attended is the meeting's rule
        String amendmentId = "amendment-" + UUID.randomUUID();
        return writes.create(caller, key, "amend " + id + request, "/api/workshops/meetings/" + id + "/minutes/amendments/",
                      amendmentId, new AmendMinutesCommand(meeting.id, amendmentId,
                                                           caller.organisationId() == null ? null
                                                                   : OrganisationId.of(caller.organisationId()),
                                                           request.text(), orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/minutes/approve")
    @Operation(summary = "Approve the draft minutes: by the leading organisation, or at the next meeting")
    public ResponseEntity<Void> approveMinutes(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
                                               @RequestHeader(value = "Idempotency-Key", required = false)
                                               String key) {
        return runMeeting(id, key, request.reason(), "approve " + request, meeting ->
                new ApproveMinutesCommand(meeting, request.approvedAt(), meetingIdOrNull(request.atMeetingId()),
                                          orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/minutes/corrections")
    @Operation(summary = "Propose a correction of approved minutes (they stay as approved; the correction needs its "
                         + "own approval)")
    public ResponseEntity<Map<String, String>> proposeCorrection(@PathVariable String id,
                                                                 @Valid @RequestBody CorrectionRequest request,
                                                                 @RequestHeader(value = "Idempotency-Key",
                                                                                required = false) String key) {
        return createInMeeting(id, key, request.reason(), "correction", request, (meeting, correctionId) ->
                new ProposeMinutesCorrectionCommand(meeting, correctionId, request.corrects(), request.passage(),
                                                    request.text(), orToday(request.effectiveOn())));
    }

    @PostMapping("/meetings/{id}/minutes/corrections/{correctionId}/approve")
    public ResponseEntity<Void> approveCorrection(@PathVariable String id, @PathVariable String correctionId,
                                                  @Valid @RequestBody ApprovalRequest request,
                                                  @RequestHeader(value = "Idempotency-Key", required = false)
                                                  String key) {
        return runMeeting(id, key, request.reason(), "approve " + correctionId + request, meeting ->
                new ApproveMinutesCorrectionCommand(meeting, correctionId, request.approvedAt(),
                                                    meetingIdOrNull(request.atMeetingId()),
                                                    orToday(request.effectiveOn())));
    }

    // registers

    @GetMapping("/decisions")
    @Operation(summary = "The decision register: every decision with its meeting, group, date and action items; "
                         + "filter by group, organisation, from, to")
    public List<DecisionEntry> decisions(@RequestParam(required = false) String group,
                                         @RequestParam(required = false) String organisation,
                                         @RequestParam(required = false) LocalDate from,
                                         @RequestParam(required = false) LocalDate to) {
        return queries.query(decisionsQuery(group, organisation, from, to),
                             ResponseTypes.multipleInstancesOf(DecisionEntry.class)).join();
    }

    @GetMapping(path = "/decisions/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The decision register, live: the register, then each new or changed entry")
    public SseEmitter decisionsStream(@RequestParam(required = false) String group,
                                      @RequestParam(required = false) String organisation,
                                      @RequestParam(required = false) LocalDate from,
                                      @RequestParam(required = false) LocalDate to) {
        return live.stream(decisionsQuery(group, organisation, from, to),
                           ResponseTypes.multipleInstancesOf(DecisionEntry.class), DecisionEntry.class, any -> true);
    }

    @GetMapping("/action-items")
    @Operation(summary = "The caller's organisation's action items: overdue, open, done (a coordinator may ask for "
                         + "another organisation's)")
    public List<ActionItemEntry> actionItems(@RequestParam(required = false) String organisation) {
        return queries.query(actionItemsQuery(organisation), ResponseTypes.multipleInstancesOf(ActionItemEntry.class))
                      .join();
    }

    @GetMapping(path = "/action-items/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter actionItemsStream(@RequestParam(required = false) String organisation) {
        return live.stream(actionItemsQuery(organisation), ResponseTypes.multipleInstancesOf(ActionItemEntry.class),
                           List.class, any -> true);
    }

    // helpers

    private List<TimelineEntry> history(String aggregateId) {
        return queries.query(new FindAggregateHistoryQuery(aggregateId),
                             ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join()
                      .stream().map(TimelineEntry::of).toList();
    }

    private FindDecisionsQuery decisionsQuery(String group, String organisation, LocalDate from, LocalDate to) {
        Caller caller = callers.current(null, null, null);
        return new FindDecisionsQuery(group == null ? null : WorkingGroupId.of(group),
                                      organisation == null ? null : OrganisationId.of(organisation), from, to,
                                      caller.organisationId() == null ? null
                                              : OrganisationId.of(caller.organisationId()),
                                      isCoordinator(caller));
    }

    private FindActionItemsQuery actionItemsQuery(String organisation) {
        Caller caller = callers.current(null, null, null);
        String whose = organisation == null ? caller.organisationId() : organisation;
        if (whose == null || (!isCoordinator(caller) && !whose.equals(caller.organisationId()))) {
            throw new AccessDeniedException("An organisation sees its own action items");
        }
        return new FindActionItemsQuery(OrganisationId.of(whose));
    }

    /** Sends a command on a group the caller runs. */
    private ResponseEntity<Void> runGroup(String groupId, String key, String reason, String request,
                                          Function<WorkingGroupId, Object> command) {
        Caller caller = callers.current(reason, key, null);
        WorkingGroupView group = runnableGroup(caller, WorkingGroupId.of(groupId));
        return writes.send(caller, key, request + " " + groupId, command.apply(group.id));
    }

    /** Sends a command on a meeting of a group the caller runs. */
    private ResponseEntity<Void> runMeeting(String meetingId, String key, String reason, String request,
                                            Function<MeetingId, Object> command) {
        Caller caller = callers.current(reason, key, null);
        MeetingView meeting = meetingOf(MeetingId.of(meetingId));
        requireRuns(caller, visibleGroup(caller, meeting));
        return writes.send(caller, key, request + " " + meetingId, command.apply(meeting.id));
    }

    /** Records something new in a meeting of a group the caller runs: 201 with its id. */
    private ResponseEntity<Map<String, String>> createInMeeting(
            String meetingId, String key, String reason, String kind, Object request,
            java.util.function.BiFunction<MeetingId, String, Object> command) {
        Caller caller = callers.current(reason, key, null);
        MeetingView meeting = meetingOf(MeetingId.of(meetingId));
        requireRuns(caller, visibleGroup(caller, meeting));
        String id = kind + "-" + UUID.randomUUID();
        return writes.create(caller, key, kind + " " + meetingId + request,
                      "/api/workshops/meetings/" + meetingId + "/" + kind + "/", id, command.apply(meeting.id, id));
    }

    private WorkingGroupView runnableGroup(Caller caller, WorkingGroupId groupId) {
        WorkingGroupView group = groupOf(groupId);
        requireRuns(caller, group);
        return group;
    }

    private static void requireRuns(Caller caller, WorkingGroupView group) {
        if (!runs(caller, group)) {
            throw new AccessDeniedException("Only the group's leading or managing organisation, or a coordinator");
        }
    }

    /** The meeting's group, if the caller may see the meeting at all (else 404, as for an unknown meeting). */
    private WorkingGroupView visibleGroup(Caller caller, MeetingView meeting) {
        WorkingGroupView group = groupOf(meeting.groupId);
        if (!mayRead(caller, group) && !attended(caller, meeting)) {
            throw new ProblemHandling.NotFound();
        }
        return group;
    }

    private static MeetingView visible(Caller caller, WorkingGroupView group, MeetingView published) {
        if (!mayRead(caller, group)) {
            throw new ProblemHandling.NotFound();
        }
        return published;
    }

    private WorkingGroupView groupOf(WorkingGroupId groupId) {
        WorkingGroupView group = queries.query(new FindWorkingGroupQuery(groupId),
                                               ResponseTypes.instanceOf(WorkingGroupView.class)).join();
        if (group == null) {
            throw new ProblemHandling.NotFound();
        }
        return group;
    }

    private MeetingView meetingOf(MeetingId meetingId) {
        MeetingView meeting = queries.query(new FindMeetingQuery(meetingId), ResponseTypes.instanceOf(MeetingView.class))
                                     .join();
        if (meeting == null) {
            throw new ProblemHandling.NotFound();
        }
        return meeting;
    }

    private static boolean attended(Caller caller, MeetingView meeting) {
        return caller.organisationId() != null && meeting.attendance.containsKey(caller.organisationId());
    }

    private static boolean runs(Caller caller, WorkingGroupView group) {
        return isCoordinator(caller)
               || (caller.organisationId() != null && group.isRunBy(OrganisationId.of(caller.organisationId())));
    }

    private static boolean isMember(Caller caller, WorkingGroupView group) {
        return isCoordinator(caller)
               || (caller.organisationId() != null && group.hasMember(OrganisationId.of(caller.organisationId())));
    }

    /** Members read everything of their group; others what a publishing group publishes. */
    private static boolean mayRead(Caller caller, WorkingGroupView group) {
        return isMember(caller, group) || group.publishesResults;
    }

    private static MeetingId meetingIdOrNull(String id) {
        return id == null || id.isBlank() ? null : MeetingId.of(id);
    }

    private static Plain plain(Plain request) {
        return request == null ? new Plain(null, null) : request;
    }
}
