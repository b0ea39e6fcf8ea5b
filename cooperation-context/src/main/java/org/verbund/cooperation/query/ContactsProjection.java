package org.verbund.cooperation.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.ContactDetailsChangedEvent;
import org.verbund.cooperation.api.ContactEstablishedEvent;
import org.verbund.cooperation.api.ContactView;
import org.verbund.cooperation.api.FindContactQuery;
import org.verbund.cooperation.api.FindContactsQuery;
import org.verbund.cooperation.api.InstitutionContacts;
import org.verbund.cooperation.api.PartnershipContacts;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipJoinedEvent;
import org.verbund.core.kernel.Actor;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocuments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts read model ({@code contacts}, one document per contact person; a partnership's are found by a scan, as
 * there are dozens), and who may read them ({@link ContactReaders}). Contacts hold personal data: a viewer who may not
 * read a partnership's contacts is answered as if there were none to find.
 */
@Component
@ProcessingGroup(CooperationReadModels.GROUP)
class ContactsProjection {

    private final SequencedDocuments<ContactDocument> contacts;
    private final SequencedDocuments<ContactReaders> readers;

    ContactsProjection(@ReadModels MongoDatabase verbundDatabase, PersonalDataKeys keys) {
        this.contacts = new SequencedDocuments<>(verbundDatabase.getCollection("contacts"), ContactDocument.class,
                                                new PersonalDataModule(keys));
        this.readers = new SequencedDocuments<>(verbundDatabase.getCollection("cooperation_contact_readers"),
                                               ContactReaders.class);
    }

    @EventHandler
    void on(PartnershipEstablishedEvent event, @SequenceNumber long sequence) {
        readers.replace(event.partnershipId().value(), sequence, () -> {
            ContactReaders partnership = new ContactReaders();
            partnership.participants = new ArrayList<>(event.participants());
            return partnership;
        });
    }

    @EventHandler
    void on(PartnershipJoinedEvent event, @SequenceNumber long sequence) {
        readers.change(event.partnershipId().value(), sequence,
                      partnership -> partnership.participants.add(event.organisation()));
    }

    @EventHandler
    void on(ContactEstablishedEvent event, @SequenceNumber long sequence) {
        contacts.replace(event.contact().value(), sequence, () -> ContactDocument.established(event));
    }

    @EventHandler
    void on(ContactDetailsChangedEvent event, @SequenceNumber long sequence) {
        contacts.change(event.contact().value(), sequence, contact -> {
            if (event.email() != null) {
                contact.email = event.email();
            }
            if (event.phone() != null) {
                contact.phone = event.phone();
            }
        });
    }

    @ResetHandler
    void reset() {
        contacts.deleteAll();
        readers.deleteAll();
    }

    @QueryHandler
    ContactView handle(FindContactQuery query) {
        return contacts.find(query.contact().value())
                       .filter(contact -> mayRead(query.viewer(), contact.partnershipId))
                       .map(ContactDocument::view).orElse(null);
    }

    @QueryHandler
    PartnershipContacts handle(FindContactsQuery query) {
        if (!mayRead(query.viewer(), query.partnershipId())) {
            return null;
        }
        Map<String, List<ContactView>> byInstitution = new LinkedHashMap<>();
        contacts.all().stream()
                .filter(contact -> contact.partnershipId.equals(query.partnershipId()))
                .sorted(Comparator.comparing(contact -> contact.institution))
                .forEach(contact -> byInstitution.computeIfAbsent(contact.institution, key -> new ArrayList<>())
                                                 .add(contact.view()));
        return new PartnershipContacts(query.partnershipId(), byInstitution.values().stream().map(
                list -> new InstitutionContacts(list.get(0).institution(), list.get(0).level(), list)).toList());
    }

    /** Whether the partnership exists and the viewer may read its contacts. */
    private boolean mayRead(Actor viewer, PartnershipId partnershipId) {
        return readers.find(partnershipId.value()).filter(partnership -> partnership.include(viewer)).isPresent();
    }
}
