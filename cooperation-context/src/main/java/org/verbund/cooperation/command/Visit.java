package org.verbund.cooperation.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.cooperation.api.CancelVisitCommand;
import org.verbund.cooperation.api.HoldVisitCommand;
import org.verbund.cooperation.api.LinkVisitFundingCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PlanVisitCommand;
import org.verbund.cooperation.api.RecordVisitParticipantCommand;
import org.verbund.cooperation.api.RecordVisitResultCommand;
import org.verbund.cooperation.api.RecordVisitTalkCommand;
import org.verbund.cooperation.api.VisitCancelledEvent;
import org.verbund.cooperation.api.VisitFundingLinkedEvent;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitParticipantRecordedEvent;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.cooperation.api.VisitResultRecordedEvent;
import org.verbund.cooperation.api.VisitStatus;
import org.verbund.cooperation.api.VisitTalkRecordedEvent;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.cooperation.api.FundingApplicationRef;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.cooperation.api.CooperationRule.PERSONAL_DATA_WRONG_SUBJECT;
import static org.verbund.cooperation.api.CooperationRule.VISIT_CANCELLED;
import static org.verbund.cooperation.api.CooperationRule.VISIT_FUNDING_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.VISIT_ID_TAKEN;
import static org.verbund.cooperation.api.CooperationRule.VISIT_KIND_AND_PERIOD_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.VISIT_NOT_HELD;
import static org.verbund.cooperation.api.CooperationRule.VISIT_NOT_PLANNED;
import static org.verbund.cooperation.api.CooperationRule.VISIT_PARTICIPANT_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.VISIT_RESULT_TEXT_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.VISIT_TALK_INSTITUTION_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.VISIT_UNKNOWN_FUNDING_APPLICATION;
import static org.verbund.cooperation.api.CooperationRule.VISIT_UNKNOWN_ORGANISATION;
import static org.verbund.cooperation.api.CooperationRule.VISIT_UNKNOWN_PARTNERSHIP;

