package org.verbund.funding.api;

import java.util.List;
import java.util.Map;

/**
 * The report's two tables in one: students per city and cohort, with subtotals for the pilot cities and the others,
 * totals per cohort and city, and the split by funding.
 *
 * @param cohorts   the cohorts in order ("2014/15", ...)
 * @param cities    one row per city, pilot cities first
 * @param pilotCities the pilot cities' sum per cohort
 * @param otherCities the other cities' sum per cohort
 * @param total     all cities per cohort
 */
public record StudyPlacements(List<String> cohorts, List<CityRow> cities, Map<String, Integer> pilotCities,
                              Map<String, Integer> otherCities, Map<String, Integer> total) {

    /** One city: students per cohort, and by funding over all cohorts. */
    public record CityRow(String city, boolean pilotCity, Map<String, Integer> byCohort, int total, int stateFunded,
                          int ownMeans, int fundingUnknown) {
    }
}
