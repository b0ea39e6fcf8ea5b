package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Records a talk held during the visit with an institution (an embassy, a national council, an NGO). */
public record RecordVisitTalkCommand(@TargetAggregateIdentifier VisitId visitId, String talkId, String institution, InstitutionLevel level, String topic, LocalDate effectiveOn) {
}
