package org.verbund.funding.command;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.ImplementingPartner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may change a funding application: its lead applicant (as a partner) and coordinators. Its implementing partners
 * see it and are refused (403); to every other partner it does not exist (404), as for an unknown id.
 */
final class ApplicationAccess {

    static final String LEAD_APPLICANT_ONLY = "funding-application.lead-applicant-only";

    private ApplicationAccess() {
    }

    /** A partner drafts only as the application's lead applicant. */
    static void requireMayDraft(Actor actor, OrganisationId leadApplicant) {
        if (!actor.coordinates() && !actor.actsFor(leadApplicant)) {
            throw RuleViolation.forbidden(LEAD_APPLICANT_ONLY,
                                          "A partner drafts applications only as their lead applicant");
        }
    }

    static void requireMayChange(Actor actor, OrganisationId leadApplicant, Set<OrganisationId> partners) {
        if (actor.coordinates() || actor.actsFor(leadApplicant)) {
            return;
        }
        boolean seesIt = !actor.mayWrite() || actor.actsForAny(partners);
        if (!seesIt) {
            throw RuleViolation.notFound();
        }
        throw RuleViolation.forbidden(LEAD_APPLICANT_ONLY,
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
