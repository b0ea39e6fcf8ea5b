package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.core.network.api.RegisteredOrganisation;
import org.verbund.workshop.api.AdmitMemberCommand;
import org.verbund.workshop.api.ConstituteWorkingGroupCommand;
import org.verbund.workshop.api.DissolveWorkingGroupCommand;
import org.verbund.workshop.api.MemberAdmittedEvent;
import org.verbund.workshop.api.MemberRemovedEvent;
import org.verbund.workshop.api.RemoveMemberCommand;
import org.verbund.workshop.api.ResultsTransferredEvent;
import org.verbund.workshop.api.SetUpWorkingGroupCommand;
import org.verbund.workshop.api.TransferId;
import org.verbund.workshop.api.TransferResultsCommand;
import org.verbund.workshop.api.WorkingGroupConstitutedEvent;
import org.verbund.workshop.api.WorkingGroupDissolvedEvent;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupSetUpEvent;
import org.verbund.workshop.api.WorkshopRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A working group (Arbeitskreis): its leading and managing organisations, members, the coordination body it reports
 * to, its constitution and dissolution, and the results it transfers to that body. A dissolved group changes no more.
 * Coordinators set groups up; the leading and managing organisations run them (see {@link WorkshopDirectory.Group}).
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class WorkingGroup {

    private static final String UNKNOWN_ORGANISATION = WorkshopRule.GROUP_UNKNOWN_ORGANISATION.code();

    @AggregateIdentifier
    private WorkingGroupId groupId;
    private OrganisationId leadingOrganisation;
    private OrganisationId managingOrganisation;
    private OrganisationId reportsTo;
    private Set<OrganisationId> members = new LinkedHashSet<>();
    private boolean publishesResults;
    private boolean constituted;
    private boolean dissolved;
    private Set<TransferId> transfers = new HashSet<>();

    WorkingGroup() {
    }

    @CommandHandler
    WorkingGroup(SetUpWorkingGroupCommand command, Actor actor, OrganisationRegistry registry) {
        actor.requireCoordinator(WorkshopRule.GROUP_COORDINATORS_ONLY.code(),
                                 "Only a coordinator sets up working groups");
        if (blank(command.name()) || blank(command.mandate())) {
            throw WorkshopRule.GROUP_NAME_AND_MANDATE_REQUIRED.violation("A working group needs a name and a mandate");
        }
        if (command.leadingOrganisation() == null || command.managingOrganisation() == null) {
            throw WorkshopRule.GROUP_LEAD_REQUIRED.violation(
                    "A working group needs a leading and a managing organisation");
        }
        if (command.reportsTo() == null
            || registry.find(command.reportsTo()).filter(RegisteredOrganisation::isActiveCoordinationBody).isEmpty()) {
            throw WorkshopRule.GROUP_REPORTS_TO_COORDINATION_BODY.violation(
                    "A working group reports to an active coordination body of the network");
        }
        registry.requireActive(command.leadingOrganisation(), UNKNOWN_ORGANISATION);
        registry.requireActive(command.managingOrganisation(), UNKNOWN_ORGANISATION);
        registry.requireActive(command.members(), UNKNOWN_ORGANISATION);
        Set<OrganisationId> members = new LinkedHashSet<>();
        members.add(command.leadingOrganisation());
        members.add(command.managingOrganisation());
        if (command.members() != null) {
            members.addAll(command.members());
        }
        apply(new WorkingGroupSetUpEvent(command.groupId(), command.name().strip(), command.mandate().strip(),
                                         command.leadingOrganisation(), command.managingOrganisation(),
                                         command.reportsTo(), List.copyOf(members), command.publishesResults(),
                                         command.effectiveOn()));
    }

    @CommandHandler
    void handle(AdmitMemberCommand command, Actor actor, OrganisationRegistry registry) {
        asGroup().requireRunBy(actor);
        requireActive();
        registry.requireActive(command.member(), UNKNOWN_ORGANISATION);
        if (!members.contains(command.member())) {
            apply(new MemberAdmittedEvent(groupId, command.member(), command.effectiveOn()));
        }
    }

    @CommandHandler
    void handle(RemoveMemberCommand command, Actor actor) {
        asGroup().requireRunBy(actor);
        requireActive();
        if (command.member().equals(leadingOrganisation) || command.member().equals(managingOrganisation)) {
            throw WorkshopRule.GROUP_LEAD_STAYS.violation("The leading and the managing organisation stay members");
        }
        if (!members.contains(command.member())) {
            throw WorkshopRule.GROUP_NOT_A_MEMBER.violation(command.member() + " is not a member");
        }
        apply(new MemberRemovedEvent(groupId, command.member(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ConstituteWorkingGroupCommand command, Actor actor, WorkshopDirectory directory) {
        asGroup().requireRunBy(actor);
        requireActive();
        if (constituted) {
            throw WorkshopRule.GROUP_ALREADY_CONSTITUTED.violation("The group was constituted already");
        }
        if (command.constituentMeeting() == null) {
            throw WorkshopRule.GROUP_CONSTITUENT_MEETING_REQUIRED.violation("A group is constituted at a meeting");
        }
        if (!directory.groupOfMeeting(command.constituentMeeting()).filter(groupId::equals).isPresent()) {
            throw WorkshopRule.GROUP_UNKNOWN_MEETING.violation(
                    "The group has no meeting " + command.constituentMeeting());
        }
        apply(new WorkingGroupConstitutedEvent(groupId, command.constituentMeeting(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(DissolveWorkingGroupCommand command, Actor actor) {
        asGroup().requireRunBy(actor);
        requireActive();
        apply(new WorkingGroupDissolvedEvent(groupId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(TransferResultsCommand command, Actor actor, WorkshopDirectory directory) {
        asGroup().requireRunBy(actor);
        requireActive();
        if ((command.seriesId() == null) == (command.meetingId() == null)) {
            throw WorkshopRule.TRANSFER_ONE_SOURCE.violation("Results come from one series or one meeting");
        }
        boolean ownSource = command.seriesId() != null
                ? directory.series(command.seriesId()).filter(series -> series.groupId().equals(groupId)).isPresent()
                : directory.groupOfMeeting(command.meetingId()).filter(groupId::equals).isPresent();
        if (!ownSource) {
            throw WorkshopRule.TRANSFER_UNKNOWN_SOURCE.violation(
                    "The results come from a series or a meeting of this group");
        }
        if (blank(command.summary())) {
            throw WorkshopRule.TRANSFER_SUMMARY_REQUIRED.violation("A transfer says what it hands over");
        }
        if (transfers.contains(command.transferId())) {
            return; // transferred before
        }
        apply(new ResultsTransferredEvent(groupId, command.transferId(), reportsTo, command.seriesId(),
                                          command.meetingId(), command.summary().strip(),
                                          command.decisionIds() == null ? List.of()
                                                                        : new ArrayList<>(command.decisionIds()),
                                          command.effectiveOn()));
    }

    /** The group as its meetings and series see it, with the rule of who runs it. */
    WorkshopDirectory.Group asGroup() {
        return new WorkshopDirectory.Group(leadingOrganisation, managingOrganisation, Set.copyOf(members),
                                           publishesResults, !dissolved);
    }

    private void requireActive() {
        if (dissolved) {
            throw WorkshopRule.GROUP_DISSOLVED.violation("The working group was dissolved");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(WorkingGroupSetUpEvent event) {
        groupId = event.groupId();
        leadingOrganisation = event.leadingOrganisation();
        managingOrganisation = event.managingOrganisation();
        reportsTo = event.reportsTo();
        members.addAll(event.members());
        publishesResults = event.publishesResults();
    }

    @EventSourcingHandler
    void on(MemberAdmittedEvent event) {
        members.add(event.member());
    }

    @EventSourcingHandler
    void on(MemberRemovedEvent event) {
        members.remove(event.member());
    }

    @EventSourcingHandler
    void on(WorkingGroupConstitutedEvent event) {
        constituted = true;
    }

    @EventSourcingHandler
    void on(WorkingGroupDissolvedEvent event) {
        dissolved = true;
    }

    @EventSourcingHandler
    void on(ResultsTransferredEvent event) {
        transfers.add(event.transferId());
    }
}
