package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** A correction of the approved minutes was proposed; the original stays as it is. */
@Revision("1")
public record MinutesCorrectionProposedEvent(MeetingId meetingId, String correctionId, String corrects, String passage, String text, LocalDate effectiveOn) implements EffectiveDated {
}
