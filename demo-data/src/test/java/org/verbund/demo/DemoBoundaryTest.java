package org.verbund.demo;

import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;
import org.verbund.core.architecture.PackageDocs;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data is a client of the contexts like the gateway: it sends their api commands and knows nothing else. */
class DemoBoundaryTest {

    @Test
    void reachesContextsOnlyThroughTheirApi() {
        BoundaryRules.demoUsesOnlyContextApis().check(BoundaryRules.productionClasses());
    }

    @Test
    void readsNoPersonalDataInClear() {
        BoundaryRules.personalDataIsReadOnlyWhereItIsSealedOrShown().check(BoundaryRules.productionClasses());
    }

    @Test
    void everyPackageIsDescribed() {
        assertThat(PackageDocs.undocumentedPackages(Path.of("src/main/java"))).isEmpty();
    }
}
