package org.verbund.funding.api;

/** Where a line of a financing plan comes from: a funder level, or the carriers' own funds (Eigenmittel). */
public enum FinancingSource {
    EU, FEDERAL, STATE, MUNICIPAL, OTHER, OWN_FUNDS
}
