package org.verbund.cooperation.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.ContactDetailsChangedEvent;
import org.verbund.cooperation.api.ContactEstablishedEvent;
import org.verbund.cooperation.api.ContactRole;
import org.verbund.cooperation.api.ContactView;
import org.verbund.cooperation.api.FindContactQuery;
import org.verbund.cooperation.api.FindContactsQuery;
import org.verbund.cooperation.api.InstitutionContacts;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipJoinedEvent;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.kernel.Role;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.cooperation.query.CooperationEvents.CARITAS;
import static org.verbund.cooperation.query.CooperationEvents.ISB;
import static org.verbund.cooperation.query.CooperationEvents.ON;
import static org.verbund.cooperation.query.CooperationEvents.PLOVDIV;
import static org.verbund.cooperation.query.CooperationEvents.established;

/** The contacts read model on the embedded store, and who may read it. */
class ContactsProjectionTest {

    private static final Actor TAKING_PART = new Actor("anna", ISB, Role.PARTNER);
    private static final Actor CARITAS_PARTNER = new Actor("carla", CARITAS, Role.PARTNER);

    private final PersonRef coordination = PersonRef.of("contact-coordination");
    private final PersonRef counselling = PersonRef.of("contact-counselling");
    private EmbeddedReadModel store;
    private ContactsProjection projection;

    @BeforeEach
    void setUp() throws Exception {
        store = new EmbeddedReadModel();
        projection = store.feeding(new ContactsProjection(store.database(), store.keys()));
        store.deliver(PLOVDIV.value(), 0, established());
        store.deliver(coordination.value(), 0, contact(coordination, "Stadtverwaltung Plovdiv",
                                                           InstitutionLevel.MUNICIPAL, ContactRole.COORDINATION));
        store.deliver(counselling.value(), 0, contact(counselling, "NGO Amalipe", InstitutionLevel.NGO,
                                                          ContactRole.TOPIC));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ContactEstablishedEvent contact(PersonRef contact, String institution, InstitutionLevel level,
                                                ContactRole role) {
        return new ContactEstablishedEvent(contact, PLOVDIV, institution, level, role, List.of("Rückkehr"),
                                           PersonalText.of(contact, "Beispiel " + contact.value()),
                                           PersonalText.of(contact, contact.value() + "@example.org"), null, null, ON);
    }

    @Test
    void thoseTakingPartReadTheContactsPerInstitution() {
        List<InstitutionContacts> institutions = projection.handle(new FindContactsQuery(PLOVDIV, TAKING_PART))
                                                           .institutions();

        assertThat(institutions).extracting(InstitutionContacts::institution)
                                .containsExactly("NGO Amalipe", "Stadtverwaltung Plovdiv");
        assertThat(institutions.get(0).contacts()).extracting(ContactView::contact).containsExactly(counselling);
    }

    @Test
    void toAPartnerNotTakingPartThereAreNoContactsToFind() {
        assertThat(projection.handle(new FindContactsQuery(PLOVDIV, CARITAS_PARTNER))).isNull();
        assertThat(projection.handle(new FindContactQuery(coordination, CARITAS_PARTNER))).isNull();
    }

    @Test
    void aPartnerThatJoinsReadsTheContacts() throws Exception {
        store.deliver(PLOVDIV.value(), 1, new PartnershipJoinedEvent(PLOVDIV, CARITAS, ON));

        assertThat(projection.handle(new FindContactQuery(coordination, CARITAS_PARTNER))).isNotNull();
    }

    @Test
    void coordinatorsAuditorsAndViewersReadEveryPartnershipsContacts() {
        OrganisationId elsewhere = new OrganisationId("awo");
        for (Role role : List.of(Role.COORDINATOR, Role.AUDITOR, Role.VIEWER)) {
            assertThat(projection.handle(new FindContactsQuery(PLOVDIV, new Actor("x", elsewhere, role)))
                                 .institutions()).as(role.name()).hasSize(2);
        }
    }

    @Test
    void anUnknownPartnershipHasNoContactsToFind() {
        Actor coordinator = new Actor("x", ISB, Role.COORDINATOR);

        assertThat(projection.handle(new FindContactsQuery(new PartnershipId("nowhere"), coordinator))).isNull();
    }

    @Test
    void newDetailsReplaceTheOldOnceAndAnErasedContactReadsAsErased() throws Exception {
        PersonalText phone = PersonalText.of(counselling, "+359 32 000000");
        store.deliver(counselling.value(), 1, new ContactDetailsChangedEvent(counselling, PLOVDIV, null, phone, ON));
        store.deliver(counselling.value(), 1, new ContactDetailsChangedEvent(
                counselling, PLOVDIV, null, PersonalText.of(counselling, "seen before"), ON));

        ContactView changed = projection.handle(new FindContactQuery(counselling, TAKING_PART));
        assertThat(changed.phone()).isEqualTo(phone);
        assertThat(changed.email().value()).contains("contact-counselling@example.org");
        assertThat(changed.version()).isEqualTo(1);

        store.keys().erase(counselling);
        assertThat(projection.handle(new FindContactQuery(counselling, TAKING_PART)).name().erased()).isTrue();
    }
}
