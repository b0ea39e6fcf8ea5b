package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;
import java.util.List;

/** The agenda was reordered. */
@Revision("1")
public record AgendaReorderedEvent(MeetingId meetingId, List<String> itemIds, LocalDate effectiveOn) implements EffectiveDated {
}
