package org.verbund.cooperation.query;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.command.CooperationDirectory;
import org.verbund.funding.api.FindFundingApplicationQuery;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationSummary;

/** Answers the cooperation aggregates from this context's read model and, for funding, the funding context's api. */
@Component
public class ReadModelCooperationDirectory implements CooperationDirectory {

    private final CooperationProjection projection;
    private final QueryGateway queries;

    public ReadModelCooperationDirectory(CooperationProjection projection, QueryGateway queries) {
        this.projection = projection;
        this.queries = queries;
    }

    @Override
    public boolean isOpenPartnership(PartnershipId partnershipId) {
        return projection.isOpen(partnershipId);
    }

    @Override
    public boolean isFundingApplication(FundingApplicationId applicationId) {
        return queries.query(new FindFundingApplicationQuery(applicationId),
                             ResponseTypes.instanceOf(FundingApplicationSummary.class)).join() != null;
    }
}
