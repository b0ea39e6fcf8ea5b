/**
 * The workshop context's write side: the aggregates {@code WorkingGroup}, {@code WorkshopSeries}, {@code Meeting}
 * (with its parts, each an aggregate member with its own rules: agenda, attendance, outcomes, action items, minutes)
 * and {@code ReceivedResults}; the directory through which they ask each other before they change; the delivery of
 * result transfers; and the upcasters that keep stored events and snapshots readable. Nothing here is public.
 */
package org.verbund.workshop.command;
