package org.verbund.workshop.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.JsonDocuments;
import org.verbund.core.readmodel.LiveQueries;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActionItemDroppedEvent;
import org.verbund.workshop.api.ActionItemEntry;
import org.verbund.workshop.api.ActorAssignedEvent;
import org.verbund.workshop.api.AgendaItemAddedEvent;
import org.verbund.workshop.api.AgendaItemWithdrawnEvent;
import org.verbund.workshop.api.AgendaReorderedEvent;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.ChallengeIdentifiedEvent;
import org.verbund.workshop.api.DecisionEntry;
import org.verbund.workshop.api.DecisionRecordedEvent;
import org.verbund.workshop.api.FindActionItemsQuery;
import org.verbund.workshop.api.FindDecisionsQuery;
import org.verbund.workshop.api.FindMeetingQuery;
import org.verbund.workshop.api.FindReceivedResultsQuery;
import org.verbund.workshop.api.FindSeriesMapQuery;
import org.verbund.workshop.api.FindWorkingGroupQuery;
import org.verbund.workshop.api.FindWorkingGroupsQuery;
import org.verbund.workshop.api.MeetingCancelledEvent;
import org.verbund.workshop.api.MeetingHeldEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingRescheduledEvent;
import org.verbund.workshop.api.MeetingScheduledEvent;
import org.verbund.workshop.api.MeetingStatus;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.MemberAdmittedEvent;
import org.verbund.workshop.api.MemberRemovedEvent;
import org.verbund.workshop.api.MinutesAmendedEvent;
import org.verbund.workshop.api.MinutesApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionProposedEvent;
import org.verbund.workshop.api.MinutesDraftedEvent;
import org.verbund.workshop.api.ReceivedResultsView;
import org.verbund.workshop.api.ResultsReceivedEvent;
import org.verbund.workshop.api.ResultsTransferredEvent;
import org.verbund.workshop.api.SeriesMap;
import org.verbund.workshop.api.StrategyProposedEvent;
import org.verbund.workshop.api.WorkingGroupConstitutedEvent;
import org.verbund.workshop.api.WorkingGroupDissolvedEvent;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupSetUpEvent;
import org.verbund.workshop.api.WorkingGroupView;
import org.verbund.workshop.api.WorkshopSeriesId;
import org.verbund.workshop.api.WorkshopSeriesPlannedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.verbund.core.readmodel.JsonDocuments.replaceOrAdd;

/**
 * The workshop context's read models, one processor so that each sees the others up to the same event:
 * {@code working_groups}, {@code meetings} and {@code workshop_series} keyed by their ids, {@code decision_register}
 * keyed by group, {@code action_items} keyed by owner organisation, {@code received_results} keyed by body. Every
 * change replaces an entry by its id, so an event handled twice leaves the same documents.
 */
@Component
@ProcessingGroup("workshop-read-models")
public class WorkshopProjection {

    private final JsonDocuments<WorkingGroupView> groups;
    private final JsonDocuments<MeetingView> meetings;
    private final JsonDocuments<SeriesDocument> series;
    private final JsonDocuments<GroupDecisions> decisions;
    private final JsonDocuments<OwnedActionItems> actionItems;
    private final JsonDocuments<ReceivedResultsView> received;
    private final QueryUpdateEmitter updates;
    private final Clock clock;

    public WorkshopProjection(MongoDatabase verbundDatabase, PersonalDataKeys personalDataKeys,
                              QueryUpdateEmitter updates) {
        this.groups = new JsonDocuments<>(verbundDatabase.getCollection("working_groups"), WorkingGroupView.class);
        // attendees' names are stored as the events hold them: encrypted, and erased with the person's key
        this.meetings = new JsonDocuments<>(verbundDatabase.getCollection("meetings"), MeetingView.class,
                                            new PersonalDataModule(personalDataKeys));
        this.series = new JsonDocuments<>(verbundDatabase.getCollection("workshop_series"), SeriesDocument.class);
        this.decisions = new JsonDocuments<>(verbundDatabase.getCollection("decision_register"), GroupDecisions.class);
        this.actionItems = new JsonDocuments<>(verbundDatabase.getCollection("action_items"), OwnedActionItems.class);
        this.received = new JsonDocuments<>(verbundDatabase.getCollection("received_results"),
                                            ReceivedResultsView.class);
        this.updates = updates;
        this.clock = Clock.systemDefaultZone();
    }

