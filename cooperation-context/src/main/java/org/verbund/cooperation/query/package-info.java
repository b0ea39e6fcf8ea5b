/**
 * The cooperation read models, one projection each: partnerships (with the timeline of their visits and their
 * agreements), visits, contacts (and who may read them) and the milestone feed. Each keeps its own package-private
 * documents, guards them by the events' sequence numbers (the core's {@code SequencedDocuments}, the guard of every
 * read model) and answers with the records of the {@code api} package; who may read what is decided by the query
 * handlers, from the viewer the query carries.
 */
package org.verbund.cooperation.query;
