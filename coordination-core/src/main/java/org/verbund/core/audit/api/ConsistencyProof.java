package org.verbund.core.audit.api;

import java.util.List;

/**
 * RFC 9162 consistency proof: the tree of {@code to} positions extends the tree of {@code from} positions, nothing
 * below {@code from} changed.
 *
 * @param from     the earlier size
 * @param to       the later size
 * @param fromRoot the root of the earlier tree (Base64)
 * @param toRoot   the root of the later tree (Base64)
 * @param path     the proof's hashes (Base64), O(log to) of them
 */
public record ConsistencyProof(long from, long to, String fromRoot, String toRoot, List<String> path) {
}
