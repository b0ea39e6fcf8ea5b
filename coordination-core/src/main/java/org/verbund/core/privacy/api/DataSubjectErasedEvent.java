package org.verbund.core.privacy.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.PersonRef;

import java.time.LocalDate;

/** A person's key was deleted: all personal data about them reads as erased from now on. */
@Revision("1")
public record DataSubjectErasedEvent(String dataSubjectId, PersonRef subject, LocalDate effectiveOn)
        implements EffectiveDated {
}
