package org.verbund.cooperation.api;

import org.verbund.core.kernel.PersonRef;

/** One contact, or null. Answered with a {@link ContactView}. */
public record FindContactQuery(PersonRef contact) {
}
