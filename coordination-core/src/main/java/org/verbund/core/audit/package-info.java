/**
 * Audit services over the event history, answered from the event store itself: an aggregate's full history with
 * who, when, on whose behalf and why ({@code AggregateHistoryQueries}); the network's whole history in global
 * order, paged or streamed in constant memory ({@code GlobalHistory}), narrowed by organisation, type, context,
 * aggregate and recorded time ({@code FilteredHistory}) from keyed audit documents ({@code HistoryIndex}) that an
 * indexer on every gateway keeps up with the history ({@code HistoryIndexer}); any aggregate's state as recorded at
 * an instant and as in effect on a day, rebuilt by Axon from the events of then ({@code PointInTimeStates}); and the
 * verifiable history: an RFC 9162 Merkle tree over every position as stored ({@code AuditTree}), signed tree heads
 * ({@code TreeHeadKey}), proofs ({@code MerkleTree}), the verifier ({@code HistoryVerifier}) and the auditor's
 * offline tool ({@code AuditorTool}).
 */
package org.verbund.core.audit;
