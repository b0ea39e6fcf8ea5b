/**
 * Audit services over the event history, answered from the event store itself: an aggregate's full history with
 * who, when, on whose behalf and why ({@code AggregateHistoryQueries}), the network's whole history in global
 * order, paged or streamed in constant memory ({@code GlobalHistory}), and any aggregate's state as recorded at an
 * instant and as in effect on a day, rebuilt by Axon from the events of then ({@code PointInTimeStates}).
 */
package org.verbund.core.audit;
