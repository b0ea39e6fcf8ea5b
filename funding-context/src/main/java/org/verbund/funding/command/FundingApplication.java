package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.CloseFundedProjectCommand;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.EarlyStartExemptionGrantedEvent;
import org.verbund.funding.api.RecordEarlyStartExemptionCommand;
import org.verbund.funding.api.FundedProjectClosedEvent;
import org.verbund.funding.api.FundedProjectStartedEvent;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationRejectedEvent;
import org.verbund.funding.api.FundingApplicationSubmittedEvent;
import org.verbund.funding.api.FundingApplicationWithdrawnEvent;
import org.verbund.funding.api.FundingApprovalPromisedEvent;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.PromiseFundingApprovalCommand;
import org.verbund.funding.api.RejectFundingApplicationCommand;
import org.verbund.funding.api.StartFundedProjectCommand;
import org.verbund.funding.api.SubmitFundingApplicationCommand;
import org.verbund.funding.api.WithdrawFundingApplicationCommand;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.funding.api.ApplicationStatus.APPROVAL_PROMISED;
import static org.verbund.funding.api.ApplicationStatus.APPROVED;
import static org.verbund.funding.api.ApplicationStatus.CLOSED;
import static org.verbund.funding.api.ApplicationStatus.DRAFT;
import static org.verbund.funding.api.ApplicationStatus.REJECTED;
import static org.verbund.funding.api.ApplicationStatus.RUNNING;
import static org.verbund.funding.api.ApplicationStatus.SUBMITTED;
import static org.verbund.funding.api.ApplicationStatus.WITHDRAWN;

/**
 * A funding application, from draft to closure. Every status change is its own event; a transition the lifecycle
 * does not allow is refused with the rule code {@code funding-application.transition-not-allowed}.
 */
@Aggregate(snapshotTriggerDefinition = EventStoreConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class FundingApplication {

    /** The lifecycle: which statuses each transition leaves from. */
    enum Transition {
        SUBMIT(EnumSet.of(DRAFT)),
        PROMISE_APPROVAL(EnumSet.of(SUBMITTED)),
        APPROVE(EnumSet.of(SUBMITTED, APPROVAL_PROMISED)),
        START(EnumSet.of(APPROVED)),
        CLOSE(EnumSet.of(APPROVED, RUNNING)),
        REJECT(EnumSet.of(SUBMITTED, APPROVAL_PROMISED)),
        WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, APPROVAL_PROMISED));

        final Set<ApplicationStatus> from;

        Transition(Set<ApplicationStatus> from) {
            this.from = from;
        }
    }

    @AggregateIdentifier
    private FundingApplicationId applicationId;
    private ApplicationStatus status;
    private Money requestedAmount;
    private boolean earlyStartGranted;

    protected FundingApplication() {
    }

    @CommandHandler
    public FundingApplication(DraftFundingApplicationCommand command, FundingProgrammes programmes) {
        if (!programmes.exists(command.programmeId())) {
            throw RuleViolation.unprocessable("funding-application.unknown-programme",
                                              "There is no funding programme " + command.programmeId());
        }
        if (command.title() == null || command.title().isBlank()) {
            throw RuleViolation.unprocessable("funding-application.title-required", "An application needs a title");
        }
        if (command.requestedAmount().isNegative()) {
            throw RuleViolation.unprocessable("funding-application.negative-amount",
                                              "The requested amount cannot be negative");
        }
        List<ImplementingPartner> partners = command.partners() == null ? List.of() : List.copyOf(command.partners());
        apply(new FundingApplicationDraftedEvent(command.applicationId(), command.programmeId(),
                                                 command.title().strip(), command.leadApplicant(), partners,
                                                 command.requestedAmount(), command.period(), command.positions(),
                                                 command.leadAttribution(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(SubmitFundingApplicationCommand command) {
        transition(Transition.SUBMIT, new FundingApplicationSubmittedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(PromiseFundingApprovalCommand command) {
        transition(Transition.PROMISE_APPROVAL, new FundingApprovalPromisedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(ApproveFundingApplicationCommand command) {
        Money approved = command.approvedAmount() == null ? requestedAmount : command.approvedAmount();
        if (approved.isNegative()) {
            throw RuleViolation.unprocessable("funding-application.negative-amount",
                                              "The approved amount cannot be negative");
        }
        transition(Transition.APPROVE, new FundingApplicationApprovedEvent(applicationId, approved,
                                                                           command.effectiveOn()));
    }

    @CommandHandler
    void handle(StartFundedProjectCommand command) {
        transition(Transition.START, new FundedProjectStartedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(CloseFundedProjectCommand command) {
        transition(Transition.CLOSE, new FundedProjectClosedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(RejectFundingApplicationCommand command) {
        transition(Transition.REJECT, new FundingApplicationRejectedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(WithdrawFundingApplicationCommand command) {
        transition(Transition.WITHDRAW, new FundingApplicationWithdrawnEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecordEarlyStartExemptionCommand command) {
        if (!EnumSet.of(DRAFT, SUBMITTED, APPROVAL_PROMISED).contains(status)) {
            throw RuleViolation.conflict("funding-application.early-start-after-decision",
                                         "An early start can be allowed only before the decision; the application is "
                                         + status);
        }
        if (earlyStartGranted) {
            throw RuleViolation.conflict("funding-application.early-start-already-granted",
                                         "The early start was allowed already");
        }
        apply(new EarlyStartExemptionGrantedEvent(applicationId, command.effectiveOn()));
    }

    private void transition(Transition transition, EffectiveDated event) {
        if (!transition.from.contains(status)) {
            throw RuleViolation.conflict("funding-application.transition-not-allowed",
                                         "Cannot " + transition.name().toLowerCase().replace('_', ' ')
                                         + " an application that is " + status);
        }
        apply(event);
    }

    @EventSourcingHandler
    void on(FundingApplicationDraftedEvent event) {
        applicationId = event.applicationId();
        requestedAmount = event.requestedAmount();
        status = DRAFT;
    }

    @EventSourcingHandler
    void on(EarlyStartExemptionGrantedEvent event) {
        earlyStartGranted = true;
    }

    @EventSourcingHandler
    void on(FundingApplicationSubmittedEvent event) {
        status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(FundingApprovalPromisedEvent event) {
        status = APPROVAL_PROMISED;
    }

    @EventSourcingHandler
    void on(FundingApplicationApprovedEvent event) {
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(FundedProjectStartedEvent event) {
        status = RUNNING;
    }

    @EventSourcingHandler
    void on(FundedProjectClosedEvent event) {
        status = CLOSED;
    }

    @EventSourcingHandler
    void on(FundingApplicationRejectedEvent event) {
        status = REJECTED;
    }

    @EventSourcingHandler
    void on(FundingApplicationWithdrawnEvent event) {
        status = WITHDRAWN;
    }
}
