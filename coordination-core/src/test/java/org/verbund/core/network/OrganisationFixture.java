package org.verbund.core.network;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationRegisteredEvent;
import org.verbund.core.network.api.RegisterOrganisationCommand;

import java.time.LocalDate;

/** Organisations of the report's network, as test data. */
public final class OrganisationFixture {

    public static final OrganisationId CARITAS = new OrganisationId("caritas-dortmund");
    public static final OrganisationId COORDINATION_GROUP = new OrganisationId("koordinierungsgruppe-neuzuwanderung");
    public static final LocalDate REGISTERED_ON = LocalDate.of(2014, 1, 15);

    public static RegisterOrganisationCommand registerCaritas() {
        return new RegisterOrganisationCommand(CARITAS, "Caritasverband Dortmund", "CV",
                                               OrganisationKind.NON_PROFIT_CARRIER, REGISTERED_ON);
    }

    public static OrganisationRegisteredEvent caritasRegistered() {
        return new OrganisationRegisteredEvent(CARITAS, "Caritasverband Dortmund", "CV",
                                               OrganisationKind.NON_PROFIT_CARRIER, REGISTERED_ON);
    }

    public static OrganisationRegisteredEvent coordinationGroupRegistered() {
        return new OrganisationRegisteredEvent(COORDINATION_GROUP, "Koordinierungsgruppe Neuzuwanderung", "KG",
                                               OrganisationKind.COORDINATION_BODY, REGISTERED_ON);
    }

    private OrganisationFixture() {
    }
}
