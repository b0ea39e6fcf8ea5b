package org.verbund.funding.command;

import org.axonframework.deadline.DeadlineManager;
import org.verbund.core.kernel.Actor;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationExtendsEvent;
import org.verbund.funding.api.FundingRule;
import org.verbund.funding.api.ImplementingPartner;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * How a {@link FundingApplication} begins: who may draft it, what a draft must hold (a known programme, a title, no
 * negative amount, active organisations, an approved other project if it extends one), and what it records: the
 * draft, the project it extends, and the submission deadline of the programme's open call.
 */
final class ApplicationDrafts {

    private static final Set<ApplicationStatus> EXTENSIBLE = EnumSet.of(ApplicationStatus.APPROVED,
                                                                        ApplicationStatus.RUNNING,
                                                                        ApplicationStatus.CLOSED);

    private ApplicationDrafts() {
    }

    /** Applies the events of the draft, once its rules hold; runs in the aggregate's creating command handler. */
    static void draft(DraftFundingApplicationCommand command, Actor actor, FundingProgrammes programmes,
                      FundingApplications applications, OrganisationRegistry registry, DeadlineManager deadlines) {
        ApplicationAccess.requireMayDraft(actor, command.leadApplicant());
        if (!programmes.exists(command.programmeId())) {
            throw FundingRule.APPLICATION_UNKNOWN_PROGRAMME.violation(
                    "There is no funding programme " + command.programmeId());
        }
        if (command.title() == null || command.title().isBlank()) {
            throw FundingRule.APPLICATION_TITLE_REQUIRED.violation("An application needs a title");
        }
        if (command.requestedAmount().isNegative()) {
            throw FundingRule.APPLICATION_NEGATIVE_AMOUNT.violation("The requested amount cannot be negative");
        }
        String unknownOrganisation = FundingRule.APPLICATION_UNKNOWN_ORGANISATION.code();
        registry.requireActive(command.leadApplicant(), unknownOrganisation);
        registry.requireActive(ApplicationAccess.organisationsOf(command.partners()), unknownOrganisation);
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
        programmes.openCall(command.programmeId(), command.effectiveOn()).ifPresent(call -> FundingDeadlines.schedule(
                deadlines, command.applicationId(), command.leadApplicant(), FundingDeadlines.SUBMISSION,
                DeadlineKind.SUBMISSION, call.submissionDeadline(), command.effectiveOn()));
    }

    private static void requireApprovedPredecessor(DraftFundingApplicationCommand command,
                                                   FundingApplications applications) {
        if (command.predecessorId().equals(command.applicationId())) {
            throw FundingRule.EXTENDS_ITSELF.violation("An application cannot extend itself");
        }
        ApplicationStatus predecessor = applications.statusOf(command.predecessorId()).orElseThrow(
                () -> FundingRule.UNKNOWN_PREDECESSOR.violation("There is no application " + command.predecessorId()));
        if (!EXTENSIBLE.contains(predecessor)) {
            throw FundingRule.PREDECESSOR_NOT_APPROVED.violation(
                    "Only an approved project can be extended; " + command.predecessorId() + " is " + predecessor);
        }
    }
}
