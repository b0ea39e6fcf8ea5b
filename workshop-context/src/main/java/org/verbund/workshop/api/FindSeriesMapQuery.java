package org.verbund.workshop.api;

/** The challenges → strategies → actors map of a series, or null. Answered with a {@link SeriesMap}. */
public record FindSeriesMapQuery(WorkshopSeriesId seriesId) {
}
