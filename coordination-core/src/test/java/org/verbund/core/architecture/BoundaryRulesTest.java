package org.verbund.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each boundary rule fails on the deliberate violations of {@code architecture.broken}: none can pass by accident. */
class BoundaryRulesTest {

    private static final String BROKEN = "org.verbund.core.architecture.broken";
    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(BROKEN);

    @Test
    void coreUsingAContextFails() {
        assertViolated(BoundaryRules.coreDependsOnNoContext(BROKEN), "KernelUsingAContext");
    }

    @Test
    void aContextUsingAnotherOnesInternalsFails() {
        assertViolated(BoundaryRules.contextUsesOnlyApisOfOthers(BROKEN, "workshop"), "ReachesIntoFunding");
    }

    @Test
    void theGatewayOrTheDemoUsingAContextsInternalsFails() {
        assertViolated(BoundaryRules.usesOnlyContextApis(BROKEN, "gateway"), "GatewayUsingInternals");
        assertViolated(BoundaryRules.usesOnlyContextApis(BROKEN, "demo"), "DemoUsingInternals");
    }

    @Test
    void aPublicInternalFails() {
        assertViolated(BoundaryRules.internalsArePackagePrivate(BROKEN + ".funding"), "PublicInternal");
    }

    @Test
    void aCommandTargetingABareStringFails() {
        assertViolated(BoundaryRules.commandsTargetTypedIds(BROKEN + ".funding"), "PayGrantCommand");
    }

    @Test
    void anUnversionedEventFails() {
        assertViolated(BoundaryRules.eventsAreVersionedAndEffectiveDated(BROKEN + ".funding"), "GrantPaidEvent");
    }

    @Test
    void personalDataReadInClearOutsideThePrivacyPackageFails() {
        assertViolated(BoundaryRules.personalDataIsReadOnlyWhereItIsSealedOrShown(BROKEN), "ReachesIntoFunding");
    }

    @Test
    void aMisspeltPackageMatchesNothingAndFails() {
        assertThatThrownBy(() -> BoundaryRules.contextUsesOnlyApisOfOthers(BROKEN, "fundng").check(VIOLATIONS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
        assertThatThrownBy(() -> BoundaryRules.internalsArePackagePrivate(BROKEN + ".fundng").check(VIOLATIONS))
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void aPackageWithoutPackageInfoIsFound(@TempDir Path sources) throws Exception {
        Files.createDirectories(sources.resolve("org/verbund/funding/query"));
        Files.writeString(sources.resolve("org/verbund/funding/query/Portfolio.java"), "class Portfolio {}");
        Files.createDirectories(sources.resolve("org/verbund/funding/api"));
        Files.writeString(sources.resolve("org/verbund/funding/api/Thing.java"), "record Thing() {}");
        Files.writeString(sources.resolve("org/verbund/funding/api/package-info.java"), "package x;");

        assertThat(PackageDocs.undocumentedPackages(sources)).containsExactly("org.verbund.funding.query");
    }

    private static void assertViolated(ArchRule rule, String offender) {
        assertThat(rule.evaluate(VIOLATIONS).hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(rule.evaluate(VIOLATIONS).getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains(offender));
    }
}
