package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentRefusedEvent;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.DecideAmendmentCommand;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.ProposeAmendmentCommand;

import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.funding.api.FundingRule.AMENDMENT_DECIDED;
import static org.verbund.funding.api.FundingRule.AMENDMENT_EMPTY;
import static org.verbund.funding.api.FundingRule.AMENDMENT_ID_TAKEN;
import static org.verbund.funding.api.FundingRule.AMENDMENT_NOT_RUNNING;
import static org.verbund.funding.api.FundingRule.AMENDMENT_PART_NOT_PROPOSED;
import static org.verbund.funding.api.FundingRule.APPLICATION_NEGATIVE_AMOUNT;
import static org.verbund.funding.api.FundingRule.APPLICATION_UNKNOWN_ORGANISATION;

/**
 * An amendment of a running project (Änderungsantrag), a member of its {@link FundingApplication}: proposed once,
 * decided once by the funder, while the project runs. What the funder approves is what was proposed: each proposed
 * part as proposed or with another value, never a part that was not proposed.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Amendment {

    @EntityId
    private AmendmentId amendmentId;
    // package-private for the snapshots of FundingApplication taken before amendments were its members
    AmendmentValues proposed;
    boolean open = true;

    /** For the snapshot serializer. */
    private Amendment() {
    }

    Amendment(AmendmentId amendmentId) {
        this.amendmentId = amendmentId;
    }

    Amendment(AmendmentId amendmentId, AmendmentValues proposed) {
        this(amendmentId);
        this.proposed = proposed;
    }

    /**
     * Proposes an amendment, while the project runs: under an id of its own, changing the amount, the period or the
     * partners, with no negative amount and only active organisations as partners.
     */
    static void propose(ProposeAmendmentCommand command, ApplicationStatus status, Set<AmendmentId> taken,
                        OrganisationRegistry registry) {
        if (status != ApplicationStatus.RUNNING) {
            throw AMENDMENT_NOT_RUNNING.violation("Amendments are proposed while the project runs; it is " + status);
        }
        if (command.amendmentId() == null || taken.contains(command.amendmentId())) {
            throw AMENDMENT_ID_TAKEN.violation("An amendment needs an id of its own");
        }
        if (command.proposed() == null || command.proposed().changesNothing()) {
            throw AMENDMENT_EMPTY.violation("An amendment changes the amount, the period or the partners");
        }
        requireNotNegative(command.proposed());
        registry.requireActive(ApplicationAccess.organisationsOf(command.proposed().partners()),
                               APPLICATION_UNKNOWN_ORGANISATION.code());
        apply(new AmendmentProposedEvent(command.applicationId(), command.amendmentId(), command.proposed(),
                                         command.effectiveOn()));
    }

    void decide(DecideAmendmentCommand command, FundingApplicationId applicationId, ApplicationStatus status,
                OrganisationRegistry registry) {
        if (!open) {
            throw AMENDMENT_DECIDED.violation("The amendment " + amendmentId + " was decided already");
        }
        if (status != ApplicationStatus.RUNNING) {
            throw AMENDMENT_NOT_RUNNING.violation("Amendments are decided while the project runs; it is " + status);
        }
        if (!command.approve()) {
            apply(new AmendmentRefusedEvent(applicationId, amendmentId, command.effectiveOn()));
            return;
        }
        AmendmentValues approved = approvedValues(command.approved());
        registry.requireActive(ApplicationAccess.organisationsOf(approved.partners()),
                               APPLICATION_UNKNOWN_ORGANISATION.code());
        apply(new AmendmentApprovedEvent(applicationId, amendmentId, approved, command.effectiveOn()));
    }

    /** Each proposed part as approved: the approved value if given, else the proposed one; nothing else. */
    private AmendmentValues approvedValues(AmendmentValues given) {
        AmendmentValues changes = given == null ? new AmendmentValues(null, null, null) : given;
        if ((changes.amount() != null && proposed.amount() == null)
            || (changes.period() != null && proposed.period() == null)
            || (changes.partners() != null && proposed.partners() == null)) {
            throw AMENDMENT_PART_NOT_PROPOSED.violation("Only what was proposed can be approved");
        }
        requireNotNegative(changes);
        return new AmendmentValues(changes.amount() != null ? changes.amount() : proposed.amount(),
                                   changes.period() != null ? changes.period() : proposed.period(),
                                   changes.partners() != null ? changes.partners() : proposed.partners());
    }

    private static void requireNotNegative(AmendmentValues values) {
        if (values.amount() != null && values.amount().isNegative()) {
            throw APPLICATION_NEGATIVE_AMOUNT.violation("An amount cannot be negative");
        }
    }

    // by value, as the aggregate's state is compared when its events are sourced again (see Axon's test fixtures)
    @Override
    public boolean equals(Object other) {
        return other instanceof Amendment amendment && amendment.amendmentId.equals(amendmentId)
               && Objects.equals(amendment.proposed, proposed) && amendment.open == open;
    }

    @Override
    public int hashCode() {
        return amendmentId.hashCode();
    }

    @EventSourcingHandler
    void on(AmendmentApprovedEvent event) {
        open = false;
    }

    @EventSourcingHandler
    void on(AmendmentRefusedEvent event) {
        open = false;
    }
}
