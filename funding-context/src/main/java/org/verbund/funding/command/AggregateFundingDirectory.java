package org.verbund.funding.command;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.AggregateReaders;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FindFundingApplicationStatusQuery;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingProgrammeId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an application's command handlers ask about programmes and other applications, read from those aggregates
 * themselves; and the same answer for other contexts, as a query.
 */
@Component
class AggregateFundingDirectory implements FundingProgrammes, FundingApplications {

    private final AggregateReaders aggregates;

    AggregateFundingDirectory(AggregateReaders aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public boolean exists(FundingProgrammeId programmeId) {
        return aggregates.read(FundingProgramme.class, programmeId.value(), programme -> true).isPresent();
    }

    @Override
    public Optional<FundingCall> openCall(FundingProgrammeId programmeId, LocalDate on) {
        return aggregates.read(FundingProgramme.class, programmeId.value(), programme -> programme.callOpenOn(on))
                         .flatMap(call -> call);
    }

    @Override
    public Optional<ApplicationStatus> statusOf(FundingApplicationId applicationId) {
        return aggregates.read(FundingApplication.class, applicationId.value(), FundingApplication::status);
    }

    @QueryHandler
    ApplicationStatus handle(FindFundingApplicationStatusQuery query) {
        return statusOf(query.applicationId()).orElse(null);
    }
}
