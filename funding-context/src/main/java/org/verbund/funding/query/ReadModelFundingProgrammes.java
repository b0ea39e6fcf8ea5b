package org.verbund.funding.query;

import org.springframework.stereotype.Component;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.command.FundingProgrammes;

/** Answers from the portfolio read model's programme documents. */
@Component
public class ReadModelFundingProgrammes implements FundingProgrammes {

    private final FundingPortfolioProjection portfolio;

    public ReadModelFundingProgrammes(FundingPortfolioProjection portfolio) {
        this.portfolio = portfolio;
    }

    @Override
    public boolean exists(FundingProgrammeId programmeId) {
        return portfolio.programmeExists(programmeId);
    }
}
