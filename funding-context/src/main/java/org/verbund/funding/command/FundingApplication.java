package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.ApplicationStatusChange;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.CloseFundedProjectCommand;
import org.verbund.funding.api.DecideAmendmentCommand;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.EarlyStartExemptionGrantedEvent;
import org.verbund.funding.api.FinancingPlanSetEvent;
import org.verbund.funding.api.FundedProjectClosedEvent;
import org.verbund.funding.api.FundedProjectStartedEvent;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationRejectedEvent;
import org.verbund.funding.api.FundingApplicationSubmittedEvent;
import org.verbund.funding.api.FundingApplicationWithdrawnEvent;
import org.verbund.funding.api.FundingApprovalPromisedEvent;
import org.verbund.funding.api.FundingDeadlineDue;
import org.verbund.funding.api.FundingRule;
import org.verbund.funding.api.MeetFundingDeadlineCommand;
import org.verbund.funding.api.PromiseFundingApprovalCommand;
import org.verbund.funding.api.ProposeAmendmentCommand;
import org.verbund.funding.api.RecordEarlyStartExemptionCommand;
import org.verbund.funding.api.RejectFundingApplicationCommand;
import org.verbund.funding.api.SetFinancingPlanCommand;
import org.verbund.funding.api.SetReportingDatesCommand;
import org.verbund.funding.api.StartFundedProjectCommand;
import org.verbund.funding.api.SubmitFundingApplicationCommand;
import org.verbund.funding.api.WithdrawFundingApplicationCommand;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 * does not allow is refused with the rule code {@code funding-application.transition-not-allowed}. Besides its
 * lifecycle it keeps the financing plan and the link to the project it extends; its {@link Amendment amendments} and
 * its {@link FundingDeadlines deadlines} are members with rules of their own. Its lead applicant and coordinators
 * change it ({@link ApplicationAccess}); that and the lifecycle are checked here before a member is asked, so that
 * nobody outside the application learns from a member's refusal that it exists.
 */
