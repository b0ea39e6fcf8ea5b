package org.verbund.cooperation.api;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.PersonRef;

/**
 * One contact, if the viewer may read its partnership's contacts (see {@link FindContactsQuery}), or null. Answered
 * with a {@link ContactView}.
 */
public record FindContactQuery(PersonRef contact, Actor viewer) {
}
