package org.verbund.cooperation.api;

/** All partnerships. Answered with a list of {@link PartnershipView}. */
public record FindPartnershipsQuery() {
}
