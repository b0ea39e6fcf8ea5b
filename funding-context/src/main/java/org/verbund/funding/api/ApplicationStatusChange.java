package org.verbund.funding.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.verbund.core.kernel.EffectiveDated;

/**
 * An event of a funding application's lifecycle, which names the status it leads to, so that whoever follows the
 * lifecycle handles all of them alike. The status is the event's type, not part of its stored JSON.
 */
public interface ApplicationStatusChange extends EffectiveDated {

    FundingApplicationId applicationId();

    /** The status the application is in from this event on. */
    @JsonIgnore
    ApplicationStatus status();
}
