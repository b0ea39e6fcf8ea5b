package org.verbund.gateway.funding;

import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Actor;
import org.verbund.funding.api.FundingApplicationSummary;

/**
 * Who reads an application: coordinators and admins all of them, a partner those it leads or implements; to others
 * an application does not exist (404). Reads only: who may change one is the aggregate's rule.
 */
final class FundingReadAccess {

    private FundingReadAccess() {
    }

    static boolean mayRead(Caller caller, FundingApplicationSummary application) {
        Actor reader = caller.actor();
        return reader.coordinates() || (reader.organisation() != null && application.involves(reader.organisation()));
    }
}
