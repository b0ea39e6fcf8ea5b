package org.verbund.core.privacy.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.PersonRef;

import java.time.LocalDate;

/**
 * A person's key was deleted: all personal data about them reads as erased from now on. (Revision 1 held the id as
 * a string; {@link DataSubjectId} is written as that same string, so stored events read unchanged.)
 */
@Revision("1")
public record DataSubjectErasedEvent(DataSubjectId dataSubjectId, PersonRef subject, LocalDate effectiveOn)
        implements EffectiveDated {
}
