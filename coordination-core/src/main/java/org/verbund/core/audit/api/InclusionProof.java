package org.verbund.core.audit.api;

import java.util.List;

/**
 * RFC 9162 inclusion proof of one position in the tree of a size: with the leaf's stored bytes, so that an auditor
 * hashes the leaf itself ({@code LeafEncoding}) rather than trusting {@code leafHash}.
 *
 * @param position  the leaf's position
 * @param treeSize  the size of the tree it is proven in
 * @param leafHash  the leaf hash (Base64)
 * @param auditPath the hashes from the leaf up (Base64), O(log treeSize) of them
 * @param rootHash  the root of the tree of that size (Base64): compare it with a signed head of that size
 * @param leaf      the position as stored
 */
public record InclusionProof(long position, long treeSize, String leafHash, List<String> auditPath, String rootHash,
                             StoredPosition leaf) {
}
