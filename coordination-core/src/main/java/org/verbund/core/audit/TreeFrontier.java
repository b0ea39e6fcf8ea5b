package org.verbund.core.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing Merkle tree: the perfect subtrees its leaves make so far (at most one per bit of its
 * size), enough to append a leaf and to know the root, in O(log n) memory. Appending reports every perfect subtree
 * it completes, the leaf first, so that they can be stored for proofs.
 */
public final class TreeFrontier {

    /** A perfect subtree: {@code 2^level} leaves from leaf {@code index << level}. */
    public record Node(int level, long index, byte[] hash) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private long size;

    /** An empty tree. */
    public TreeFrontier() {
    }

    /** The tree of {@code size} leaves, from its perfect subtrees (largest first, as {@link #subtreesOf}). */
    public static TreeFrontier of(long size, MerkleTree.PerfectSubtrees subtrees) {
        TreeFrontier frontier = new TreeFrontier();
        for (Node node : subtreesOf(size)) {
            frontier.nodes.add(new Node(node.level(), node.index(), subtrees.hash(node.level(), node.index())));
        }
        frontier.size = size;
        return frontier;
    }

    /** Which perfect subtrees a tree of {@code size} leaves is made of, largest first (their hashes left null). */
    public static List<Node> subtreesOf(long size) {
        List<Node> subtrees = new ArrayList<>();
        long start = 0;
        for (int level = 63 - Long.numberOfLeadingZeros(Math.max(size, 1)); level >= 0; level--) {
            if ((size & (1L << level)) != 0) {
                subtrees.add(new Node(level, start >> level, null));
                start += 1L << level;
            }
        }
        return subtrees;
    }

    /** Appends the leaf with this hash; returns the perfect subtrees it completed, the leaf itself first. */
    public List<Node> append(byte[] leafHash) {
        List<Node> completed = new ArrayList<>();
        Node node = new Node(0, size, leafHash);
        completed.add(node);
        while (!nodes.isEmpty() && nodes.get(nodes.size() - 1).level() == node.level()) {
            Node left = nodes.remove(nodes.size() - 1);
            node = new Node(node.level() + 1, left.index() >> 1, MerkleTree.nodeHash(left.hash(), node.hash()));
            completed.add(node);
        }
        nodes.add(node);
        size++;
        return completed;
    }

    public long size() {
        return size;
    }

    /** MTH of the leaves so far: the perfect subtrees folded from the right. */
    public byte[] root() {
        if (nodes.isEmpty()) {
            return MerkleTree.emptyRoot();
        }
        byte[] root = nodes.get(nodes.size() - 1).hash();
        for (int i = nodes.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(nodes.get(i).hash(), root);
        }
        return root;
    }
}
