/**
 * The funding context's public surface: commands, events, queries and responses about funding programmes,
 * applications, schedules and placements.
 */
package org.verbund.funding.api;
