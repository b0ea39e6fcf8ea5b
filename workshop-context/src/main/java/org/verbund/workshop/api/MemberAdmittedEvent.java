package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** An organisation joined the working group. */
@Revision("1")
public record MemberAdmittedEvent(WorkingGroupId groupId, OrganisationId member, LocalDate effectiveOn) implements EffectiveDated {
}
