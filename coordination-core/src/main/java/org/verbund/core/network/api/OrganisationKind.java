package org.verbund.core.network.api;

/** What kind of member of the network an organisation is. */
public enum OrganisationKind {
    CITY_DEPARTMENT,
    NON_PROFIT_CARRIER,
    PUBLIC_EMPLOYMENT,
    UNIVERSITY,
    COORDINATION_BODY,
    EXTERNAL_PARTNER
}
