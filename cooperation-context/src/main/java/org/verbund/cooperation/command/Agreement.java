package org.verbund.cooperation.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementNegotiationStartedEvent;
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.AgreementStatus;
import org.verbund.cooperation.api.AgreementTerminatedEvent;
import org.verbund.cooperation.api.DraftAgreementCommand;
import org.verbund.cooperation.api.NegotiateAgreementCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.SignAgreementCommand;
import org.verbund.cooperation.api.TerminateAgreementCommand;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.network.api.OrganisationRegistry;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.cooperation.api.CooperationRule.AGREEMENT_SIGNATORIES_AND_VALIDITY_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.AGREEMENT_TITLE_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.AGREEMENT_TRANSITION_NOT_ALLOWED;
import static org.verbund.cooperation.api.CooperationRule.AGREEMENT_UNKNOWN_ORGANISATION;
import static org.verbund.cooperation.api.CooperationRule.AGREEMENT_UNKNOWN_PARTNERSHIP;

/**
 * An agreement of a partnership: drafted, negotiated, signed with a validity period, terminated; by the organisations
 * taking part in the partnership, and coordinators.
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Agreement {

    @AggregateIdentifier
    private AgreementId agreementId;
    private PartnershipId partnershipId;
    private AgreementStatus status;

    protected Agreement() {
    }

    @CommandHandler
    Agreement(DraftAgreementCommand command, Actor actor, CooperationDirectory directory) {
        directory.partnership(command.partnershipId()).filter(CooperationDirectory.Partners::open).orElseThrow(
                () -> AGREEMENT_UNKNOWN_PARTNERSHIP.violation("There is no open partnership "
                                                              + command.partnershipId()))
                 .requireManagedBy(actor);
        if (command.title() == null || command.title().isBlank()) {
            throw AGREEMENT_TITLE_REQUIRED.violation("An agreement needs a title");
        }
        apply(new AgreementDraftedEvent(command.agreementId(), command.partnershipId(), command.title().strip(),
                                        command.effectiveOn()));
    }

    @CommandHandler
    void handle(NegotiateAgreementCommand command, Actor actor, CooperationDirectory directory) {
        requireManagedBy(actor, directory, command.partnershipId());
        require(AgreementStatus.DRAFTED, "negotiate");
        apply(new AgreementNegotiationStartedEvent(agreementId, partnershipId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(SignAgreementCommand command, Actor actor, CooperationDirectory directory,
                OrganisationRegistry registry) {
        requireManagedBy(actor, directory, command.partnershipId());
        if (status != AgreementStatus.DRAFTED && status != AgreementStatus.NEGOTIATING) {
            throw AGREEMENT_TRANSITION_NOT_ALLOWED.violation("Cannot sign an agreement that is " + status);
        }
        if (command.signatories() == null || command.signatories().isEmpty() || command.validity() == null) {
            throw AGREEMENT_SIGNATORIES_AND_VALIDITY_REQUIRED.violation(
                    "A signed agreement names its signatories and its validity");
        }
        registry.requireActive(command.signatories(), AGREEMENT_UNKNOWN_ORGANISATION.code());
        apply(new AgreementSignedEvent(agreementId, partnershipId, List.copyOf(command.signatories()),
                                       command.validity(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(TerminateAgreementCommand command, Actor actor, CooperationDirectory directory) {
        requireManagedBy(actor, directory, command.partnershipId());
        require(AgreementStatus.SIGNED, "terminate");
        apply(new AgreementTerminatedEvent(agreementId, partnershipId, command.effectiveOn()));
    }

    /** Only within its own partnership (as the request's path names it): otherwise, as for an unknown id, 404. */
    private void requireManagedBy(Actor actor, CooperationDirectory directory, PartnershipId named) {
        if (!partnershipId.equals(named)) {
            throw RuleViolation.notFound();
        }
        directory.partnership(partnershipId).orElseThrow(RuleViolation::notFound).requireManagedBy(actor);
    }

    private void require(AgreementStatus expected, String what) {
        if (status != expected) {
            throw AGREEMENT_TRANSITION_NOT_ALLOWED.violation("Cannot " + what + " an agreement that is " + status);
        }
    }

    @EventSourcingHandler
    void on(AgreementDraftedEvent event) {
        agreementId = event.agreementId();
        partnershipId = event.partnershipId();
        status = AgreementStatus.DRAFTED;
    }

    @EventSourcingHandler
    void on(AgreementNegotiationStartedEvent event) {
        status = AgreementStatus.NEGOTIATING;
    }

    @EventSourcingHandler
    void on(AgreementSignedEvent event) {
        status = AgreementStatus.SIGNED;
    }

    @EventSourcingHandler
    void on(AgreementTerminatedEvent event) {
        status = AgreementStatus.TERMINATED;
    }
}