    // working groups

    @EventHandler
    void on(WorkingGroupSetUpEvent event) {
        WorkingGroupView group = new WorkingGroupView();
        group.id = event.groupId();
        group.name = event.name();
        group.mandate = event.mandate();
        group.leadingOrganisation = event.leadingOrganisation();
        group.managingOrganisation = event.managingOrganisation();
        group.reportsTo = event.reportsTo();
        group.publishesResults = event.publishesResults();
        event.members().forEach(member -> group.members.add(member(member, event.effectiveOn())));
        groups.save(event.groupId().value(), group);
    }

    @EventHandler
    void on(MemberAdmittedEvent event) {
        group(event.groupId(), group -> {
            group.members.removeIf(member -> member.organisation.equals(event.member()) && member.leftOn == null);
            group.members.add(member(event.member(), event.effectiveOn()));
        });
    }

    @EventHandler
    void on(MemberRemovedEvent event) {
        group(event.groupId(), group -> group.members.stream()
                .filter(member -> member.organisation.equals(event.member()) && member.leftOn == null)
                .forEach(member -> member.leftOn = event.effectiveOn()));
    }

    @EventHandler
    void on(WorkingGroupConstitutedEvent event) {
        group(event.groupId(), group -> {
            group.constituentMeeting = event.constituentMeeting();
            group.constitutedOn = event.effectiveOn();
        });
    }

    @EventHandler
    void on(WorkingGroupDissolvedEvent event) {
        group(event.groupId(), group -> group.dissolvedOn = event.effectiveOn());
    }

    @EventHandler
    void on(ResultsTransferredEvent event) {
        group(event.groupId(), group -> {
            if (!group.transfers.contains(event.transferId())) {
                group.transfers.add(event.transferId());
            }
        });
    }

    @EventHandler
    void on(ResultsReceivedEvent event) {
        ReceivedResultsView.Transfer transfer = new ReceivedResultsView.Transfer();
        transfer.transferId = event.transferId();
        transfer.fromGroup = event.fromGroup();
        transfer.fromGroupName = groups.find(event.fromGroup().value()).map(group -> group.name).orElse(null);
        transfer.seriesId = event.seriesId();
        transfer.meetingId = event.meetingId();
        transfer.summary = event.summary();
        transfer.decisionIds = event.decisionIds();
        transfer.receivedOn = event.effectiveOn();
        received.update(event.body().value(), () -> {
            ReceivedResultsView view = new ReceivedResultsView();
            view.body = event.body();
            return view;
        }, view -> replaceOrAdd(view.received, existing -> existing.transferId.equals(event.transferId()), transfer));
    }

    // series

    @EventHandler
    void on(WorkshopSeriesPlannedEvent event) {
        SeriesDocument document = new SeriesDocument();
        document.seriesId = event.seriesId();
        document.groupId = event.groupId();
        document.title = event.title();
        document.workshops = new ArrayList<>(event.workshops());
        series.save(event.seriesId().value(), document);
    }

    // meetings

    @EventHandler
    void on(MeetingScheduledEvent event) {
        MeetingView meeting = new MeetingView();
        meeting.id = event.meetingId();
        meeting.groupId = event.groupId();
        meeting.seriesId = event.seriesId();
        meeting.workshopNumber = event.workshopNumber();
        meeting.title = event.title();
        meeting.startsAt = event.startsAt();
        meeting.place = event.place();
        meeting.status = MeetingStatus.SCHEDULED;
        meetings.save(event.meetingId().value(), meeting);
        changed(meeting);
        listInGroup(meeting);
    }

    @EventHandler
    void on(MeetingRescheduledEvent event) {
        meeting(event.meetingId(), meeting -> {
            meeting.startsAt = event.startsAt();
            meeting.place = event.place();
        }).ifPresent(this::listInGroup);
    }

    @EventHandler
    void on(MeetingCancelledEvent event) {
        meeting(event.meetingId(), meeting -> {
            meeting.status = MeetingStatus.CANCELLED;
            meeting.cancelledOn = event.effectiveOn();
        }).ifPresent(this::listInGroup);
    }

