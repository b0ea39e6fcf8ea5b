package org.verbund.core.kernel;

import java.time.LocalDate;
import java.util.Objects;

/** A span of days, both ends included; it cannot end before it starts. ISO-8601 dates in JSON. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw KernelRule.PERIOD_ENDS_BEFORE_START.violation("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }
}
