package org.verbund.funding;

import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;

class FundingBoundaryTest {

    @Test
    void reachesOtherContextsOnlyThroughTheirApi() {
        BoundaryRules.contextUsesOnlyApisOfOthers("funding").check(BoundaryRules.productionClasses());
    }

    @Test
    void eventsAreVersionedAndEffectiveDated() {
        BoundaryRules.eventsAreVersionedAndEffectiveDated("org.verbund.funding").check(BoundaryRules.productionClasses());
    }
}
