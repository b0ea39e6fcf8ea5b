package org.verbund.core.architecture.broken.funding.api;

/** Breaks "events are versioned and effective-dated": no {@code @Revision}, no effective date. */
public record GrantPaidEvent(String applicationId) {
}
