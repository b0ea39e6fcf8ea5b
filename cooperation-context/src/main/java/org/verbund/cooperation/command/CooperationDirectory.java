package org.verbund.cooperation.command;

import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.FundingApplicationId;

import java.util.Optional;
import java.util.Set;

/**
 * What visits, contacts and agreements ask about partnerships, visits and funding before they change: answered from
 * those aggregates themselves and, for funding, from the funding context's applications (see
 * {@link AggregateCooperationDirectory}), so that it agrees with every acknowledged write.
 */
public interface CooperationDirectory {

    Optional<Partners> partnership(PartnershipId partnershipId);

    /** The partnership a visit belongs to, if there is such a visit. */
    Optional<PartnershipId> partnershipOfVisit(VisitId visitId);

    /** Whether the funding context has the application. */
    boolean isFundingApplication(FundingApplicationId applicationId);

    /**
     * Who takes part in a partnership, and whether it is still open (not ended). The organisations taking part, and
     * coordinators, manage it and everything of it; partnerships are public, so everyone else is refused (403).
     */
    record Partners(Set<OrganisationId> participants, boolean open) {

        static final String PARTICIPANTS_ONLY = "partnership.participants-only";

        public void requireManagedBy(Actor actor) {
            if (!actor.coordinates() && !actor.actsForAny(participants)) {
                throw RuleViolation.forbidden(PARTICIPANTS_ONLY,
                                              "Only organisations taking part, or a coordinator, manage a partnership");
            }
        }

        /**
         * The same for a contact, which holds personal data: a partner not taking part may not read the
         * partnership's contacts, so to it a contact does not exist (404) rather than being refused.
         */
        public void requireContactManagedBy(Actor actor) {
            if (!actor.coordinates() && !actor.actsForAny(participants) && actor.mayWrite()) {
                throw RuleViolation.notFound();
            }
            requireManagedBy(actor);
        }
    }
}
