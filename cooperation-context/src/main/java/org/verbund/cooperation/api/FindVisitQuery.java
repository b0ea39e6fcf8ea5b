package org.verbund.cooperation.api;

/** One visit, or null. Answered with a {@link VisitView}. */
public record FindVisitQuery(VisitId visitId) {
}
