package org.verbund.funding.api;

/** Who funds a programme: the EU, the federal state (Bund), the state (Land), the municipality, or someone else. */
public enum FunderLevel {
    EU, FEDERAL, STATE, MUNICIPAL, OTHER
}
