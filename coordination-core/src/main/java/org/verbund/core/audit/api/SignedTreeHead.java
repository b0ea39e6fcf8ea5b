package org.verbund.core.audit.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed tree head: the audit tree's size and root at a moment, signed with the tree-head key (Ed25519; not the
 * token-signing key, and not kept in the database). Written down outside the system, it pins the history: every later
 * head must be consistent with it, and no stored event below its size can change unnoticed.
 *
 * @param treeSize  how many positions the tree covers (positions 0 to treeSize - 1)
 * @param rootHash  the RFC 9162 root hash (Base64)
 * @param timestamp when the head was signed (milliseconds)
 * @param keyId     which key signed it: the first 16 hex digits of the SHA-256 of the public key's X.509 encoding
 * @param signature the Ed25519 signature (Base64) over {@link #signedBytes()}
 */
public record SignedTreeHead(long treeSize, String rootHash, Instant timestamp, String keyId, String signature) {

    /**
     * What is signed, as UTF-8: {@code verbund-tree-head-1}, the size, the Base64 root and the timestamp in
     * milliseconds since the epoch, each on a line of its own (simple to rebuild for any Ed25519 verifier).
     */
    public byte[] signedBytes() {
        return ("verbund-tree-head-1\n" + treeSize + "\n" + rootHash + "\n" + timestamp.toEpochMilli() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
