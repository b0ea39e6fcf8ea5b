package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;
import java.util.List;

/** A workshop series was planned. */
@Revision("1")
public record WorkshopSeriesPlannedEvent(WorkshopSeriesId seriesId, WorkingGroupId groupId, String title, List<Workshop> workshops, LocalDate effectiveOn) implements EffectiveDated {
}
