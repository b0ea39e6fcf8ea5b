package org.verbund.gateway;

import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;

class GatewayBoundaryTest {

    @Test
    void reachesContextsOnlyThroughTheirApi() {
        BoundaryRules.gatewayUsesOnlyContextApis().check(BoundaryRules.productionClasses());
    }

    @Test
    void nothingButTheStoreAndTheGatewayReadsPersonalDataInClear() {
        BoundaryRules.personalDataIsReadOnlyWhereItIsSealedOrShown().check(BoundaryRules.productionClasses());
    }
}
