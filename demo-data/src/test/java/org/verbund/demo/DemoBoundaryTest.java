package org.verbund.demo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The demo data is a client of the contexts like the gateway: it sends their api commands and knows nothing else. */
class DemoBoundaryTest {

    @Test
    void reachesContextsOnlyThroughTheirApi() {
        // BoundaryRules.gatewayUsesOnlyContextApis() for org.verbund.demo, until BoundaryRules has a rule of its own
        DescribedPredicate<JavaClass> internals = DescribedPredicate.alwaysFalse();
        for (String context : BoundaryRules.CONTEXTS) {
            internals = internals.or(resideInAPackage("org.verbund." + context + "..")
                    .and(DescribedPredicate.not(resideInAPackage("org.verbund." + context + ".api..")))
                    .as("internals of the " + context + " context"));
        }
        noClasses().that().resideInAPackage("org.verbund.demo..")
                   .should().dependOnClassesThat(internals.or(resideInAPackage("org.verbund.gateway..")))
                   .because("the demo data is loaded through the contexts' commands, as a client would send them")
                   .check(BoundaryRules.productionClasses());
    }

    @Test
    void readsNoPersonalDataInClear() {
        BoundaryRules.personalDataIsReadOnlyWhereItIsSealedOrShown().check(BoundaryRules.productionClasses());
    }
}
