package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.ChangeContactDetailsCommand;
import org.verbund.core.kernel.PersonRef;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A contact's new e-mail address or phone (personal data). */
public record ContactDetailsRequest(@Size(max = 200) String email, @Size(max = 50) String phone,
                                    LocalDate effectiveOn) {

    ChangeContactDetailsCommand toCommand(String contactId) {
        PersonRef contact = PersonRef.of(contactId);
        return new ChangeContactDetailsCommand(contact, ContactRequest.personal(contact, email),
                                               ContactRequest.personal(contact, phone), orToday(effectiveOn));
    }
}
