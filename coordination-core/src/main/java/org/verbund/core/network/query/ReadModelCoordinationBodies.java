package org.verbund.core.network.query;

import org.springframework.stereotype.Component;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.FindOrganisationQuery;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationSummary;
import org.verbund.core.network.command.CoordinationBodies;

/** Answers from the organisations read model (which trails the events by milliseconds). */
@Component
public class ReadModelCoordinationBodies implements CoordinationBodies {

    private final OrganisationsProjection organisations;

    public ReadModelCoordinationBodies(OrganisationsProjection organisations) {
        this.organisations = organisations;
    }

    @Override
    public boolean isActiveCoordinationBody(OrganisationId organisationId) {
        OrganisationSummary body = organisations.handle(new FindOrganisationQuery(organisationId));
        return body != null && body.active() && body.kind() == OrganisationKind.COORDINATION_BODY;
    }
}
