package org.verbund.core.kernel;

import java.time.LocalDate;

/**
 * A domain event's second time: the business date from which it takes effect, as opposed to when it was recorded
 * (Axon's timestamp). History of 2014 entered in 2026 keeps its 2014 effective dates, and queries can ask what was in
 * effect on a date. Every domain event implements this (enforced by the boundary tests).
 */
public interface EffectiveDated {

    /** The date from which the event takes effect (ISO-8601 in JSON). */
    LocalDate effectiveOn();
}
