package org.verbund.cooperation.command;

import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;

import java.util.Optional;
import java.util.Set;

import static org.verbund.cooperation.api.CooperationRule.PARTNERSHIP_PARTICIPANTS_ONLY;

/**
 * What visits, contacts and agreements ask about partnerships, visits and funding before they change: answered from
 * the event streams of those aggregates themselves (see {@link AggregateCooperationDirectory}), never from a read
 * model, so that it agrees with every acknowledged write.
 */
interface CooperationDirectory {

    Optional<Partners> partnership(PartnershipId partnershipId);

    /** The partnership a visit belongs to, if there is such a visit. */
    Optional<PartnershipId> partnershipOfVisit(VisitId visitId);

    /** Whether the funding context has drafted the application. */
    boolean isFundingApplication(FundingApplicationRef applicationId);

    /**
     * Who takes part in a partnership, and whether it is still open (not ended). The organisations taking part, and
     * coordinators, manage it and everything of it; partnerships are public, so everyone else is refused (403).
     */
    record Partners(Set<OrganisationId> participants, boolean open) {

        void requireManagedBy(Actor actor) {
            if (!actor.coordinates() && !actor.actsForAny(participants)) {
                throw PARTNERSHIP_PARTICIPANTS_ONLY.violation(
                        "Only organisations taking part, or a coordinator, manage a partnership");
            }
        }

        /**
         * The same for a contact, which holds personal data: a partner not taking part may not read the
         * partnership's contacts, so to it a contact does not exist (404) rather than being refused.
         */
        void requireContactManagedBy(Actor actor) {
            if (!actor.coordinates() && !actor.actsForAny(participants) && actor.mayWrite()) {
                throw RuleViolation.notFound();
            }
            requireManagedBy(actor);
        }
    }
}
