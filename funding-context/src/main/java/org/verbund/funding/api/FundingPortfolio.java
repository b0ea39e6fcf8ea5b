package org.verbund.funding.api;

import org.verbund.core.kernel.Money;

import java.util.List;
import java.util.Map;

/**
 * The portfolio with the report's semantics: "approved" are the APPROVED, RUNNING and CLOSED applications, counted
 * with their approved amount; "applied" are the SUBMITTED and APPROVAL_PROMISED ones, counted with their requested
 * amount; "all" is both. Each breakdown counts approved and applied applications the same way.
 */
public record FundingPortfolio(Totals totals, Map<ApplicationStatus, Sum> byStatus, Map<FunderLevel, Totals> byFunderLevel,
                               List<Group> byProgramme, List<Group> byLeadApplicant,
                               Map<LeadAttribution, Totals> byLeadAttribution) {

    public record Totals(Money approved, Money applied, Money all, int approvedCount, int appliedCount) {
    }

    /** Applications in one status and their amount (approved amount once approved, requested before). */
    public record Sum(int count, Money amount) {
    }

    /** The totals of one programme or one lead applicant. */
    public record Group(String id, String name, Totals totals) {
    }
}
