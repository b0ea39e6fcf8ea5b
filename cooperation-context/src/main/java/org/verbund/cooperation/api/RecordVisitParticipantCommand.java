package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import java.time.LocalDate;

/** Records a person who took part in the visit on behalf of an organisation; the name is personal data. */
public record RecordVisitParticipantCommand(@TargetAggregateIdentifier VisitId visitId, PersonRef person, PersonalText name, OrganisationId onBehalfOf, LocalDate effectiveOn) {
}
