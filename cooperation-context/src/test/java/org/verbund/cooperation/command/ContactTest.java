package org.verbund.cooperation.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.ChangeContactDetailsCommand;
import org.verbund.cooperation.api.ContactEstablishedEvent;
import org.verbund.cooperation.api.ContactRole;
import org.verbund.cooperation.api.EstablishContactCommand;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;

import java.util.List;

import static org.verbund.cooperation.command.CooperationFixture.ON;
import static org.verbund.cooperation.command.CooperationFixture.PLOVDIV;
import static org.verbund.cooperation.command.CooperationFixture.fixtureOf;
import static org.verbund.cooperation.command.CooperationFixture.refused;

/** The rules of a contact person: an institution, a role, and personal data that is the contact's own. */
class ContactTest {

    private final FixtureConfiguration<Contact> fixture = fixtureOf(Contact.class);
    private final PersonRef contact = PersonRef.of("contact-1");

    private EstablishContactCommand establish(PersonalText name) {
        return new EstablishContactCommand(contact, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO,
                                           ContactRole.COORDINATION, List.of("Rückkehrberatung"), name,
                                           PersonalText.of(contact, "kontakt@example.org"), null, null, ON);
    }

    @Test
    void aContactHasAnInstitutionARoleAndAName() {
        fixture.givenNoPriorActivity().when(establish(PersonalText.of(contact, "Beispiel Kontakt")))
               .expectEvents(new ContactEstablishedEvent(contact, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO,
                                                         ContactRole.COORDINATION, List.of("Rückkehrberatung"),
                                                         PersonalText.of(contact, "Beispiel Kontakt"),
                                                         PersonalText.of(contact, "kontakt@example.org"), null,
                                                         null, ON));
    }

    @Test
    void aContactWithoutANameIsRefused() {
        refused(fixture.givenNoPriorActivity().when(establish(null)), "contact.name-required");
    }

    @Test
    void aContactsNameIsTheirOwnPersonalData() {
        refused(fixture.givenNoPriorActivity().when(establish(PersonalText.of(PersonRef.of("other"), "X"))),
                "personal-data.wrong-subject");
    }

    @Test
    void detailsChangeOnlyWithSomethingNew() {
        ContactEstablishedEvent established = new ContactEstablishedEvent(
                contact, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO, ContactRole.TOPIC, List.of(),
                PersonalText.of(contact, "Beispiel"), null, null, null, ON);
        refused(fixture.given(established).when(new ChangeContactDetailsCommand(contact, null, null, ON)),
                "contact.details-required");
    }
}
