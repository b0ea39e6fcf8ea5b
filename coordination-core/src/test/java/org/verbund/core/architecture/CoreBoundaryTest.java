package org.verbund.core.architecture;

import org.junit.jupiter.api.Test;

class CoreBoundaryTest {

    @Test
    void coreDependsOnNoContext() {
        BoundaryRules.coreDependsOnNoContext().check(BoundaryRules.productionClasses());
    }

    @Test
    void eventsAreVersionedAndEffectiveDated() {
        BoundaryRules.eventsAreVersionedAndEffectiveDated("org.verbund.core").check(BoundaryRules.productionClasses());
    }
}
