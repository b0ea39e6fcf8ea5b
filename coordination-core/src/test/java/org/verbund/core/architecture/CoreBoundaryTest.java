package org.verbund.core.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CoreBoundaryTest {

    @Test
    void coreDependsOnNoContext() {
        BoundaryRules.coreDependsOnNoContext().check(BoundaryRules.productionClasses());
    }

    @Test
    void eventsAreVersionedAndEffectiveDated() {
        BoundaryRules.eventsAreVersionedAndEffectiveDated("org.verbund.core").check(BoundaryRules.productionClasses());
    }

    @Test
    void commandsTargetTypedIds() {
        BoundaryRules.commandsTargetTypedIds("org.verbund.core").check(BoundaryRules.productionClasses());
    }

    @Test
    void theNetworksInternalsArePackagePrivate() {
        BoundaryRules.internalsArePackagePrivate("org.verbund.core.network").check(BoundaryRules.productionClasses());
    }

    @Test
    void everyPackageIsDescribed() {
        assertThat(PackageDocs.undocumentedPackages(Path.of("src/main/java"))).isEmpty();
    }
}
