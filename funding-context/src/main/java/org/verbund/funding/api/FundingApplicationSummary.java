package org.verbund.funding.api;

import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

/**
 * A funding application as it stands (amount, period and partners as last approved).
 *
 * @param approvedAmount      null until approved
 * @param earlyStartGrantedOn when the funder allowed an early start, if it did
 * @param predecessorId       the project this one extends, or null
 * @param extensions          the projects that extend this one
 * @param financingPlan       null until one is set
 * @param version             the aggregate version (sequence number of its latest event)
 */
public record FundingApplicationSummary(FundingApplicationId id, FundingProgrammeId programmeId, String title,
                                        OrganisationId leadApplicant, List<OrganisationId> partners,
                                        ApplicationStatus status, Money requestedAmount, Money approvedAmount,
                                        Period period, FteShare positions, LeadAttribution leadAttribution,
                                        LocalDate earlyStartGrantedOn, FundingApplicationId predecessorId,
                                        List<FundingApplicationId> extensions, FinancingPlan financingPlan,
                                        List<Amendment> amendments, List<Deadline> deadlines, long version) {

    /** The accepted financing plan. */
    public record FinancingPlan(Money totalCost, List<FinancingLine> lines, LocalDate effectiveOn) {
    }

    /** An amendment with what was proposed and, once decided, what was approved. */
    public record Amendment(AmendmentId id, AmendmentState state, AmendmentValues proposed, LocalDate proposedOn,
                            AmendmentValues approved, LocalDate decidedOn) {
    }

    /** A deadline of the application. */
    public record Deadline(String key, DeadlineKind kind, LocalDate dueOn, OrganisationId responsible,
                           DeadlineState state, LocalDate closedOn) {
    }
}
