package org.verbund.gateway.workshops;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.workshop.api.PlanWorkshopSeriesCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A workshop series of a group; without workshops, the report's three-workshop template. */
public record SeriesRequest(@NotBlank @Size(max = 200) String title,
                            @Size(max = 50) List<@Valid @NotNull Workshop> workshops, LocalDate effectiveOn,
                            @Size(max = 1000) String reason) {

    PlanWorkshopSeriesCommand toCommand(String groupId, String seriesId) {
        return new PlanWorkshopSeriesCommand(new WorkshopSeriesId(seriesId), new WorkingGroupId(groupId), title,
                                             workshops, orToday(effectiveOn));
    }
}