@Aggregate(snapshotTriggerDefinition = EventStoreConfiguration.SNAPSHOT_TRIGGER, filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class FundingApplication {

    private static final Set<ApplicationStatus> UNDECIDED = EnumSet.of(DRAFT, SUBMITTED, APPROVAL_PROMISED);
    private static final Set<ApplicationStatus> DECIDED_FOR = EnumSet.of(APPROVED, RUNNING, CLOSED);
    private static final Set<ApplicationStatus> ENDED = EnumSet.of(CLOSED, REJECTED, WITHDRAWN);

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
    private OrganisationId leadApplicant;
    private Set<OrganisationId> partners = new HashSet<>();
    private Money requestedAmount;
    private boolean earlyStartGranted;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<AmendmentId, Amendment> amendments = new HashMap<>();
    @AggregateMember
    private FundingDeadlines deadlines = new FundingDeadlines();
    @AggregateMember
    private Extensions extensions = new Extensions();

    protected FundingApplication() {
    }

    @CommandHandler
    FundingApplication(DraftFundingApplicationCommand command, Actor actor, FundingProgrammes programmes,
                       FundingApplications applications, OrganisationRegistry registry, DeadlineManager deadlines) {
        ApplicationDrafts.draft(command, actor, programmes, applications, registry, deadlines);
    }

    @CommandHandler
    void handle(SubmitFundingApplicationCommand command, Actor actor, DeadlineManager deadlineManager) {
        requireMayChange(actor);
        transition(Transition.SUBMIT, new FundingApplicationSubmittedEvent(applicationId, command.effectiveOn()));
        deadlines.submitted(deadlineManager, applicationId, command.effectiveOn());
    }

    @CommandHandler
    void handle(PromiseFundingApprovalCommand command, Actor actor) {
        requireMayChange(actor);
        transition(Transition.PROMISE_APPROVAL, new FundingApprovalPromisedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(ApproveFundingApplicationCommand command, Actor actor) {
        requireMayChange(actor);
        Money approved = command.approvedAmount() == null ? requestedAmount : command.approvedAmount();
        if (approved.isNegative()) {
            throw FundingRule.APPLICATION_NEGATIVE_AMOUNT.violation("The approved amount cannot be negative");
        }
        transition(Transition.APPROVE, new FundingApplicationApprovedEvent(applicationId, approved,
                                                                           command.effectiveOn()));
    }

    @CommandHandler
    void handle(StartFundedProjectCommand command, Actor actor) {
        requireMayChange(actor);
        transition(Transition.START, new FundedProjectStartedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(CloseFundedProjectCommand command, Actor actor) {
        requireMayChange(actor);
        transition(Transition.CLOSE, new FundedProjectClosedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(RejectFundingApplicationCommand command, Actor actor, DeadlineManager deadlineManager) {
        requireMayChange(actor);
        transition(Transition.REJECT, new FundingApplicationRejectedEvent(applicationId, command.effectiveOn()));
        deadlines.dropAll(deadlineManager, applicationId, command.effectiveOn());
    }

    @CommandHandler
    void handle(WithdrawFundingApplicationCommand command, Actor actor, DeadlineManager deadlineManager) {
        requireMayChange(actor);
        transition(Transition.WITHDRAW, new FundingApplicationWithdrawnEvent(applicationId, command.effectiveOn()));
        deadlines.dropAll(deadlineManager, applicationId, command.effectiveOn());
    }

    @CommandHandler
    void handle(RecordEarlyStartExemptionCommand command, Actor actor) {
        requireMayChange(actor);
        if (!UNDECIDED.contains(status)) {
            throw FundingRule.EARLY_START_AFTER_DECISION.violation(
                    "An early start can be allowed only before the decision; the application is " + status);
        }
        if (earlyStartGranted) {
            throw FundingRule.EARLY_START_ALREADY_GRANTED.violation("The early start was allowed already");
        }
        apply(new EarlyStartExemptionGrantedEvent(applicationId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(SetFinancingPlanCommand command, Actor actor) {
        requireMayChange(actor);
        if (ENDED.contains(status)) {
            throw FundingRule.FINANCING_PLAN_AFTER_END.violation(
                    "The financing plan cannot change once the application is " + status);
        }
        apply(new FinancingPlanSetEvent(applicationId, command.totalCost(),
                                        FinancingPlans.resolve(command.totalCost(), command.lines()),
                                        command.effectiveOn()));
    }

    @CommandHandler
    void handle(ProposeAmendmentCommand command, Actor actor, OrganisationRegistry registry) {
        requireMayChange(actor);
        Amendment.propose(command, status, amendments.keySet(), registry);
    }

    @CommandHandler
    void handle(DecideAmendmentCommand command, Actor actor, OrganisationRegistry registry) {
        requireMayChange(actor);
        Amendment amendment = amendments.get(command.amendmentId());
        if (amendment == null) {
            throw FundingRule.UNKNOWN_AMENDMENT.violation("There is no amendment " + command.amendmentId());
        }
        amendment.decide(command, applicationId, status, registry);
    }

    @CommandHandler
    void handle(SetReportingDatesCommand command, Actor actor, DeadlineManager deadlineManager) {
        requireMayChange(actor);
        if (!DECIDED_FOR.contains(status)) {
            throw FundingRule.REPORTING_BEFORE_APPROVAL.violation(
                    "Reporting dates are set once the project is approved; it is " + status);
        }
        deadlines.setReportingDates(command, deadlineManager, applicationId, leadApplicant);
    }

    @CommandHandler
    void handle(MeetFundingDeadlineCommand command, Actor actor, DeadlineManager deadlineManager) {
        requireMayChange(actor);
        deadlines.meet(command, deadlineManager, applicationId);
    }

    @DeadlineHandler
    void on(FundingDeadlineDue due) {
        deadlines.fallDue(due, applicationId, leadApplicant);
    }

    /** Its status, for the checks of other applications (see {@link AggregateFundingDirectory}). */
    ApplicationStatus status() {
        return status;
    }

    private void requireMayChange(Actor actor) {
        ApplicationAccess.requireMayChange(actor, leadApplicant, partners);
    }

    private void transition(Transition transition, EffectiveDated event) {
        if (!transition.from.contains(status)) {
            throw FundingRule.APPLICATION_TRANSITION_NOT_ALLOWED.violation(
                    "Cannot " + transition.name().toLowerCase().replace('_', ' ') + " an application that is "
                    + status);
        }
        apply(event);
    }

    @EventSourcingHandler
    void on(FundingApplicationDraftedEvent event) {
        applicationId = event.applicationId();
        leadApplicant = event.leadApplicant();
        partners = ApplicationAccess.organisationsOf(event.partners());
        requestedAmount = event.requestedAmount();
        status = DRAFT;
    }

    @EventSourcingHandler
    void on(EarlyStartExemptionGrantedEvent event) {
        earlyStartGranted = true;
    }

    @EventSourcingHandler
    void on(ApplicationStatusChange event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(AmendmentProposedEvent event) {
        amendments.put(event.amendmentId(), new Amendment(event.amendmentId(), event.proposed()));
    }

    @EventSourcingHandler
    void on(AmendmentApprovedEvent event) {
        if (event.approved().partners() != null) {
            partners = ApplicationAccess.organisationsOf(event.approved().partners());
        }
    }

    /** A field of a snapshot taken before amendments and deadlines were members (see {@link OlderSnapshots}). */
    @JsonAnySetter
    private void readOlderSnapshotField(String field, JsonNode value) {
        OlderSnapshots.read(field, value, amendments, deadlines);
    }
}
