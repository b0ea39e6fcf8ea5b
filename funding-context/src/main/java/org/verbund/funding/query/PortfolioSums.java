package org.verbund.funding.query;

import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingPortfolio;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.LeadAttribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The portfolio summed from its entries with the report's semantics: "approved" are the APPROVED, RUNNING and CLOSED
 * applications, "applied" the SUBMITTED and APPROVAL_PROMISED ones; each breakdown counts them the same way.
 */
final class PortfolioSums {

    static final Set<ApplicationStatus> APPROVED = EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.RUNNING,
                                                              ApplicationStatus.CLOSED);
    static final Set<ApplicationStatus> APPLIED = EnumSet.of(ApplicationStatus.SUBMITTED,
                                                             ApplicationStatus.APPROVAL_PROMISED);

    private PortfolioSums() {
    }

    static FundingPortfolio of(List<PortfolioEntry> all, Map<FundingProgrammeId, PortfolioProgramme> programmes) {
        Map<ApplicationStatus, FundingPortfolio.Sum> byStatus = new EnumMap<>(ApplicationStatus.class);
        for (PortfolioEntry entry : all) {
            FundingPortfolio.Sum sum = byStatus.getOrDefault(entry.status, new FundingPortfolio.Sum(0, Money.ZERO));
            byStatus.put(entry.status, new FundingPortfolio.Sum(sum.count() + 1, sum.amount().plus(entry.amount())));
        }
        Map<FunderLevel, FundingPortfolio.Totals> byFunderLevel = new EnumMap<>(FunderLevel.class);
        groupBy(all, entry -> {
            PortfolioProgramme programme = programmes.get(entry.programmeId);
            return programme == null ? FunderLevel.OTHER : programme.funderLevel;
        }).forEach((level, group) -> byFunderLevel.put(level, totals(group)));
        Map<LeadAttribution, FundingPortfolio.Totals> byLeadAttribution = new EnumMap<>(LeadAttribution.class);
        groupBy(all, entry -> entry.leadAttribution)
                .forEach((attribution, group) -> byLeadAttribution.put(attribution, totals(group)));
        List<FundingPortfolio.Group> byProgramme = new ArrayList<>();
        groupBy(all, entry -> entry.programmeId).forEach((id, group) -> {
            PortfolioProgramme programme = programmes.get(id);
            byProgramme.add(new FundingPortfolio.Group(id.value(), programme == null ? id.value() : programme.name,
                                                       totals(group)));
        });
        List<FundingPortfolio.Group> byLeadApplicant = new ArrayList<>();
        groupBy(all, entry -> entry.leadApplicant).forEach((OrganisationId id, List<PortfolioEntry> group) ->
                byLeadApplicant.add(new FundingPortfolio.Group(id.value(), id.value(), totals(group))));
        return new FundingPortfolio(totals(all), byStatus, byFunderLevel, byProgramme, byLeadApplicant,
                                    byLeadAttribution);
    }

    private static FundingPortfolio.Totals totals(List<PortfolioEntry> group) {
        Money approved = Money.ZERO;
        Money applied = Money.ZERO;
        int approvedCount = 0;
        int appliedCount = 0;
        for (PortfolioEntry entry : group) {
            if (APPROVED.contains(entry.status)) {
                approved = approved.plus(entry.amount());
                approvedCount++;
            } else if (APPLIED.contains(entry.status)) {
                applied = applied.plus(entry.amount());
                appliedCount++;
            }
        }
        return new FundingPortfolio.Totals(approved, applied, approved.plus(applied), approvedCount, appliedCount);
    }

    private static <K> Map<K, List<PortfolioEntry>> groupBy(List<PortfolioEntry> entries,
                                                            Function<PortfolioEntry, K> key) {
        Map<K, List<PortfolioEntry>> groups = new LinkedHashMap<>();
        entries.forEach(entry -> groups.computeIfAbsent(key.apply(entry), k -> new ArrayList<>()).add(entry));
        return groups;
    }
}
