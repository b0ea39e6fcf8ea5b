/**
 * Funding context: programmes, funding applications and their lifecycle, financing plans, degressive schedules, deadlines and study placements. Talks to other contexts only through their {@code api} packages.
 */
package org.verbund.funding;
