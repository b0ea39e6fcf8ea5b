package org.verbund.funding.command;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.FundingRule;
import org.verbund.funding.api.ImplementingPartner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may change a funding application: its lead applicant (as a partner) and coordinators. The organisations in it
 * (implementing partners, and the lead applicant's viewers and auditors) see it and are refused (403); to everyone
 * else it does not exist (404), as for an unknown id and as for reads.
 */
final class ApplicationAccess {

    private ApplicationAccess() {
    }

    /** A partner drafts only as the application's lead applicant. */
    static void requireMayDraft(Actor actor, OrganisationId leadApplicant) {
        if (!actor.coordinates() && !actor.actsFor(leadApplicant)) {
            throw FundingRule.APPLICATION_LEAD_APPLICANT_ONLY.violation(
                    "A partner drafts applications only as their lead applicant");
        }
    }

    static void requireMayChange(Actor actor, OrganisationId leadApplicant, Set<OrganisationId> partners) {
        if (actor.coordinates() || actor.actsFor(leadApplicant)) {
            return;
        }
        // as for reads: who is not in the application (nor coordinates) may not learn that it exists
        OrganisationId own = actor.organisation();
        boolean seesIt = own != null && (own.equals(leadApplicant) || partners.contains(own));
        if (!seesIt) {
            throw RuleViolation.notFound();
        }
        throw FundingRule.APPLICATION_LEAD_APPLICANT_ONLY.violation(
                "Only the lead applicant or a coordinator changes an application");
    }

    static Set<OrganisationId> organisationsOf(List<ImplementingPartner> partners) {
        Set<OrganisationId> organisations = new LinkedHashSet<>();
        if (partners != null) {
            partners.forEach(partner -> organisations.add(partner.organisationId()));
        }
        return organisations;
    }
}
