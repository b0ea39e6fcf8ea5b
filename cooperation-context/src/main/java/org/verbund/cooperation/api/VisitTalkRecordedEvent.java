package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** A talk with an institution was held during the visit. */
@Revision("1")
public record VisitTalkRecordedEvent(VisitId visitId, String talkId, String institution, InstitutionLevel level, String topic, LocalDate effectiveOn) implements EffectiveDated {
}
