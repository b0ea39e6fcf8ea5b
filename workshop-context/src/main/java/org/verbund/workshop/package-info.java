/**
 * Workshop context: working groups, workshop series, meetings, minutes, decisions, action items and result transfers. Talks to other contexts only through their {@code api} packages.
 */
package org.verbund.workshop;
