package org.verbund.core.audit;

import org.verbund.core.audit.api.StoredPosition;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The canonical bytes of a leaf of the audit tree: what a position holds as stored, so that the same store always
 * gives the same bytes and any change to it gives others. The layout (written down for auditors who check with their
 * own tools): the ASCII tag {@code verbund-leaf-1}, a zero byte, the position as 8 bytes big-endian, then each of kind,
 * event id, aggregate type, aggregate id, sequence (decimal), payload type, payload revision, recorded time, payload
 * and metadata as a 4-byte big-endian length and its UTF-8 bytes, a length of -1 for an absent field. A tombstone has
 * only its kind; a position that is missing or malformed has no leaf (the tree stops before it, and a verifier names
 * it).
 */
public final class LeafEncoding {

    private static final byte[] TAG = "verbund-leaf-1".getBytes(StandardCharsets.US_ASCII);

    private LeafEncoding() {
    }

    public static byte[] bytes(StoredPosition stored) {
        if (!stored.settled()) {
            throw new IllegalArgumentException("Position " + stored.position() + " is " + stored.kind()
                                               + ": it has no leaf");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(stored.payload())
                                                              + length(stored.metaData()));
        out.writeBytes(TAG);
        out.write(0);
        writeLong(out, stored.position());
        field(out, stored.kind());
        if (StoredPosition.EVENT.equals(stored.kind())) {
            field(out, stored.eventId());
            field(out, stored.aggregateType());
            field(out, stored.aggregateId());
            field(out, stored.sequence() == null ? null : stored.sequence().toString());
            field(out, stored.payloadType());
            field(out, stored.payloadRevision());
            field(out, stored.recordedAt());
            field(out, stored.payload());
            field(out, stored.metaData());
        }
        return out.toByteArray();
    }

    /** The leaf hash of a settled position. */
    public static byte[] leafHash(StoredPosition stored) {
        return MerkleTree.leafHash(bytes(stored));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            writeInt(out, -1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write(value >>> shift);
        }
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
    }
}
