package org.verbund.cooperation.api;

import java.util.List;

/** The contacts at one institution. */
public record InstitutionContacts(String institution, InstitutionLevel level, List<ContactView> contacts) {
}
