package org.verbund.funding.api;

/**
 * Where a funding application stands. The report's "approved" are APPROVED, RUNNING and CLOSED; its "applied" are
 * SUBMITTED and APPROVAL_PROMISED.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, APPROVAL_PROMISED, APPROVED, RUNNING, CLOSED, REJECTED, WITHDRAWN
}
