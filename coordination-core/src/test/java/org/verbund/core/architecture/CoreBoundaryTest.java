package org.verbund.core.architecture;

import org.junit.jupiter.api.Test;

class CoreBoundaryTest {

    @Test
    void coreDependsOnNoContext() {
        BoundaryRules.coreDependsOnNoContext().check(BoundaryRules.productionClasses());
    }
}
