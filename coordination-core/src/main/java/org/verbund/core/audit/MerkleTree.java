package org.verbund.core.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency v2, section 2.1) over the network's history: SHA-256, a leaf
 * hashed as {@code H(0x00 || leaf)}, a node as {@code H(0x01 || left || right)}, the tree of {@code n} leaves split
 * at the largest power of two below {@code n}. Here are the root, the inclusion and consistency proofs, both
 * computed from the hashes of perfect subtrees ({@link PerfectSubtrees}, which storage answers by key lookups), and
 * the verifiers an auditor runs on them, written step by step after sections 2.1.3.2 and 2.1.4.2.
 */
public final class MerkleTree {

    public static final int HASH_BYTES = 32;

    /** The hash of the perfect subtree of {@code 2^level} leaves starting at leaf {@code index << level}. */
    @FunctionalInterface
    public interface PerfectSubtrees {
        byte[] hash(int level, long index);
    }

    private MerkleTree() {
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(leaf);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /** MTH(D[0:size]). */
    public static byte[] root(long size, PerfectSubtrees subtrees) {
        return size == 0 ? emptyRoot() : range(0, size, subtrees);
    }

    /** PATH(index, D[0:size]): the audit path of leaf {@code index}, bottom first; O(log size) hashes. */
    public static List<byte[]> inclusionPath(long index, long size, PerfectSubtrees subtrees) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, subtrees, path);
        return path;
    }

    /** PROOF(first, D[0:second]): the consistency proof of the tree of {@code first} leaves with a later one. */
    public static List<byte[]> consistencyPath(long first, long second, PerfectSubtrees subtrees) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("No consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, subtrees, proof);
        }
        return proof;
    }

    /** RFC 9162, 2.1.3.2: whether {@code path} proves that {@code leafHash} is leaf {@code index} of the tree. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size || leafHash == null || root == null) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0 || !wellFormed(p)) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * RFC 9162, 2.1.4.2: whether {@code proof} shows that the tree of {@code second} leaves with root
     * {@code secondRoot} extends the tree of {@code first} leaves with root {@code firstRoot}. The cases the RFC's
     * algorithm leaves to its caller are decided here: from an empty tree every tree is consistent (no proof), a
     * tree is consistent with itself when the roots are equal (no proof), and a shrinking tree never is.
     */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first < 0 || first > second || firstRoot == null || secondRoot == null) {
            return false;
        }
        if (first == 0) {
            return proof.isEmpty() && Arrays.equals(firstRoot, emptyRoot());
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (proof.isEmpty() || !proof.stream().allMatch(MerkleTree::wellFormed)) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** The largest power of two smaller than {@code n} (n > 1). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH(D[start:start+size]); {@code start} is always a multiple of the subtree sizes the recursion asks for. */
    private static byte[] range(long start, long size, PerfectSubtrees subtrees) {
        if (Long.bitCount(size) == 1) {
            int level = Long.numberOfTrailingZeros(size);
            return subtrees.hash(level, start >> level);
        }
        long k = split(size);
        return nodeHash(range(start, k, subtrees), range(start + k, size - k, subtrees));
    }

    private static void path(long index, long start, long size, PerfectSubtrees subtrees, List<byte[]> into) {
        if (size == 1) {
            return;
        }
        long k = split(size);
        if (index < k) {
            path(index, start, k, subtrees, into);
            into.add(range(start + k, size - k, subtrees));
        } else {
            path(index - k, start + k, size - k, subtrees, into);
            into.add(range(start, k, subtrees));
        }
    }

    private static void subproof(long m, long start, long size, boolean complete, PerfectSubtrees subtrees,
                                 List<byte[]> into) {
        if (m == size) {
            if (!complete) {
                into.add(range(start, size, subtrees));
            }
            return;
        }
        long k = split(size);
        if (m <= k) {
            subproof(m, start, k, complete, subtrees, into);
            into.add(range(start + k, size - k, subtrees));
        } else {
            subproof(m - k, start + k, size - k, false, subtrees, into);
            into.add(range(start, k, subtrees));
        }
    }

    private static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == HASH_BYTES;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
