package org.verbund.cooperation.query;

import org.verbund.cooperation.api.ContactEstablishedEvent;
import org.verbund.cooperation.api.ContactRole;
import org.verbund.cooperation.api.ContactView;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.readmodel.SequencedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contact person as stored in {@code contacts}; name, e-mail and phone are stored as the events hold them
 * (encrypted with the contact's key), so an erased contact reads as erased here at once, and after a replay too.
 */
final class ContactDocument extends SequencedDocument {

    public PersonRef contact;
    public PartnershipId partnershipId;
    public String institution;
    public InstitutionLevel level;
    public ContactRole role;
    public List<String> topics = new ArrayList<>();
    public PersonalText name;
    public PersonalText email;
    public PersonalText phone;
    public VisitId establishedDuring;
    public LocalDate establishedOn;

    static ContactDocument established(ContactEstablishedEvent event) {
        ContactDocument contact = new ContactDocument();
        contact.contact = event.contact();
        contact.partnershipId = event.partnershipId();
        contact.institution = event.institution();
        contact.level = event.level();
        contact.role = event.role();
        contact.topics = new ArrayList<>(event.topics());
        contact.name = event.name();
        contact.email = event.email();
        contact.phone = event.phone();
        contact.establishedDuring = event.establishedDuring();
        contact.establishedOn = event.effectiveOn();
        return contact;
    }

    ContactView view() {
        return new ContactView(version, contact, partnershipId, institution, level, role, List.copyOf(topics), name,
                               email, phone, establishedDuring, establishedOn);
    }
}
