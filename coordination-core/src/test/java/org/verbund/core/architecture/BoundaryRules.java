package org.verbund.core.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.PersonalText;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of DESIGN.md ("Modules and packages", rule 6), shared by every module's boundary test:
 * coordination-core depends on no context; a context reaches another context, and the gateway and the demo data
 * reach a context, only through that context's {@code api} package; a context's internals are package-private.
 * <p>
 * No rule allows an empty "that" set: a rule whose package is misspelt matches nothing and fails, instead of passing
 * silently. Each rule takes the root package so that {@code BoundaryRulesTest} can show it failing on deliberate
 * violations kept under a root of their own.
 */
public final class BoundaryRules {

    public static final String ROOT = "org.verbund";
    public static final List<String> CONTEXTS = List.of("funding", "workshop", "cooperation");

    /** Test classes, also when they arrive in another module as a test jar, are not production code. */
    private static final ImportOption NO_TESTS = location -> !location.contains("/test-classes/")
                                                             && !location.contains("-tests.jar");

    private BoundaryRules() {
    }

    public static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(NO_TESTS)
                .importPackages(ROOT);
    }

    /** coordination-core is the shared kernel: it knows no context and not the gateway. */
    public static ArchRule coreDependsOnNoContext() {
        return coreDependsOnNoContext(ROOT);
    }

    static ArchRule coreDependsOnNoContext(String root) {
        return noClasses().that().resideInAPackage(root + ".core..")
                          .should().dependOnClassesThat(resideInAPackage(root + ".gateway..")
                                                                .or(resideInAPackage(root + ".demo.."))
                                                                .or(anyContext(root)))
                          .because("coordination-core is the shared kernel every context builds on");
    }

    /** A context reaches other contexts only through their api packages, and never the gateway. */
    public static ArchRule contextUsesOnlyApisOfOthers(String context) {
        return contextUsesOnlyApisOfOthers(ROOT, context);
    }

    static ArchRule contextUsesOnlyApisOfOthers(String root, String context) {
        DescribedPredicate<JavaClass> internalsOfOthers = DescribedPredicate.alwaysFalse();
        for (String other : CONTEXTS) {
            if (!other.equals(context)) {
                internalsOfOthers = internalsOfOthers.or(internalsOf(root, other));
            }
        }
        return noClasses().that().resideInAPackage(root + "." + context + "..")
                          .should().dependOnClassesThat(internalsOfOthers.or(resideInAPackage(root + ".gateway..")))
                          .because("contexts talk only through each other's api package");
    }

    /** The gateway talks to contexts only through their api packages (and Axon's gateways). */
    public static ArchRule gatewayUsesOnlyContextApis() {
        return usesOnlyContextApis(ROOT, "gateway");
    }

    /** The demo data is entered as a user would: through the contexts' commands and queries. */
    public static ArchRule demoUsesOnlyContextApis() {
        return usesOnlyContextApis(ROOT, "demo");
    }

    static ArchRule usesOnlyContextApis(String root, String module) {
        DescribedPredicate<JavaClass> internals = DescribedPredicate.alwaysFalse();
        for (String context : CONTEXTS) {
            internals = internals.or(internalsOf(root, context));
        }
        return noClasses().that().resideInAPackage(root + "." + module + "..")
                          .should().dependOnClassesThat(internals)
                          .because("only api types and the command and query gateways cross a context's edge");
    }

    /**
     * A context's (or the network's) aggregates, handlers and projections are package-private: what other modules
     * may use is its {@code api} package, and a public internal would invite them in.
     */
    public static ArchRule internalsArePackagePrivate(String basePackage) {
        return classes().that().resideInAnyPackage(basePackage + ".command..", basePackage + ".query..")
                        .and().areTopLevelClasses()
                        .should().notBePublic()
                        .because("a context's internals are reached through its api package only");
    }

    /** Commands name their aggregate by a typed id, never by a bare string (DESIGN.md, house style 2). */
    public static ArchRule commandsTargetTypedIds(String basePackage) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(basePackage + "..api..")
                       .and().areAnnotatedWith(TargetAggregateIdentifier.class)
                       .should().notHaveRawType(String.class)
                       .because("an id is a typed record, so that one aggregate's id cannot be passed for another's");
    }

    /**
     * Every event type of an {@code api} package is versioned from its first day and carries its effective date
     * (DESIGN.md, "Event conventions"; rule 5 of the house).
     */
    public static ArchRule eventsAreVersionedAndEffectiveDated(String basePackage) {
        return classes().that().resideInAPackage(basePackage + "..api..")
                        .and().haveSimpleNameEndingWith("Event")
                        .should().beAnnotatedWith(Revision.class)
                        .andShould().implement(EffectiveDated.class)
                        .because("stored events are never edited: their schema evolves by revision and upcaster");
    }

    /**
     * Personal data is read in clear only where it is encrypted and decrypted ({@code core.privacy}) and where it
     * leaves the system ({@code gateway}): a projection that copied a name into a plain field would survive an
     * erasure.
     */
    public static ArchRule personalDataIsReadOnlyWhereItIsSealedOrShown() {
        return personalDataIsReadOnlyWhereItIsSealedOrShown(ROOT);
    }

    static ArchRule personalDataIsReadOnlyWhereItIsSealedOrShown(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                          .and().resideOutsideOfPackages(root + ".core.privacy..", root + ".gateway..")
                          .should().callMethod(PersonalText.class, "value")
                          .because("a copy of personal data in clear would outlive the person's erasure");
    }

    private static DescribedPredicate<JavaClass> anyContext(String root) {
        DescribedPredicate<JavaClass> any = DescribedPredicate.alwaysFalse();
        for (String context : CONTEXTS) {
            any = any.or(resideInAPackage(root + "." + context + ".."));
        }
        return any;
    }

    private static DescribedPredicate<JavaClass> internalsOf(String root, String context) {
        return resideInAPackage(root + "." + context + "..")
                .and(DescribedPredicate.not(resideInAPackage(root + "." + context + ".api..")))
                .as("internals of the " + context + " context");
    }
}
