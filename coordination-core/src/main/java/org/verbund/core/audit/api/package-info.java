/**
 * What auditors ask of the history: queries and their answers.
 */
package org.verbund.core.audit.api;
