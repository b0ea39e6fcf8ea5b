package org.verbund.core.audit.api;

/**
 * One global position exactly as the store holds it: the bytes the audit tree's leaf covers. Payload and metadata
 * are the stored JSON strings, personal fields in them still encrypted, and the payload is not upcast, so that
 * neither crypto-shredding nor a new event revision changes a leaf. An export of these lines is what the offline
 * auditor verifies.
 *
 * @param position        the global position
 * @param kind            {@code event}; {@code tombstone} (a position given up by a writer that failed or died);
 *                        {@code malformed} (a document the store never writes: edited, inserted or overlapping);
 *                        {@code missing} (no document holds it: in flight, or deleted)
 * @param commitId        the id of the document that holds it
 * @param eventId         the event's identifier
 * @param aggregateType   its aggregate's type (null for an event of no aggregate)
 * @param aggregateId     its aggregate (null for an event of no aggregate)
 * @param sequence        its place in the aggregate's history (null for an event of no aggregate)
 * @param payloadType     the event's class, as stored
 * @param payloadRevision the event's revision, as stored
 * @param recordedAt      when it was recorded (ISO-8601, as stored)
 * @param payload         the payload JSON, as stored
 * @param metaData        the metadata JSON, as stored
 * @param leafHash        in an export, the tree's stored hash of this leaf (Base64), which an offline verifier checks
 *                        against the signed root before it compares it with the hash of the bytes above
 */
public record StoredPosition(long position, String kind, String commitId, String eventId, String aggregateType,
                             String aggregateId, Long sequence, String payloadType, String payloadRevision,
                             String recordedAt, String payload, String metaData, String leafHash) {

    public static final String EVENT = "event";
    public static final String TOMBSTONE = "tombstone";
    public static final String MALFORMED = "malformed";
    public static final String MISSING = "missing";

    public static StoredPosition tombstone(long position, String commitId) {
        return new StoredPosition(position, TOMBSTONE, commitId, null, null, null, null, null, null, null, null,
                                  null, null);
    }

    public static StoredPosition malformed(long position, String commitId) {
        return new StoredPosition(position, MALFORMED, commitId, null, null, null, null, null, null, null, null,
                                  null, null);
    }

    public static StoredPosition missing(long position) {
        return new StoredPosition(position, MISSING, null, null, null, null, null, null, null, null, null, null,
                                  null);
    }

    /** Whether the position is settled: it can no longer change without tampering. */
    public boolean settled() {
        return EVENT.equals(kind) || TOMBSTONE.equals(kind);
    }

    public StoredPosition withLeafHash(String hash) {
        return new StoredPosition(position, kind, commitId, eventId, aggregateType, aggregateId, sequence, payloadType,
                                  payloadRevision, recordedAt, payload, metaData, hash);
    }
}
