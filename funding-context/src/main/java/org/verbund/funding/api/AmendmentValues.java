package org.verbund.funding.api;

import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.Period;

import java.util.List;

/** What an amendment changes; a null part stays as it is. */
public record AmendmentValues(Money amount, Period period, List<ImplementingPartner> partners) {

    public boolean changesNothing() {
        return amount == null && period == null && partners == null;
    }
}
