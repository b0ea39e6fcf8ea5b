/**
 * Cooperation context: transnational partnerships, visits, contacts and agreements. Talks to other contexts only through their {@code api} packages.
 */
package org.verbund.cooperation;
