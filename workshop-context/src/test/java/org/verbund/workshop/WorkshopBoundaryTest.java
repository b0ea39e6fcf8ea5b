package org.verbund.workshop;

import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;
import org.verbund.core.architecture.PackageDocs;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopBoundaryTest {

    @Test
    void reachesOtherContextsOnlyThroughTheirApi() {
        BoundaryRules.contextUsesOnlyApisOfOthers("workshop").check(BoundaryRules.productionClasses());
    }

    @Test
    void eventsAreVersionedAndEffectiveDated() {
        BoundaryRules.eventsAreVersionedAndEffectiveDated("org.verbund.workshop").check(BoundaryRules.productionClasses());
    }

    @Test
    void internalsArePackagePrivate() {
        BoundaryRules.internalsArePackagePrivate("org.verbund.workshop").check(BoundaryRules.productionClasses());
    }

    @Test
    void commandsTargetTypedIds() {
        BoundaryRules.commandsTargetTypedIds("org.verbund.workshop").check(BoundaryRules.productionClasses());
    }

    @Test
    void everyPackageIsDescribed() {
        assertThat(PackageDocs.undocumentedPackages(Path.of("src/main/java"))).isEmpty();
    }
}
