package org.verbund.funding.command;

import org.verbund.funding.api.FundingProgrammeId;

/** Tells the FundingApplication aggregate whether a programme exists. */
public interface FundingProgrammes {

    boolean exists(FundingProgrammeId programmeId);
}
