package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentRefusedEvent;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.CloseFundedProjectCommand;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.DecideAmendmentCommand;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.EarlyStartExemptionGrantedEvent;
import org.verbund.funding.api.ExtensionLinkedEvent;
import org.verbund.funding.api.FinancingLine;
import org.verbund.funding.api.FinancingPlanSetEvent;
import org.verbund.funding.api.FundedProjectClosedEvent;
import org.verbund.funding.api.FundedProjectStartedEvent;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationExtendsEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationRejectedEvent;
import org.verbund.funding.api.FundingApplicationSubmittedEvent;
import org.verbund.funding.api.FundingApplicationWithdrawnEvent;
import org.verbund.funding.api.FundingApprovalPromisedEvent;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingDeadlineDroppedEvent;
import org.verbund.funding.api.FundingDeadlineDue;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LinkExtensionCommand;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * lifecycle it keeps the financing plan, amendments of the running project, the link to the project it extends, and
 * its deadlines (submission by the call's deadline, statements of use), each scheduled with the deadline manager.
 * Its lead applicant and coordinators change it ({@link ApplicationAccess}).
 */
@Aggregate(snapshotTriggerDefinition = EventStoreConfiguration.SNAPSHOT_TRIGGER, filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class FundingApplication {

    /** Prefix of a funding deadline's name; the rest is its schedule id, so it can be cancelled on its own. */
    public static final String DEADLINE = "funding-deadline:";
    /** Deadlines fall due at the end of their day in the network's time zone. */
    static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Berlin");
    static final String SUBMISSION = "submission";
    static final String FINAL_STATEMENT = "final-statement";
    static final String INTERIM_STATEMENT = "interim-statement-";

    private static final String UNKNOWN_ORGANISATION = "funding-application.unknown-organisation";
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

    /** A deadline that is neither met nor dropped. */
    record OpenDeadline(DeadlineKind kind, LocalDate dueOn, String scheduleId, boolean overdue) {
    }

    @AggregateIdentifier
    private FundingApplicationId applicationId;
    private ApplicationStatus status;
    private OrganisationId leadApplicant;
    private Set<OrganisationId> partners = new HashSet<>();
    private Money requestedAmount;
    private boolean earlyStartGranted;
    private Set<FundingApplicationId> extensions = new HashSet<>();
    /** Amendment id to whether it is still waiting for the funder's decision. */
    private Map<String, Boolean> amendmentOpen = new HashMap<>();
    private Map<String, AmendmentValues> proposedAmendments = new HashMap<>();
    private Map<String, OpenDeadline> openDeadlines = new LinkedHashMap<>();
    private Set<String> metDeadlines = new HashSet<>();

    protected FundingApplication() {
    }

    @CommandHandler
    public FundingApplication(DraftFundingApplicationCommand command, Actor actor, FundingProgrammes programmes,
                              FundingApplications applications, OrganisationRegistry registry,
                              DeadlineManager deadlines) {
        ApplicationAccess.requireMayDraft(actor, command.leadApplicant());
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
        registry.requireActive(command.leadApplicant(), UNKNOWN_ORGANISATION);
        registry.requireActive(ApplicationAccess.organisationsOf(command.partners()), UNKNOWN_ORGANISATION);
        if (command.predecessorId() != null) {
            requireApprovedPredecessor(command, applications);
        }
        List<ImplementingPartner> partners = command.partners() == null ? List.of() : List.copyOf(command.partners());
        apply(new FundingApplicationDraftedEvent(command.applicationId(), command.programmeId(),
                                                 command.title().strip(), command.leadApplicant(), partners,
                                                 command.requestedAmount(), command.period(), command.positions(),
                                                 command.leadAttribution(), command.effectiveOn()));
        if (command.predecessorId() != null) {
            apply(new FundingApplicationExtendsEvent(command.applicationId(), command.predecessorId(),
                                                     command.effectiveOn()));
        }
        Optional<FundingCall> call = programmes.openCall(command.programmeId(), command.effectiveOn());
        // the drafted event reaches this aggregate's fields only once the constructor returns
        call.ifPresent(open -> setDeadline(deadlines, command.applicationId(), command.leadApplicant(), SUBMISSION,
                                           DeadlineKind.SUBMISSION, open.submissionDeadline(),
                                           command.effectiveOn()));
    }

    private static void requireApprovedPredecessor(DraftFundingApplicationCommand command,
                                                   FundingApplications applications) {
        if (command.predecessorId().equals(command.applicationId())) {
            throw RuleViolation.unprocessable("funding-application.extends-itself", "An application cannot extend itself");
        }
        ApplicationStatus predecessor = applications.statusOf(command.predecessorId()).orElseThrow(
                () -> RuleViolation.unprocessable("funding-application.unknown-predecessor",
                                                  "There is no application " + command.predecessorId()));
        if (!DECIDED_FOR.contains(predecessor)) {
            throw RuleViolation.unprocessable("funding-application.predecessor-not-approved",
                                              "Only an approved project can be extended; "
                                              + command.predecessorId() + " is " + predecessor);
        }
    }

    @CommandHandler
    void handle(SubmitFundingApplicationCommand command, Actor actor, DeadlineManager deadlines) {
        requireMayChange(actor);
        transition(Transition.SUBMIT, new FundingApplicationSubmittedEvent(applicationId, command.effectiveOn()));
        if (openDeadlines.containsKey(SUBMISSION)) {
            meetDeadline(deadlines, SUBMISSION, command.effectiveOn());
        }
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
            throw RuleViolation.unprocessable("funding-application.negative-amount",
                                              "The approved amount cannot be negative");
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
    void handle(RejectFundingApplicationCommand command, Actor actor, DeadlineManager deadlines) {
        requireMayChange(actor);
        transition(Transition.REJECT, new FundingApplicationRejectedEvent(applicationId, command.effectiveOn()));
        dropOpenDeadlines(deadlines, command.effectiveOn());
    }

    @CommandHandler
    void handle(WithdrawFundingApplicationCommand command, Actor actor, DeadlineManager deadlines) {
        requireMayChange(actor);
        transition(Transition.WITHDRAW, new FundingApplicationWithdrawnEvent(applicationId, command.effectiveOn()));
        dropOpenDeadlines(deadlines, command.effectiveOn());
    }

    @CommandHandler
    void handle(RecordEarlyStartExemptionCommand command, Actor actor) {
        requireMayChange(actor);
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

    @CommandHandler
    void handle(SetFinancingPlanCommand command, Actor actor) {
        requireMayChange(actor);
        if (ENDED.contains(status)) {
            throw RuleViolation.conflict("funding-application.financing-plan-after-end",
                                         "The financing plan cannot change once the application is " + status);
        }
        List<FinancingLine> lines = FinancingPlans.resolve(command.totalCost(), command.lines());
        apply(new FinancingPlanSetEvent(applicationId, command.totalCost(), lines, command.effectiveOn()));
    }

    @CommandHandler
    void handle(ProposeAmendmentCommand command, Actor actor, OrganisationRegistry registry) {
        requireMayChange(actor);
        if (status != RUNNING) {
            throw RuleViolation.conflict("funding-application.amendment-not-running",
                                         "Amendments are proposed while the project runs; it is " + status);
        }
        if (command.amendmentId() == null || command.amendmentId().isBlank()
            || amendmentOpen.containsKey(command.amendmentId())) {
            throw RuleViolation.unprocessable("funding-application.amendment-id-taken",
                                              "An amendment needs an id of its own");
        }
        if (command.proposed() == null || command.proposed().changesNothing()) {
            throw RuleViolation.unprocessable("funding-application.amendment-empty",
                                              "An amendment changes the amount, the period or the partners");
        }
        requireNotNegative(command.proposed());
        registry.requireActive(ApplicationAccess.organisationsOf(command.proposed().partners()), UNKNOWN_ORGANISATION);
        apply(new AmendmentProposedEvent(applicationId, command.amendmentId(), command.proposed(),
                                         command.effectiveOn()));
    }

    @CommandHandler
    void handle(DecideAmendmentCommand command, Actor actor, OrganisationRegistry registry) {
        requireMayChange(actor);
        Boolean open = amendmentOpen.get(command.amendmentId());
        if (open == null) {
            throw RuleViolation.unprocessable("funding-application.unknown-amendment",
                                              "There is no amendment " + command.amendmentId());
        }
        if (!open) {
            throw RuleViolation.conflict("funding-application.amendment-decided",
                                         "The amendment " + command.amendmentId() + " was decided already");
        }
        if (status != RUNNING) {
            throw RuleViolation.conflict("funding-application.amendment-not-running",
                                         "Amendments are decided while the project runs; it is " + status);
        }
        if (!command.approve()) {
            apply(new AmendmentRefusedEvent(applicationId, command.amendmentId(), command.effectiveOn()));
            return;
        }
        AmendmentValues approved = approvedValues(proposedAmendments.get(command.amendmentId()), command.approved());
        registry.requireActive(ApplicationAccess.organisationsOf(approved.partners()), UNKNOWN_ORGANISATION);
        apply(new AmendmentApprovedEvent(applicationId, command.amendmentId(), approved, command.effectiveOn()));
    }

    /** Each proposed part as approved: the approved value if given, else the proposed one; nothing else. */
    private static AmendmentValues approvedValues(AmendmentValues proposed, AmendmentValues given) {
        AmendmentValues changes = given == null ? new AmendmentValues(null, null, null) : given;
        if ((changes.amount() != null && proposed.amount() == null)
            || (changes.period() != null && proposed.period() == null)
            || (changes.partners() != null && proposed.partners() == null)) {
            throw RuleViolation.unprocessable("funding-application.amendment-part-not-proposed",
                                              "Only what was proposed can be approved");
        }
        requireNotNegative(changes);
        return new AmendmentValues(changes.amount() != null ? changes.amount() : proposed.amount(),
                                   changes.period() != null ? changes.period() : proposed.period(),
                                   changes.partners() != null ? changes.partners() : proposed.partners());
    }

    private static void requireNotNegative(AmendmentValues values) {
        if (values.amount() != null && values.amount().isNegative()) {
            throw RuleViolation.unprocessable("funding-application.negative-amount", "An amount cannot be negative");
        }
    }

    @CommandHandler
    void handle(LinkExtensionCommand command, Actor actor) {
        actor.requireSystem("funding-application.linked-by-verbund");
        if (!extensions.contains(command.extensionId())) {
            apply(new ExtensionLinkedEvent(applicationId, command.extensionId(), command.effectiveOn()));
        }
    }

    @CommandHandler
    void handle(SetReportingDatesCommand command, Actor actor, DeadlineManager deadlines) {
        requireMayChange(actor);
        if (!DECIDED_FOR.contains(status)) {
            throw RuleViolation.conflict("funding-application.reporting-before-approval",
                                         "Reporting dates are set once the project is approved; it is " + status);
        }
        Map<String, LocalDate> wanted = new LinkedHashMap<>();
        List<LocalDate> interim = command.interimStatements() == null ? List.of() : command.interimStatements();
        for (int number = 0; number < interim.size(); number++) {
            wanted.put(INTERIM_STATEMENT + (number + 1), interim.get(number));
        }
        if (command.finalStatement() != null) {
            wanted.put(FINAL_STATEMENT, command.finalStatement());
        }
        for (String key : wanted.keySet()) {
            if (metDeadlines.contains(key)) {
                throw RuleViolation.conflict("funding-deadline.already-met", "The deadline " + key + " was met");
            }
        }
        for (String key : new ArrayList<>(openDeadlines.keySet())) {
            if (!key.equals(SUBMISSION) && !wanted.containsKey(key)) {
                dropDeadline(deadlines, key, command.effectiveOn());
            }
        }
        wanted.forEach((key, dueOn) -> {
            OpenDeadline current = openDeadlines.get(key);
            if (current == null || !current.dueOn().equals(dueOn)) {
                if (current != null) {
                    cancelTrigger(deadlines, current.scheduleId());
                }
                setDeadline(deadlines, applicationId, leadApplicant, key, key.equals(FINAL_STATEMENT) ? DeadlineKind.FINAL_STATEMENT
                                                                        : DeadlineKind.INTERIM_STATEMENT,
                            dueOn, command.effectiveOn());
            }
        });
    }

    @CommandHandler
    void handle(MeetFundingDeadlineCommand command, Actor actor, DeadlineManager deadlines) {
        requireMayChange(actor);
        if (metDeadlines.contains(command.key())) {
            throw RuleViolation.conflict("funding-deadline.already-met", "The deadline " + command.key() + " was met");
        }
        if (!openDeadlines.containsKey(command.key())) {
            throw RuleViolation.unprocessable("funding-deadline.unknown",
                                              "The application has no open deadline " + command.key());
        }
        meetDeadline(deadlines, command.key(), command.effectiveOn());
    }

    /** The deadline manager says a deadline is due; it counts only if it is still the one scheduled then. */
    @DeadlineHandler
    void on(FundingDeadlineDue due) {
        OpenDeadline deadline = openDeadlines.get(due.key());
        if (deadline == null || deadline.overdue() || !deadline.scheduleId().equals(due.scheduleId())) {
            return; // met, dropped or moved since it was scheduled
        }
        apply(new FundingDeadlineFellDueEvent(applicationId, due.key(), deadline.kind(), deadline.dueOn(),
                                              leadApplicant, deadline.dueOn().plusDays(1)));
    }

    private static void setDeadline(DeadlineManager deadlines, FundingApplicationId applicationId,
                                    OrganisationId responsible, String key, DeadlineKind kind, LocalDate dueOn,
                                    LocalDate effectiveOn) {
        // names the trigger of this deadline at this date, so that a trigger of a moved deadline is recognised
        String scheduleId = key + "@" + dueOn;
        deadlines.schedule(dueOn.plusDays(1).atStartOfDay(NETWORK_ZONE).toInstant(), DEADLINE + scheduleId,
                           new FundingDeadlineDue(key, scheduleId));
        apply(new FundingDeadlineSetEvent(applicationId, key, kind, dueOn, responsible, scheduleId, effectiveOn));
    }

    private static void cancelTrigger(DeadlineManager deadlines, String scheduleId) {
        deadlines.cancelAllWithinScope(DEADLINE + scheduleId);
    }

    private void meetDeadline(DeadlineManager deadlines, String key, LocalDate effectiveOn) {
        cancelTrigger(deadlines, openDeadlines.get(key).scheduleId());
        apply(new FundingDeadlineMetEvent(applicationId, key, effectiveOn));
    }

    private void dropOpenDeadlines(DeadlineManager deadlines, LocalDate effectiveOn) {
        new ArrayList<>(openDeadlines.keySet()).forEach(key -> dropDeadline(deadlines, key, effectiveOn));
    }

    private void dropDeadline(DeadlineManager deadlines, String key, LocalDate effectiveOn) {
        cancelTrigger(deadlines, openDeadlines.get(key).scheduleId());
        apply(new FundingDeadlineDroppedEvent(applicationId, key, effectiveOn));
    }

    private void requireMayChange(Actor actor) {
        ApplicationAccess.requireMayChange(actor, leadApplicant, partners);
    }

    /** Its status, for the checks of other applications (see {@link AggregateFundingDirectory}). */
    ApplicationStatus status() {
        return status;
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

    @EventSourcingHandler
    void on(AmendmentProposedEvent event) {
        amendmentOpen.put(event.amendmentId(), true);
        proposedAmendments.put(event.amendmentId(), event.proposed());
    }

    @EventSourcingHandler
    void on(AmendmentApprovedEvent event) {
        amendmentOpen.put(event.amendmentId(), false);
        if (event.approved().partners() != null) {
            partners = ApplicationAccess.organisationsOf(event.approved().partners());
        }
    }

    @EventSourcingHandler
    void on(AmendmentRefusedEvent event) {
        amendmentOpen.put(event.amendmentId(), false);
    }

    @EventSourcingHandler
    void on(ExtensionLinkedEvent event) {
        extensions.add(event.extensionId());
    }

    @EventSourcingHandler
    void on(FundingDeadlineSetEvent event) {
        openDeadlines.put(event.key(), new OpenDeadline(event.kind(), event.dueOn(), event.scheduleId(), false));
    }

    @EventSourcingHandler
    void on(FundingDeadlineFellDueEvent event) {
        openDeadlines.computeIfPresent(event.key(), (key, deadline) -> new OpenDeadline(
                deadline.kind(), deadline.dueOn(), deadline.scheduleId(), true));
    }

    @EventSourcingHandler
    void on(FundingDeadlineMetEvent event) {
        openDeadlines.remove(event.key());
        metDeadlines.add(event.key());
    }

    @EventSourcingHandler
    void on(FundingDeadlineDroppedEvent event) {
        openDeadlines.remove(event.key());
    }
}
