package org.verbund.core.architecture.broken.workshop.query;

import org.verbund.core.architecture.broken.funding.command.PublicInternal;
import org.verbund.core.kernel.PersonalText;

/** Breaks "contexts use only each other's api" and "personal data is read only where it is sealed or shown". */
class ReachesIntoFunding {
    PublicInternal internal = new PublicInternal();

    String copyInClear(PersonalText name) {
        return name.value().orElse("");
    }
}
