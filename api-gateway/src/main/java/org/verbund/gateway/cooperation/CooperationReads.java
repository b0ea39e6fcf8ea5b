package org.verbund.gateway.cooperation;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.ContactView;
import org.verbund.cooperation.api.FindContactQuery;
import org.verbund.cooperation.api.FindPartnershipQuery;
import org.verbund.cooperation.api.FindVisitQuery;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipView;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitView;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.Role;
import org.verbund.gateway.web.ProblemHandling;

/**
 * Who reads what of the cooperation: partnerships and visits every authenticated caller; contacts those taking part,
 * coordinators, auditors and viewers (personal fields as {@code PersonalDataRedaction} allows); to others a contact
 * list does not exist (404). Reads only: who may change what is the aggregates' rule.
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
        ContactView contact = found(queries.query(new FindContactQuery(PersonRef.of(id)),
                                                  ResponseTypes.instanceOf(ContactView.class)).join());
        contactsOf(caller, contact.partnershipId.value());
        return contact;
    }

    /** The partnership, if the caller may read its contacts (404 otherwise). */
    PartnershipView contactsOf(Caller caller, String partnershipId) {
        PartnershipView partnership = partnership(partnershipId);
        Actor reader = caller.actor();
        boolean overseer = reader.coordinates() || reader.role() == Role.AUDITOR || reader.role() == Role.VIEWER;
        if (!overseer && (reader.organisation() == null || !partnership.hasParticipant(reader.organisation()))) {
            throw new ProblemHandling.NotFound();
        }
        return partnership;
    }

    private static <T> T found(T view) {
        if (view == null) {
            throw new ProblemHandling.NotFound();
        }
        return view;
    }
}