    @EventHandler
    void on(MeetingHeldEvent event) {
        meeting(event.meetingId(), meeting -> {
            meeting.status = MeetingStatus.HELD;
            meeting.heldOn = event.effectiveOn();
        }).ifPresent(this::listInGroup);
    }

    @EventHandler
    void on(AgendaItemAddedEvent event) {
        meeting(event.meetingId(), meeting -> {
            MeetingView.AgendaItem item = new MeetingView.AgendaItem();
            item.id = event.itemId();
            item.title = event.title();
            replaceOrAdd(meeting.agenda, existing -> existing.id.equals(item.id), item);
        });
    }

    @EventHandler
    void on(AgendaReorderedEvent event) {
        meeting(event.meetingId(), meeting -> meeting.agenda.sort(
                Comparator.comparingInt(item -> event.itemIds().indexOf(item.id))));
    }

    @EventHandler
    void on(AgendaItemWithdrawnEvent event) {
        meeting(event.meetingId(), meeting -> meeting.agenda.stream().filter(item -> item.id.equals(event.itemId()))
                .findFirst().ifPresent(item -> {
                    meeting.agenda.remove(item);
                    meeting.withdrawnAgendaItems.add(item);
                }));
    }

    @EventHandler
    void on(AttendanceRecordedEvent event) {
        meeting(event.meetingId(), meeting -> {
            MeetingView.Attendee attendee = new MeetingView.Attendee();
            attendee.person = event.person();
            attendee.name = event.name();
            replaceOrAdd(meeting.attendance.computeIfAbsent(event.onBehalfOf().value(), organisation -> new ArrayList<>()),
                    existing -> existing.person.equals(event.person()), attendee);
        });
    }

    @EventHandler
    void on(ChallengeIdentifiedEvent event) {
        MeetingView.Outcome outcome = outcome(event.challengeId(), event.text());
        meeting(event.meetingId(), meeting -> replaceOrAdd(meeting.challenges, same(outcome), outcome));
        inSeries(event.seriesId(), document -> replaceOrAdd(document.challenges, sameItem(event.challengeId()),
                                                       item(event.challengeId(), event.text(), event.meetingId())));
    }

    @EventHandler
    void on(StrategyProposedEvent event) {
        MeetingView.Outcome outcome = outcome(event.strategyId(), event.text());
        outcome.addresses = event.addressesChallenges();
        meeting(event.meetingId(), meeting -> replaceOrAdd(meeting.strategies, same(outcome), outcome));
        SeriesDocument.Item item = item(event.strategyId(), event.text(), event.meetingId());
        item.addresses = event.addressesChallenges();
        inSeries(event.seriesId(), document -> replaceOrAdd(document.strategies, sameItem(item.id), item));
    }

    @EventHandler
    void on(ActorAssignedEvent event) {
        MeetingView.Outcome outcome = outcome(event.assignmentId(), event.actor());
        outcome.strategyId = event.strategyId();
        outcome.level = event.level();
        meeting(event.meetingId(), meeting -> replaceOrAdd(meeting.actors, same(outcome), outcome));
        SeriesDocument.Item item = item(event.assignmentId(), event.actor(), event.meetingId());
        item.strategyId = event.strategyId();
        item.level = event.level();
        inSeries(event.seriesId(), document -> replaceOrAdd(document.actors, sameItem(item.id), item));
    }

    @EventHandler
    void on(DecisionRecordedEvent event) {
        MeetingView.Decision decision = new MeetingView.Decision();
        decision.id = event.decisionId();
        decision.text = event.text();
        decision.decidedBy = event.decidedBy();
        decision.unanimous = event.unanimous();
        decision.dissent = event.dissent();
        decision.decidedOn = event.effectiveOn();
        Optional<MeetingView> meeting = meeting(event.meetingId(), view -> replaceOrAdd(
                view.decisions, existing -> existing.id.equals(decision.id), decision));
        WorkingGroupView group = groups.find(event.groupId().value()).orElse(null);
        DecisionEntry entry = new DecisionEntry();
        entry.decisionId = event.decisionId();
        entry.text = event.text();
        entry.groupId = event.groupId();
        entry.groupName = group == null ? null : group.name;
        entry.meetingId = event.meetingId();
        entry.meetingTitle = meeting.map(view -> view.title).orElse(null);
        entry.decidedOn = event.effectiveOn();
        entry.decidedBy = event.decidedBy();
        entry.unanimous = event.unanimous();
        entry.dissent = event.dissent();
        entry.published = group != null && group.publishesResults;
        decisions.update(event.groupId().value(), GroupDecisions::new,
                         register -> replaceOrAdd(register.entries, sameDecision(entry.decisionId), entry));
        decisionChanged(entry, group);
    }

