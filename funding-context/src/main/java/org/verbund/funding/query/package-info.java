/**
 * The funding context's read models, one projection each: the portfolio, the applications with their details, the
 * programme list, the task lists and the study placements. Each keeps its own package-private documents, mapped by
 * Jackson, and guards them by the sequence number of the aggregate they show (the core's {@code SequencedDocuments},
 * the guard of every read model); none reads another's documents, so each has a processing group of its own and can
 * be rebuilt alone. Query handlers answer with the records of the {@code api} package and decide there who may see
 * what.
 */
package org.verbund.funding.query;
