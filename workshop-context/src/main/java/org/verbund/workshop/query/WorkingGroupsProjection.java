package org.verbund.workshop.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.workshop.api.FindOwnWorkingGroupQuery;
import org.verbund.workshop.api.FindWorkingGroupQuery;
import org.verbund.workshop.api.FindWorkingGroupsQuery;
import org.verbund.workshop.api.MemberAdmittedEvent;
import org.verbund.workshop.api.MemberRemovedEvent;
import org.verbund.workshop.api.ResultsTransferredEvent;
import org.verbund.workshop.api.WorkingGroupConstitutedEvent;
import org.verbund.workshop.api.WorkingGroupDissolvedEvent;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupSetUpEvent;
import org.verbund.workshop.api.WorkingGroupView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.verbund.core.readmodel.JsonDocuments.replaceOrAdd;

/**
 * The working groups read model: one document per group in {@code working_groups}, keyed by its id, listed by scanning
 * that collection (one document per group of the network: dozens). Its meetings are listed by
 * {@link MeetingsProjection}, which knows the group of each meeting event. A group the viewer may not see is not
 * answered (nor listed) at all.
 *
 * <p>All workshop projections share one processing group: they read each other's documents (a group's name and
 * members, a meeting's title and items) and must see them as of the same event.
 */
@Component
@ProcessingGroup(WorkingGroupsProjection.PROCESSING_GROUP)
class WorkingGroupsProjection {

    static final String PROCESSING_GROUP = "workshop-read-models";

    private final SequencedDocuments<GroupDocument> groups;
    private final Clock clock;

    @Autowired
    WorkingGroupsProjection(@ReadModels MongoDatabase verbundDatabase) {
        this(verbundDatabase, Clock.systemDefaultZone());
    }

    /** With the clock that says which meetings are upcoming. */
    WorkingGroupsProjection(@ReadModels MongoDatabase verbundDatabase, Clock clock) {
        this.groups = new SequencedDocuments<>(verbundDatabase.getCollection("working_groups"), GroupDocument.class);
        this.clock = clock;
    }

    @EventHandler
    void on(WorkingGroupSetUpEvent event, @SequenceNumber long sequence) {
        Seen setUp = Seen.of(event.groupId(), sequence);
        groups.changeOrStartBy(event.groupId().value(), setUp, GroupDocument::new, group -> {
            group.id = event.groupId();
            group.name = event.name();
            group.mandate = event.mandate();
            group.leadingOrganisation = event.leadingOrganisation();
            group.managingOrganisation = event.managingOrganisation();
            group.reportsTo = event.reportsTo();
            group.publishesResults = event.publishesResults();
            event.members().forEach(member -> group.members.add(joined(member, event.effectiveOn())));
        });
    }

    @EventHandler
    void on(MemberAdmittedEvent event, @SequenceNumber long sequence) {
        group(event.groupId(), sequence, group -> {
            group.members.removeIf(member -> member.organisation().equals(event.member()) && member.leftOn() == null);
            group.members.add(joined(event.member(), event.effectiveOn()));
        });
    }

    @EventHandler
    void on(MemberRemovedEvent event, @SequenceNumber long sequence) {
        group(event.groupId(), sequence, group -> group.members.replaceAll(
                member -> member.organisation().equals(event.member()) && member.leftOn() == null
                        ? new WorkingGroupView.Member(member.organisation(), member.joinedOn(), event.effectiveOn())
                        : member));
    }

    @EventHandler
    void on(WorkingGroupConstitutedEvent event, @SequenceNumber long sequence) {
        group(event.groupId(), sequence, group -> {
            group.constituentMeeting = event.constituentMeeting();
            group.constitutedOn = event.effectiveOn();
        });
    }

    @EventHandler
    void on(WorkingGroupDissolvedEvent event, @SequenceNumber long sequence) {
        group(event.groupId(), sequence, group -> group.dissolvedOn = event.effectiveOn());
    }

    @EventHandler
    void on(ResultsTransferredEvent event, @SequenceNumber long sequence) {
        group(event.groupId(), sequence, group -> group.transfers.add(event.transferId()));
    }

    @ResetHandler
    void reset() {
        groups.deleteAll();
    }

    @QueryHandler
    List<WorkingGroupView> handle(FindWorkingGroupsQuery query) {
        LocalDateTime now = LocalDateTime.now(clock);
        return groups.all().stream().filter(group -> group.isVisibleTo(query.viewer()))
                     .map(group -> group.asOf(now)).toList();
    }

    @QueryHandler
    WorkingGroupView handle(FindWorkingGroupQuery query) {
        return find(query.groupId()).filter(group -> group.isVisibleTo(query.viewer()))
                                    .map(group -> group.asOf(LocalDateTime.now(clock))).orElse(null);
    }

    @QueryHandler
    WorkingGroupView handle(FindOwnWorkingGroupQuery query) {
        return find(query.groupId()).filter(group -> group.hasMember(query.viewer()))
                                    .map(group -> group.asOf(LocalDateTime.now(clock))).orElse(null);
    }

    /** The group as stored, for the other workshop read models (its name, whether it publishes, who is a member). */
    Optional<GroupDocument> find(WorkingGroupId groupId) {
        return groups.find(groupId.value());
    }

    /**
     * Puts the meeting, as its group lists it, in place of its earlier entry: called once for each event that changed
     * the meeting's own document, with the meeting as it is now.
     */
    void listMeeting(WorkingGroupId groupId, WorkingGroupView.MeetingRef meeting) {
        groups.changeFollowing(groupId.value(), group -> replaceOrAdd(
                group.meetings, listed -> listed.id().equals(meeting.id()), meeting));
    }

    /** The group's own event at {@code sequence}: it moves the group's version (its ETag). */
    private void group(WorkingGroupId groupId, long sequence, Consumer<GroupDocument> change) {
        groups.change(groupId.value(), sequence, change);
    }

    private static WorkingGroupView.Member joined(OrganisationId organisation, LocalDate on) {
        return new WorkingGroupView.Member(organisation, on, null);
    }
}
