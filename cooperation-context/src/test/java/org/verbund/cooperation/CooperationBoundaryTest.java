package org.verbund.cooperation;

import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;

class CooperationBoundaryTest {

    @Test
    void reachesOtherContextsOnlyThroughTheirApi() {
        BoundaryRules.contextUsesOnlyApisOfOthers("cooperation").check(BoundaryRules.productionClasses());
    }

    @Test
    void eventsAreVersionedAndEffectiveDated() {
        BoundaryRules.eventsAreVersionedAndEffectiveDated("org.verbund.cooperation").check(BoundaryRules.productionClasses());
    }
}
