package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** The meeting took a decision. Its ids became typed ids that are written as the same plain strings, so stored events read as before (no new revision). */
@Revision("1")
public record DecisionRecordedEvent(MeetingId meetingId, WorkingGroupId groupId, DecisionId decisionId, String text, List<OrganisationId> decidedBy, boolean unanimous, List<Dissent> dissent, LocalDate effectiveOn) implements EffectiveDated {
}
