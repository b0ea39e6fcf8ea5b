package org.verbund.cooperation.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.cooperation.api.ChangeContactDetailsCommand;
import org.verbund.cooperation.api.ContactDetailsChangedEvent;
import org.verbund.cooperation.api.ContactEstablishedEvent;
import org.verbund.cooperation.api.EstablishContactCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.kernel.RuleViolation;

import java.util.List;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.cooperation.api.CooperationRule.CONTACT_DETAILS_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.CONTACT_INSTITUTION_LEVEL_ROLE_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.CONTACT_NAME_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.CONTACT_UNKNOWN_PARTNERSHIP;
import static org.verbund.cooperation.api.CooperationRule.CONTACT_UNKNOWN_VISIT;
import static org.verbund.cooperation.api.CooperationRule.PERSONAL_DATA_WRONG_SUBJECT;

/**
 * A contact person at an institution of the partner country. The aggregate keeps no personal data itself (so none
 * is in its snapshots); the events carry it, encrypted with the contact's key. The organisations taking part in its
 * partnership, and coordinators, record it.
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Contact {

    @AggregateIdentifier
    private PersonRef contact;
    private PartnershipId partnershipId;

    protected Contact() {
    }

    @CommandHandler
    Contact(EstablishContactCommand command, Actor actor, CooperationDirectory directory) {
        directory.partnership(command.partnershipId()).filter(CooperationDirectory.Partners::open).orElseThrow(
                () -> CONTACT_UNKNOWN_PARTNERSHIP.violation("There is no open partnership "
                                                            + command.partnershipId()))
                 .requireManagedBy(actor);
        if (command.establishedDuring() != null && !directory.partnershipOfVisit(command.establishedDuring())
                                                             .filter(command.partnershipId()::equals).isPresent()) {
            throw CONTACT_UNKNOWN_VISIT.violation("The partnership has no visit " + command.establishedDuring());
        }
        if (command.institution() == null || command.institution().isBlank() || command.level() == null
            || command.role() == null) {
            throw CONTACT_INSTITUTION_LEVEL_ROLE_REQUIRED.violation(
                    "A contact has an institution, its level and a role");
        }
        if (command.name() == null) {
            throw CONTACT_NAME_REQUIRED.violation("A contact person has a name");
        }
        requireOwnData(command.contact(), command.name(), command.email(), command.phone());
        apply(new ContactEstablishedEvent(command.contact(), command.partnershipId(), command.institution().strip(),
                                          command.level(), command.role(),
                                          command.topics() == null ? List.of() : List.copyOf(command.topics()),
                                          command.name(), command.email(), command.phone(),
                                          command.establishedDuring(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ChangeContactDetailsCommand command, Actor actor, CooperationDirectory directory) {
        directory.partnership(partnershipId).orElseThrow(RuleViolation::notFound).requireContactManagedBy(actor);
        if (command.email() == null && command.phone() == null) {
            throw CONTACT_DETAILS_REQUIRED.violation("Give a new e-mail address or phone");
        }
        requireOwnData(contact, command.email(), command.phone());
        apply(new ContactDetailsChangedEvent(contact, partnershipId, command.email(), command.phone(),
                                             command.effectiveOn()));
    }

    /** Personal data is encrypted with its own person's key, so it must be about this contact. */
    private static void requireOwnData(PersonRef contact, PersonalText... fields) {
        if (Stream.of(fields).anyMatch(field -> field != null && !field.subject().equals(contact))) {
            throw PERSONAL_DATA_WRONG_SUBJECT.violation("Personal data belongs to the person it is about");
        }
    }

    @EventSourcingHandler
    void on(ContactEstablishedEvent event) {
        contact = event.contact();
        partnershipId = event.partnershipId();
    }
}
