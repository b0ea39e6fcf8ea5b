package org.verbund.gateway.cooperation;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.ContactView;
import org.verbund.cooperation.api.FindContactQuery;
import org.verbund.cooperation.api.FindContactsQuery;
import org.verbund.cooperation.api.FindPartnershipQuery;
import org.verbund.cooperation.api.FindVisitQuery;
import org.verbund.cooperation.api.PartnershipContacts;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipView;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitView;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.PersonRef;
import org.verbund.gateway.web.ProblemHandling;

/**
 * The cooperation reads that answer 404 when there is nothing the caller may see: partnerships and visits every
 * authenticated caller reads; who may read contacts the cooperation context's query handlers decide from the caller,
 * which the queries carry (personal fields then as {@code PersonalDataRedaction} allows). Reads only: who may change
 * what is the aggregates' rule.
 */
@Component
class CooperationReads {

    private final QueryGateway queries;

    CooperationReads(QueryGateway queries) {
        this.queries = queries;
    }

    PartnershipView partnership(String id) {
        return found(queries.query(new FindPartnershipQuery(new PartnershipId(id)),
                                   ResponseTypes.instanceOf(PartnershipView.class)).join());
    }

    VisitView visit(String id) {
        return found(queries.query(new FindVisitQuery(new VisitId(id)), ResponseTypes.instanceOf(VisitView.class))
                            .join());
    }

    /** The contact, if the caller may read the partnership's contacts (404 otherwise). */
    ContactView contactFor(Caller caller, String id) {
        return found(queries.query(new FindContactQuery(PersonRef.of(id), caller.actor()),
                                   ResponseTypes.instanceOf(ContactView.class)).join());
    }

    /** The partnership's contacts, if the caller may read them (404 otherwise). */
    PartnershipContacts contactsOf(Caller caller, String partnershipId) {
        return found(queries.query(new FindContactsQuery(new PartnershipId(partnershipId), caller.actor()),
                                   ResponseTypes.instanceOf(PartnershipContacts.class)).join());
    }

    private static <T> T found(T view) {
        if (view == null) {
            throw new ProblemHandling.NotFound();
        }
        return view;
    }
}
