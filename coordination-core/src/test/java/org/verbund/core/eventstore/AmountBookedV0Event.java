package org.verbund.core.eventstore;

import org.axonframework.serialization.Revision;

/** How {@link AmountBookedEvent} was stored before its revision 1 (the amount was called "amount"). */
@Revision("0")
record AmountBookedV0Event(String ledgerId, long amount) {
}
