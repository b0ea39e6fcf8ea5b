package org.verbund.workshop;

import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;

class WorkshopBoundaryTest {

    @Test
    void reachesOtherContextsOnlyThroughTheirApi() {
        BoundaryRules.contextUsesOnlyApisOfOthers("workshop").check(BoundaryRules.productionClasses());
    }

    @Test
    void eventsAreVersionedAndEffectiveDated() {
        BoundaryRules.eventsAreVersionedAndEffectiveDated("org.verbund.workshop").check(BoundaryRules.productionClasses());
    }
}
