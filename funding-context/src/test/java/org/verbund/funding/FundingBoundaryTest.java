package org.verbund.funding;

import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;
import org.verbund.core.architecture.PackageDocs;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FundingBoundaryTest {

    @Test
    void reachesOtherContextsOnlyThroughTheirApi() {
        BoundaryRules.contextUsesOnlyApisOfOthers("funding").check(BoundaryRules.productionClasses());
    }

    @Test
    void eventsAreVersionedAndEffectiveDated() {
        BoundaryRules.eventsAreVersionedAndEffectiveDated("org.verbund.funding").check(BoundaryRules.productionClasses());
    }

    @Test
    void internalsArePackagePrivate() {
        BoundaryRules.internalsArePackagePrivate("org.verbund.funding").check(BoundaryRules.productionClasses());
    }

    @Test
    void commandsTargetTypedIds() {
        BoundaryRules.commandsTargetTypedIds("org.verbund.funding").check(BoundaryRules.productionClasses());
    }

    @Test
    void everyPackageIsDescribed() {
        assertThat(PackageDocs.undocumentedPackages(Path.of("src/main/java"))).isEmpty();
    }
}
