package org.verbund.workshop.api;

import org.verbund.core.kernel.Actor;

/**
 * The challenges → strategies → actors map of a series, if the viewer may see the series' group; null otherwise.
 * Answered with a {@link SeriesMap}.
 */
public record FindSeriesMapQuery(WorkshopSeriesId seriesId, Actor viewer) {
}
