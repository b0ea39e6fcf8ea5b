package org.verbund.gateway.web;

import org.verbund.cooperation.api.CooperationRule;
import org.verbund.core.audit.api.AuditRule;
import org.verbund.core.kernel.KernelRule;
import org.verbund.core.kernel.RuleCode;
import org.verbund.core.network.api.NetworkRule;
import org.verbund.core.rebuild.api.RebuildRule;
import org.verbund.funding.api.FundingRule;
import org.verbund.workshop.api.WorkshopRule;

import java.util.List;
import java.util.stream.Stream;

/**
 * THE one place that says which rule codes the operations of each part of the API may answer, by the package (or
 * the class) of their controller: a context's catalogue (the {@code RuleCode} constants of its {@code api} package's catalogue class) for
 * its writes, and the gateway's own rules. The OpenAPI document lists them per operation, each code with an example
 * problem.
 */
final class ProblemCatalogues {

    /**
     * The codes of one part of the API: those its writes (commands) may answer, and those its reads may.
     *
     * @param controllers a package of controllers, or one controller class
     */
    record Catalogue(String controllers, List<RuleCode> writes, List<RuleCode> reads) {

        boolean covers(Class<?> controller) {
            return controller.getPackageName().equals(controllers) || controller.getName().equals(controllers);
        }
    }

    static final List<Catalogue> CATALOGUES = List.of(
            new Catalogue("org.verbund.gateway.funding", RuleCode.catalogue(FundingRule.class), codes()),
            new Catalogue("org.verbund.gateway.funding.FundingPortfolioController", codes(),
                          codes(GatewayRule.SCHEDULE_OUT_OF_RANGE, GatewayRule.SCHEDULE_RATE_OUT_OF_RANGE)),
            new Catalogue("org.verbund.gateway.workshops", RuleCode.catalogue(WorkshopRule.class), codes()),
            new Catalogue("org.verbund.gateway.cooperation", RuleCode.catalogue(CooperationRule.class), codes()),
            new Catalogue("org.verbund.gateway.registry", RuleCode.catalogue(NetworkRule.class), codes()),
            new Catalogue("org.verbund.gateway.people", codes(KernelRule.ERASURE_BY_COORDINATORS), codes()),
            new Catalogue("org.verbund.gateway.admin", codes(GatewayRule.CLIENT_ROLE_NOT_GRANTABLE), codes()),
            new Catalogue("org.verbund.gateway.admin.ProjectionRebuildController", codes(RebuildRule.UNKNOWN_PROJECTION,
                          RebuildRule.REBUILD_IN_PROGRESS, RebuildRule.NO_REBUILD, RebuildRule.NOT_CAUGHT_UP,
                          RebuildRule.DIFFERS, RebuildRule.NOT_PROCESSED_HERE), codes(RebuildRule.NO_REBUILD)),
            new Catalogue("org.verbund.gateway.admin.BackupController", codes(GatewayRule.BACKUP_NOT_EMBEDDED_FILE),
                          codes()),
            new Catalogue("org.verbund.gateway.audit.AuditSnapshotController",
                          codes(RebuildRule.UNKNOWN_PROJECTION), codes(RebuildRule.UNKNOWN_SNAPSHOT)),
            new Catalogue("org.verbund.gateway.audit.AuditTreeController", codes(GatewayRule.AUDIT_BEYOND_TREE),
                          codes(GatewayRule.AUDIT_BEYOND_TREE)),
            new Catalogue("org.verbund.gateway.audit.AuditStateController", codes(),
                          RuleCode.catalogue(AuditRule.class)));

    /**
     * What every write may answer, whatever it writes: its Idempotency-Key in use or reused, and the shared kernel's
     * value rules (a period, a share, a person's reference or data).
     */
    static final List<RuleCode> EVERY_WRITE = codes(GatewayRule.IDEMPOTENCY_KEY_IN_PROGRESS,
                                                    GatewayRule.IDEMPOTENCY_KEY_REUSED,
                                                    KernelRule.PERIOD_ENDS_BEFORE_START, KernelRule.FTE_INVALID,
                                                    KernelRule.PERSON_REF_INVALID,
                                                    KernelRule.PERSONAL_DATA_WRONG_SUBJECT,
                                                    KernelRule.PERSON_ERASED);

    private ProblemCatalogues() {
    }

    /** The rule codes an operation of {@code controller} may answer. */
    static List<RuleCode> of(Class<?> controller, boolean read) {
        return CATALOGUES.stream().filter(catalogue -> catalogue.covers(controller))
                         .flatMap(catalogue -> (read ? catalogue.reads() : catalogue.writes()).stream())
                         .toList();
    }

    /** Every code of every catalogue (to check that none is listed twice with different kinds). */
    static Stream<RuleCode> all() {
        return Stream.concat(EVERY_WRITE.stream(), CATALOGUES.stream().flatMap(
                catalogue -> Stream.concat(catalogue.writes().stream(), catalogue.reads().stream())));
    }

    /** Some codes of a catalogue (a whole catalogue is {@code RuleCode.catalogue(FundingRule.class)}). */
    private static List<RuleCode> codes(RuleCode... codes) {
        return List.of(codes);
    }
}
