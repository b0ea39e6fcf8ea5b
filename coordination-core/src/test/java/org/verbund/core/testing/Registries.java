package org.verbund.core.testing;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.core.network.api.RegisteredOrganisation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An organisation registry for fixture tests: the organisations it is told about, and no others. */
public final class Registries implements OrganisationRegistry {

    private final Map<OrganisationId, RegisteredOrganisation> organisations = new ConcurrentHashMap<>();

    /** A registry with these active carriers. */
    public static Registries withCarriers(String... organisationIds) {
        Registries registry = new Registries();
        Arrays.stream(organisationIds).forEach(id -> registry.add(id, OrganisationKind.NON_PROFIT_CARRIER, true));
        return registry;
    }

    public Registries add(String organisationId, OrganisationKind kind, boolean active) {
        organisations.put(new OrganisationId(organisationId),
                          new RegisteredOrganisation(new OrganisationId(organisationId), kind, active));
        return this;
    }

    public Registries withCoordinationBody(String organisationId) {
        return add(organisationId, OrganisationKind.COORDINATION_BODY, true);
    }

    @Override
    public Optional<RegisteredOrganisation> find(OrganisationId organisationId) {
        return Optional.ofNullable(organisations.get(organisationId));
    }
}