    @EventHandler
    void on(ActionItemAssignedEvent event) {
        MeetingView.ActionItem item = new MeetingView.ActionItem();
        item.id = event.actionItemId();
        item.text = event.text();
        item.owner = event.owner();
        item.dueOn = event.dueOn();
        item.decisionId = event.decisionId();
        item.state = "OPEN";
        meeting(event.meetingId(), meeting -> replaceOrAdd(meeting.actionItems, existing -> existing.id.equals(item.id),
                                                      item));
        ActionItemEntry entry = new ActionItemEntry();
        entry.actionItemId = event.actionItemId();
        entry.text = event.text();
        entry.groupId = event.groupId();
        entry.meetingId = event.meetingId();
        entry.decisionId = event.decisionId();
        entry.dueOn = event.dueOn();
        entry.state = "OPEN";
        owned(event.owner(), items -> replaceOrAdd(items, existing -> existing.actionItemId.equals(entry.actionItemId),
                                              entry));
        if (event.decisionId() != null) {
            inDecision(event.groupId(), event.decisionId(),
                       decision -> replaceOrAdd(decision.actionItems, existing -> existing.id.equals(item.id), item));
        }
    }

    @EventHandler
    void on(ActionItemDoneEvent event) {
        closeActionItem(event.meetingId(), event.actionItemId(), event.owner(), "DONE", event.effectiveOn());
    }

    @EventHandler
    void on(ActionItemDroppedEvent event) {
        closeActionItem(event.meetingId(), event.actionItemId(), event.owner(), "DROPPED", event.effectiveOn());
    }

    @EventHandler
    void on(MinutesDraftedEvent event) {
        meeting(event.meetingId(), meeting -> {
            meeting.minutes.state = "DRAFT";
            meeting.minutes.text = event.text();
            meeting.minutes.versions.removeIf(version -> version.amendmentId == null);
            meeting.minutes.versions.add(0, version(null, null, event.text(), event.effectiveOn()));
        });
    }

    @EventHandler
    void on(MinutesAmendedEvent event) {
        meeting(event.meetingId(), meeting -> {
            meeting.minutes.text = event.text();
            replaceOrAdd(meeting.minutes.versions, version -> event.amendmentId().equals(version.amendmentId),
                    version(event.amendmentId(), event.amendedBy(), event.text(), event.effectiveOn()));
        });
    }

    @EventHandler
    void on(MinutesApprovedEvent event) {
        meeting(event.meetingId(), meeting -> {
            meeting.minutes.state = "APPROVED";
            meeting.minutes.text = event.text();
            meeting.minutes.approvedAt = event.approvedAt();
            meeting.minutes.approvedAtMeeting = event.atMeeting();
            meeting.minutes.approvedOn = event.effectiveOn();
        });
    }

    @EventHandler
    void on(MinutesCorrectionProposedEvent event) {
        MeetingView.Correction correction = new MeetingView.Correction();
        correction.id = event.correctionId();
        correction.corrects = event.corrects();
        correction.passage = event.passage();
        correction.text = event.text();
        correction.proposedOn = event.effectiveOn();
        meeting(event.meetingId(), meeting -> replaceOrAdd(meeting.minutes.corrections,
                                                      existing -> existing.id.equals(correction.id), correction));
    }

    @EventHandler
    void on(MinutesCorrectionApprovedEvent event) {
        meeting(event.meetingId(), meeting -> meeting.minutes.corrections.stream()
                .filter(correction -> correction.id.equals(event.correctionId())).forEach(correction -> {
                    correction.approved = true;
                    correction.approvedAt = event.approvedAt();
                    correction.approvedAtMeeting = event.atMeeting();
                    correction.approvedOn = event.effectiveOn();
                }));
    }

    @ResetHandler
    void reset() {
        List.of(groups, meetings, series, decisions, actionItems, received).forEach(JsonDocuments::deleteAll);
    }

    // queries

    @QueryHandler
    public List<WorkingGroupView> handle(FindWorkingGroupsQuery query) {
        return groups.all().stream().map(this::withUpcomingMeetings).toList();
    }

