package org.verbund.core.privacy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.PersonRef;

import java.time.LocalDate;

/** Erases a person's personal data (by deleting the key it is encrypted with); the reason goes with the caller. */
public record EraseDataSubjectCommand(@TargetAggregateIdentifier String dataSubjectId, PersonRef subject,
                                      LocalDate effectiveOn) {

    public static EraseDataSubjectCommand of(PersonRef subject, LocalDate effectiveOn) {
        return new EraseDataSubjectCommand(idOf(subject), subject, effectiveOn);
    }

    /** The erasure record's aggregate id (apart from any other aggregate named after the person). */
    public static String idOf(PersonRef subject) {
        return "data-subject:" + subject.value();
    }
}
