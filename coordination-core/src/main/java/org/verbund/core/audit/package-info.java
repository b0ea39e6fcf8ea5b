/**
 * Audit services over the event history, answered from the event store itself: an aggregate's full history with
 * who, when, on whose behalf and why ({@code AggregateHistoryQueries}), and the network's whole history in global
 * order, paged or streamed in constant memory ({@code GlobalHistory}), narrowed by organisation, type, context,
 * aggregate and recorded time ({@code FilteredHistory}) from keyed audit documents ({@code HistoryIndex}) that an
 * indexer on every gateway keeps up with the history ({@code HistoryIndexer}).
 */
package org.verbund.core.audit;
