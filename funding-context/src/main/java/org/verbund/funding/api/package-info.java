/**
 * The funding context's public surface: commands, events, queries and answers about funding programmes,
 * applications, schedules and placements, their typed ids, and {@code FundingRule}, the catalogue of the codes its
 * commands are refused with. Events are stored as their JSON: they change only by a new revision and an upcaster.
 */
package org.verbund.funding.api;
