package org.verbund.core.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of DESIGN.md ("Modules and packages", rule 6), shared by every module's boundary test:
 * coordination-core depends on no context; a context reaches another context, and the gateway reaches a context,
 * only through that context's {@code api} package.
 */
public final class BoundaryRules {

    public static final List<String> CONTEXTS = List.of("funding", "workshop", "cooperation");

    private BoundaryRules() {
    }

    public static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.verbund");
    }

    /** coordination-core is the shared kernel: it knows no context and not the gateway. */
    public static ArchRule coreDependsOnNoContext() {
        return noClasses().that().resideInAPackage("org.verbund.core..")
                          .should().dependOnClassesThat(resideInAPackage("org.verbund.gateway..")
                                                                .or(anyContext()))
                          .because("coordination-core is the shared kernel every context builds on")
                          .allowEmptyShould(true);
    }

    /** A context reaches other contexts only through their api packages, and never the gateway. */
    public static ArchRule contextUsesOnlyApisOfOthers(String context) {
        DescribedPredicate<JavaClass> internalsOfOthers = DescribedPredicate.alwaysFalse();
        for (String other : CONTEXTS) {
            if (!other.equals(context)) {
                internalsOfOthers = internalsOfOthers.or(internalsOf(other));
            }
        }
        return noClasses().that().resideInAPackage("org.verbund." + context + "..")
                          .should().dependOnClassesThat(internalsOfOthers.or(resideInAPackage("org.verbund.gateway..")))
                          .because("contexts talk only through each other's api package")
                          .allowEmptyShould(true);
    }

    /** The gateway talks to contexts only through their api packages (and Axon's gateways). */
    public static ArchRule gatewayUsesOnlyContextApis() {
        DescribedPredicate<JavaClass> internals = DescribedPredicate.alwaysFalse();
        for (String context : CONTEXTS) {
            internals = internals.or(internalsOf(context));
        }
        return noClasses().that().resideInAPackage("org.verbund.gateway..")
                          .should().dependOnClassesThat(internals)
                          .because("the gateway talks only to api types and the command and query gateways")
                          .allowEmptyShould(true);
    }

    /**
     * Every event type of an {@code api} package is versioned from its first day and carries its effective date
     * (DESIGN.md, "Event conventions"; rule 5 of the house).
     */
    public static ArchRule eventsAreVersionedAndEffectiveDated(String basePackage) {
        return classes().that().resideInAPackage(basePackage + "..api..")
                        .and().haveSimpleNameEndingWith("Event")
                        .should().beAnnotatedWith(org.axonframework.serialization.Revision.class)
                        .andShould().implement(org.verbund.core.kernel.EffectiveDated.class)
                        .because("stored events are never edited: their schema evolves by revision and upcaster")
                        .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> anyContext() {
        DescribedPredicate<JavaClass> any = DescribedPredicate.alwaysFalse();
        for (String context : CONTEXTS) {
            any = any.or(resideInAPackage("org.verbund." + context + ".."));
        }
        return any;
    }

    private static DescribedPredicate<JavaClass> internalsOf(String context) {
        return resideInAPackage("org.verbund." + context + "..")
                .and(DescribedPredicate.not(resideInAPackage("org.verbund." + context + ".api..")))
                .as("internals of the " + context + " context");
    }

    /**
     * Personal data is read in clear only where it is encrypted and decrypted ({@code core.privacy}) and where it
     * leaves the system ({@code gateway}): a projection that copied a name into a plain field would survive an
     * erasure.
     */
    public static ArchRule personalDataIsReadOnlyWhereItIsSealedOrShown() {
        return noClasses().that().resideOutsideOfPackages("org.verbund.core.privacy..", "org.verbund.gateway..")
                          .should().callMethod(org.verbund.core.kernel.PersonalText.class, "value")
                          .because("a copy of personal data in clear would outlive the person's erasure")
                          .allowEmptyShould(true);
    }
}
