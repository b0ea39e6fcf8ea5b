/**
 * The funding context's aggregates and domain services: a {@code FundingApplication} with its lifecycle and its
 * members (amendments, deadlines, extensions), each with rules of its own; a {@code FundingProgramme} and its calls;
 * the study placements of a city's cohort; the degressive co-funding calculator. Every refusal carries a code of
 * {@code FundingRule}. All of it is package-private: other code sends commands and queries of the {@code api}
 * package.
 */
package org.verbund.funding.command;
