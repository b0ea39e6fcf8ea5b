/**
 * The workshop context's public surface: the commands, events and queries of working groups, workshop series,
 * meetings (agenda, attendance, outcomes, decisions, action items, minutes) and result transfers, the answers to the
 * queries, the typed ids, and {@link org.verbund.workshop.api.WorkshopRule}, the catalogue of every rule code its
 * refusals carry. Other contexts and the gateway use only this package.
 */
package org.verbund.workshop.api;
