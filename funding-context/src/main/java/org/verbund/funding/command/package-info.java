/**
 * The funding context's aggregates and domain services.
 */
package org.verbund.funding.command;
