package org.verbund.core.network.command;

import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.AggregateReaders;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.core.network.api.RegisteredOrganisation;

import java.util.Optional;

/** The registry read from the Organisation aggregates themselves. */
@Component
class AggregateOrganisationRegistry implements OrganisationRegistry {

    private final AggregateReaders aggregates;

    AggregateOrganisationRegistry(AggregateReaders aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public Optional<RegisteredOrganisation> find(OrganisationId organisationId) {
        return aggregates.read(Organisation.class, organisationId.value(), Organisation::registration);
    }
}
