/**
 * The workshop context's read models, one projection each: working groups, meetings, the decision register, action
 * items by owner, series maps and the results bodies received. Documents are this package's own (typed, mapped by
 * Jackson, each event applied once by its sequence number through the core's {@code SequencedDocuments}); the answers
 * are the records of the {@code api} package, and the queries carry the viewer, so what a reader may see is decided
 * here. Nothing here is public.
 */
package org.verbund.workshop.query;
