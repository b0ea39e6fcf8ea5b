package org.verbund.core.network.api;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;

import java.util.Collection;
import java.util.Optional;

/**
 * The network registry as every aggregate's command handler may ask it: is this organisation registered, of which
 * kind, still active? Answered from the organisations' own events, so it agrees with every write acknowledged before
 * the question (never a read model that trails them). A handler takes it as a parameter.
 */
public interface OrganisationRegistry {

    Optional<RegisteredOrganisation> find(OrganisationId organisationId);

    /**
     * Refuses (422 with {@code code}) unless {@code organisationId} names a registered, active organisation.
     */
    default RegisteredOrganisation requireActive(OrganisationId organisationId, String code) {
        return find(organisationId).filter(RegisteredOrganisation::active).orElseThrow(
                () -> RuleViolation.unprocessable(code, "There is no active organisation " + organisationId
                                                        + " in the registry"));
    }

    /** The same for each of {@code organisationIds}. */
    default void requireActive(Collection<OrganisationId> organisationIds, String code) {
        if (organisationIds != null) {
            organisationIds.forEach(organisationId -> requireActive(organisationId, code));
        }
    }
}
