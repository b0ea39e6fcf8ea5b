package org.verbund.core.privacy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.PersonRef;

import java.time.LocalDate;

/** Erases a person's personal data (by deleting the key it is encrypted with); the reason goes with the caller. */
public record EraseDataSubjectCommand(@TargetAggregateIdentifier DataSubjectId dataSubjectId, PersonRef subject,
                                      LocalDate effectiveOn) {

    public static EraseDataSubjectCommand of(PersonRef subject, LocalDate effectiveOn) {
        return new EraseDataSubjectCommand(DataSubjectId.of(subject), subject, effectiveOn);
    }
}
