package org.verbund.funding.api;

/** The study placements, city by cohort. Answered with a {@link StudyPlacements}. */
public record FindStudyPlacementsQuery() {
}
