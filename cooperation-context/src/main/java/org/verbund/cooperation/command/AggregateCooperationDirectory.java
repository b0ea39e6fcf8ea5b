package org.verbund.cooperation.command;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.eventstore.AggregateReaders;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FindFundingApplicationStatusQuery;
import org.verbund.funding.api.FundingApplicationId;

import java.util.Optional;

/**
 * The cooperation directory read from the partnerships and visits themselves, and from the funding context's query
 * that answers from its applications (not from a read model).
 */
@Component
class AggregateCooperationDirectory implements CooperationDirectory {

    private final AggregateReaders aggregates;
    private final QueryGateway queries;

    AggregateCooperationDirectory(AggregateReaders aggregates, QueryGateway queries) {
        this.aggregates = aggregates;
        this.queries = queries;
    }

    @Override
    public Optional<Partners> partnership(PartnershipId partnershipId) {
        return aggregates.read(Partnership.class, partnershipId.value(), Partnership::partners);
    }

    @Override
    public Optional<PartnershipId> partnershipOfVisit(VisitId visitId) {
        return aggregates.read(Visit.class, visitId.value(), Visit::partnershipId);
    }

    @Override
    public boolean isFundingApplication(FundingApplicationId applicationId) {
        return queries.query(new FindFundingApplicationStatusQuery(applicationId), ApplicationStatus.class)
                      .join() != null;
    }
}
