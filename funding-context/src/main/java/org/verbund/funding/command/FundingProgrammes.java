package org.verbund.funding.command;

import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingProgrammeId;

import java.time.LocalDate;
import java.util.Optional;

/** What the FundingApplication aggregate needs to know about programmes when an application is drafted. */
interface FundingProgrammes {

    boolean exists(FundingProgrammeId programmeId);

    /** The programme's latest call, if it has one whose submission deadline has not passed on {@code on}. */
    Optional<FundingCall> openCall(FundingProgrammeId programmeId, LocalDate on);
}