/**
 * A delegation or working visit: planned, held or cancelled; its talks and results are recorded once it was held;
 * its participants are people (their names are personal data); it names the funding application that paid for it.
 * The organisations taking part in its partnership, and coordinators, record it.
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Visit {

    @AggregateIdentifier
    private VisitId visitId;
    private PartnershipId partnershipId;
    private VisitStatus status;
    private FundingApplicationRef fundedBy;
    private Set<String> recorded = new HashSet<>();
    private Set<PersonRef> participants = new HashSet<>();

    protected Visit() {
    }

    @CommandHandler
    Visit(PlanVisitCommand command, Actor actor, CooperationDirectory directory, OrganisationRegistry registry) {
        directory.partnership(command.partnershipId()).filter(CooperationDirectory.Partners::open).orElseThrow(
                () -> VISIT_UNKNOWN_PARTNERSHIP.violation("There is no open partnership " + command.partnershipId()))
                 .requireManagedBy(actor);
        if (command.kind() == null || command.period() == null) {
            throw VISIT_KIND_AND_PERIOD_REQUIRED.violation("A visit has a kind and dates");
        }
        requireKnownApplication(command.fundedBy(), directory);
        registry.requireActive(command.participants(), VISIT_UNKNOWN_ORGANISATION.code());
        apply(new VisitPlannedEvent(command.visitId(), command.partnershipId(), command.kind(), command.period(),
                                    command.places() == null ? List.of() : List.copyOf(command.places()),
                                    command.participants() == null ? List.of() : List.copyOf(command.participants()),
                                    command.fundedBy(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(HoldVisitCommand command, Actor actor, CooperationDirectory directory) {
        requireManagedBy(actor, directory);
        requirePlanned();
        apply(new VisitHeldEvent(visitId, partnershipId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(CancelVisitCommand command, Actor actor, CooperationDirectory directory) {
        requireManagedBy(actor, directory);
        requirePlanned();
        apply(new VisitCancelledEvent(visitId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecordVisitTalkCommand command, Actor actor, CooperationDirectory directory) {
        requireManagedBy(actor, directory);
        requireHeld();
        if (command.institution() == null || command.institution().isBlank() || command.level() == null) {
            throw VISIT_TALK_INSTITUTION_REQUIRED.violation("A talk names the institution and its level");
        }
        requireNewId(command.talkId());
        apply(new VisitTalkRecordedEvent(visitId, command.talkId(), command.institution().strip(), command.level(),
                                         command.topic(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecordVisitResultCommand command, Actor actor, CooperationDirectory directory) {
        requireManagedBy(actor, directory);
        requireHeld();
        if (command.text() == null || command.text().isBlank()) {
            throw VISIT_RESULT_TEXT_REQUIRED.violation("A result needs a text");
        }
        requireNewId(command.resultId());
        apply(new VisitResultRecordedEvent(visitId, command.resultId(), command.text().strip(),
                                           command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecordVisitParticipantCommand command, Actor actor, CooperationDirectory directory,
                OrganisationRegistry registry) {
        requireManagedBy(actor, directory);
        if (status == VisitStatus.CANCELLED) {
            throw VISIT_CANCELLED.violation("The visit was cancelled");
        }
        if (command.person() == null || command.onBehalfOf() == null) {
            throw VISIT_PARTICIPANT_REQUIRED.violation(
                    "A participant is a person reference on behalf of an organisation");
        }
        if (command.name() != null && !command.name().subject().equals(command.person())) {
            throw PERSONAL_DATA_WRONG_SUBJECT.violation("Personal data belongs to the person it is about");
        }
        registry.requireActive(command.onBehalfOf(), VISIT_UNKNOWN_ORGANISATION.code());
        if (!participants.contains(command.person())) {
            apply(new VisitParticipantRecordedEvent(visitId, command.person(), command.name(), command.onBehalfOf(),
                                                    command.effectiveOn()));
        }
    }

    @CommandHandler
    void handle(LinkVisitFundingCommand command, Actor actor, CooperationDirectory directory) {
        requireManagedBy(actor, directory);
        if (command.fundedBy() == null) {
            throw VISIT_FUNDING_REQUIRED.violation("Name the funding application");
        }
        requireKnownApplication(command.fundedBy(), directory);
        if (!command.fundedBy().equals(fundedBy)) {
            apply(new VisitFundingLinkedEvent(visitId, command.fundedBy(), command.effectiveOn()));
        }
    }

    private void requireManagedBy(Actor actor, CooperationDirectory directory) {
        directory.partnership(partnershipId).orElseThrow(RuleViolation::notFound).requireManagedBy(actor);
    }

    PartnershipId partnershipId() {
        return partnershipId;
    }

    private static void requireKnownApplication(FundingApplicationRef applicationId, CooperationDirectory directory) {
        if (applicationId != null && !directory.isFundingApplication(applicationId)) {
            throw VISIT_UNKNOWN_FUNDING_APPLICATION.violation("There is no funding application " + applicationId);
        }
    }

    private void requirePlanned() {
        if (status != VisitStatus.PLANNED) {
            throw VISIT_NOT_PLANNED.violation("The visit is " + status + ", no longer planned");
        }
    }

    private void requireHeld() {
        if (status != VisitStatus.HELD) {
            throw VISIT_NOT_HELD.violation("Talks and results are recorded once the visit was held");
        }
    }

    private void requireNewId(String id) {
        if (id == null || id.isBlank() || recorded.contains(id)) {
            throw VISIT_ID_TAKEN.violation("A talk or result needs an id of its own");
        }
    }

    @EventSourcingHandler
    void on(VisitPlannedEvent event) {
        visitId = event.visitId();
        partnershipId = event.partnershipId();
        fundedBy = event.fundedBy();
        status = VisitStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(VisitHeldEvent event) {
        status = VisitStatus.HELD;
    }

    @EventSourcingHandler
    void on(VisitCancelledEvent event) {
        status = VisitStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(VisitTalkRecordedEvent event) {
        recorded.add(event.talkId());
    }

    @EventSourcingHandler
    void on(VisitResultRecordedEvent event) {
        recorded.add(event.resultId());
    }

    @EventSourcingHandler
    void on(VisitParticipantRecordedEvent event) {
        participants.add(event.person());
    }

    @EventSourcingHandler
    void on(VisitFundingLinkedEvent event) {
        fundedBy = event.fundedBy();
    }
}