    @QueryHandler
    public WorkingGroupView handle(FindWorkingGroupQuery query) {
        return groups.find(query.groupId().value()).map(this::withUpcomingMeetings).orElse(null);
    }

    private WorkingGroupView withUpcomingMeetings(WorkingGroupView group) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        group.upcomingMeetings = group.meetings.stream()
                .filter(meeting -> meeting.status == MeetingStatus.SCHEDULED && meeting.startsAt.isAfter(now))
                .sorted(Comparator.comparing(meeting -> meeting.startsAt)).toList();
        return group;
    }

    @QueryHandler
    public MeetingView handle(FindMeetingQuery query) {
        return meetings.find(query.meetingId().value()).orElse(null);
    }

    @QueryHandler
    public ReceivedResultsView handle(FindReceivedResultsQuery query) {
        return received.find(query.body().value()).orElseGet(() -> {
            ReceivedResultsView nothing = new ReceivedResultsView();
            nothing.body = query.body();
            return nothing;
        });
    }

    @QueryHandler
    public List<ActionItemEntry> handle(FindActionItemsQuery query) {
        LocalDate today = LocalDate.now(clock);
        List<ActionItemEntry> items = actionItems.find(query.owner().value()).map(owned -> owned.items)
                                                 .orElse(List.of());
        items.forEach(item -> item.overdue = "OPEN".equals(item.state) && item.dueOn.isBefore(today));
        return items.stream()
                    .sorted(Comparator.comparing((ActionItemEntry item) -> !item.overdue)
                                      .thenComparing(item -> !"OPEN".equals(item.state))
                                      .thenComparing(item -> item.dueOn))
                    .toList();
    }

    @QueryHandler
    public List<DecisionEntry> handle(FindDecisionsQuery query) {
        List<GroupDecisions> registers = query.groupId() == null
                ? decisions.all()
                : decisions.find(query.groupId().value()).map(List::of).orElse(List.of());
        return registers.stream().flatMap(register -> register.entries.stream())
                        .filter(query::matches)
                        .filter(entry -> visibleTo(query, entry, groups.find(entry.groupId.value()).orElse(null)))
                        .sorted(Comparator.comparing((DecisionEntry entry) -> entry.decidedOn).reversed())
                        .toList();
    }

    @QueryHandler
    public SeriesMap handle(FindSeriesMapQuery query) {
        return series.find(query.seriesId().value()).map(WorkshopProjection::mapOf).orElse(null);
    }

    private static SeriesMap mapOf(SeriesDocument document) {
        List<SeriesMap.ChallengeNode> challenges = document.challenges.stream().map(challenge -> new SeriesMap.ChallengeNode(
                challenge.id, challenge.text, challenge.meetingId, document.strategies.stream()
                        .filter(strategy -> strategy.addresses.contains(challenge.id))
                        .map(strategy -> new SeriesMap.StrategyNode(strategy.id, strategy.text, strategy.meetingId,
                                document.actors.stream().filter(actor -> actor.strategyId.equals(strategy.id))
                                        .map(actor -> new SeriesMap.ActorNode(actor.id, actor.text, actor.level,
                                                                              actor.meetingId))
                                        .toList()))
                        .toList())).toList();
        return new SeriesMap(document.seriesId, document.groupId, document.title, document.workshops, challenges);
    }

    private static boolean visibleTo(FindDecisionsQuery query, DecisionEntry entry, WorkingGroupView group) {
        return query.everything() || entry.published
               || (query.viewer() != null && group != null && group.hasMember(query.viewer()));
    }

    private void closeActionItem(MeetingId meetingId, String actionItemId, OrganisationId owner, String state,
                                 LocalDate on) {
        Optional<MeetingView> meeting = meeting(meetingId, view -> view.actionItems.stream()
                .filter(item -> item.id.equals(actionItemId)).forEach(item -> {
                    item.state = state;
                    item.closedOn = on;
                }));
        owned(owner, items -> items.stream().filter(item -> item.actionItemId.equals(actionItemId))
                                   .forEach(item -> {
                                       item.state = state;
                                       item.closedOn = on;
                                   }));
        meeting.flatMap(view -> view.actionItems.stream().filter(item -> item.id.equals(actionItemId)).findFirst())
               .filter(item -> item.decisionId != null)
               .ifPresent(item -> inDecision(meeting.get().groupId, item.decisionId, decision -> decision.actionItems
                       .stream().filter(existing -> existing.id.equals(actionItemId)).forEach(existing -> {
                           existing.state = state;
                           existing.closedOn = on;
                       })));
    }

    private void group(WorkingGroupId groupId, Consumer<WorkingGroupView> change) {
        groups.updateIfPresent(groupId.value(), change);
    }

    /** Changes the meeting and tells its subscribers. */
    private Optional<MeetingView> meeting(MeetingId meetingId, Consumer<MeetingView> change) {
        Optional<MeetingView> changed = meetings.updateIfPresent(meetingId.value(), change);
        changed.ifPresent(this::changed);
        return changed;
    }

    private void changed(MeetingView meeting) {
        updates.emit(FindMeetingQuery.class, query -> query.meetingId().equals(meeting.id), meeting);
    }

    /** Keeps the meeting's entry in its group's list in step (title, date, status: what that list shows). */
    private void listInGroup(MeetingView meeting) {
        WorkingGroupView.MeetingRef ref = new WorkingGroupView.MeetingRef();
        ref.id = meeting.id;
        ref.title = meeting.title;
        ref.startsAt = meeting.startsAt;
        ref.status = meeting.status;
        ref.seriesId = meeting.seriesId;
        ref.workshopNumber = meeting.workshopNumber;
        group(meeting.groupId, group -> replaceOrAdd(group.meetings, existing -> existing.id.equals(ref.id), ref));
    }

    private void inSeries(WorkshopSeriesId seriesId, Consumer<SeriesDocument> change) {
        if (seriesId != null) {
            series.updateIfPresent(seriesId.value(), change);
        }
    }

    private void inDecision(WorkingGroupId groupId, String decisionId, Consumer<DecisionEntry> change) {
        decisions.updateIfPresent(groupId.value(), register -> register.entries.stream()
                .filter(sameDecision(decisionId)).forEach(change));
        decisions.find(groupId.value()).flatMap(register -> register.entries.stream()
                .filter(sameDecision(decisionId)).findFirst())
                 .ifPresent(entry -> decisionChanged(entry, groups.find(groupId.value()).orElse(null)));
    }

    private void decisionChanged(DecisionEntry entry, WorkingGroupView group) {
        updates.emit(FindDecisionsQuery.class, query -> query.matches(entry) && visibleTo(query, entry, group), entry);
    }

    private void owned(OrganisationId owner, Consumer<List<ActionItemEntry>> change) {
        actionItems.update(owner.value(), OwnedActionItems::new, owned -> change.accept(owned.items));
        if (LiveQueries.watched(updates, FindActionItemsQuery.class)) {
            updates.emit(FindActionItemsQuery.class, query -> query.owner().equals(owner),
                         handle(new FindActionItemsQuery(owner)));
        }
    }

    private static Predicate<MeetingView.Outcome> same(MeetingView.Outcome outcome) {
        return existing -> existing.id.equals(outcome.id);
    }

    private static Predicate<SeriesDocument.Item> sameItem(String id) {
        return existing -> existing.id.equals(id);
    }

    private static Predicate<DecisionEntry> sameDecision(String decisionId) {
        return existing -> existing.decisionId.equals(decisionId);
    }

    private static MeetingView.Outcome outcome(String id, String text) {
        MeetingView.Outcome outcome = new MeetingView.Outcome();
        outcome.id = id;
        outcome.text = text;
        return outcome;
    }

    private static SeriesDocument.Item item(String id, String text, MeetingId meetingId) {
        SeriesDocument.Item item = new SeriesDocument.Item();
        item.id = id;
        item.text = text;
        item.meetingId = meetingId;
        return item;
    }

    private static WorkingGroupView.Member member(OrganisationId organisation, LocalDate joinedOn) {
        WorkingGroupView.Member member = new WorkingGroupView.Member();
        member.organisation = organisation;
        member.joinedOn = joinedOn;
        return member;
    }

    private static MeetingView.Version version(String amendmentId, OrganisationId by, String text, LocalDate on) {
        MeetingView.Version version = new MeetingView.Version();
        version.amendmentId = amendmentId;
        version.by = by;
        version.text = text;
        version.on = on;
        return version;
    }
}
