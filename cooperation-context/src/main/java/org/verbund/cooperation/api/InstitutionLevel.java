package org.verbund.cooperation.api;

/** The level of an institution met or contacted. */
public enum InstitutionLevel {
    STATE, NGO, MUNICIPAL, INTERNATIONAL
}
