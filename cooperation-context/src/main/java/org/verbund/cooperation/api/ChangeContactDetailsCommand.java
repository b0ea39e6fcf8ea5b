package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import java.time.LocalDate;

/** Changes a contact's e-mail address or phone number. */
public record ChangeContactDetailsCommand(@TargetAggregateIdentifier PersonRef contact, PersonalText email, PersonalText phone, LocalDate effectiveOn) {
}
