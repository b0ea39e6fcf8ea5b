package org.verbund.funding.query;

import org.springframework.stereotype.Component;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.command.FundingApplications;
import org.verbund.funding.command.FundingProgrammes;

import java.time.LocalDate;
import java.util.Optional;

/** Answers the FundingApplication aggregate's questions about programmes and other applications from the read model. */
@Component
public class ReadModelFundingProgrammes implements FundingProgrammes, FundingApplications {

    private final FundingPortfolioProjection portfolio;

    public ReadModelFundingProgrammes(FundingPortfolioProjection portfolio) {
        this.portfolio = portfolio;
    }

    @Override
    public boolean exists(FundingProgrammeId programmeId) {
        return portfolio.programmeExists(programmeId);
    }

    @Override
    public Optional<FundingCall> openCall(FundingProgrammeId programmeId, LocalDate on) {
        return portfolio.openCall(programmeId, on);
    }

    @Override
    public Optional<ApplicationStatus> statusOf(FundingApplicationId applicationId) {
        return portfolio.statusOf(applicationId);
    }
}
