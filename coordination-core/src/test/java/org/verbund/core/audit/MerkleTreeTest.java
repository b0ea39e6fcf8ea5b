package org.verbund.core.audit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RFC 9162 tree, its proofs and their verifiers against a direct transcription of the RFC's definition of MTH,
 * for every size up to 70, around the powers of two (where published verifiers went wrong, e.g. immudb's
 * GHSA-672p-m5jq-mrh8), and for 1,000 random (position, size) and (size, size) pairs up to 5,000 leaves; and proofs
 * that were tampered with in any way fail.
 */
class MerkleTreeTest {

    private static final int MAX_LEAVES = 5_000;
    private static final List<byte[]> LEAVES = LongStream.range(0, MAX_LEAVES)
            .mapToObj(i -> MerkleTree.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8))).toList();

    private static final Map<Long, byte[]> COMPUTED = new ConcurrentHashMap<>();
    private static final List<Long> EDGE_SIZES = edgeSizes();

    /** MTH as RFC 9162 section 2.1.1 defines it, straight from the leaves (remembered, to keep the test quick). */
    private static byte[] definition(long start, long end) {
        byte[] known = COMPUTED.get(start << 32 | end);
        if (known == null) {
            known = mth(start, end);
            COMPUTED.put(start << 32 | end, known);
        }
        return known;
    }

    private static byte[] mth(long start, long end) {
        long n = end - start;
        if (n == 0) {
            return MerkleTree.emptyRoot();
        }
        if (n == 1) {
            return LEAVES.get((int) start);
        }
        long k = Long.highestOneBit(n - 1);
        return MerkleTree.nodeHash(definition(start, start + k), definition(start + k, end));
    }

    private static final MerkleTree.PerfectSubtrees SUBTREES =
            (level, index) -> definition(index << level, (index + 1) << level);

    private static List<Long> edgeSizes() {
        List<Long> sizes = new ArrayList<>();
        for (long n = 1; n <= 70; n++) {
            sizes.add(n);
        }
        for (int power = 7; power <= 12; power++) {
            sizes.addAll(List.of((1L << power) - 1, 1L << power, (1L << power) + 1));
        }
        return sizes;
    }

    @Example
    void rootsAndFrontierAgreeWithTheDefinitionAtEveryEdgeSize() {
        TreeFrontier frontier = new TreeFrontier();
        assertThat(frontier.root()).isEqualTo(MerkleTree.emptyRoot());
        for (long n = 1; n <= 4_097; n++) {
            frontier.append(LEAVES.get((int) n - 1));
            if (EDGE_SIZES.contains(n)) {
                assertThat(MerkleTree.root(n, SUBTREES)).as("root of %d", n).isEqualTo(definition(0, n));
                assertThat(frontier.root()).as("frontier of %d", n).isEqualTo(definition(0, n));
                assertThat(TreeFrontier.of(n, SUBTREES).root()).isEqualTo(definition(0, n));
            }
        }
    }

    @Example
    void everyProofAtTheEdgeSizesVerifies() {
        for (long n : EDGE_SIZES.stream().filter(size -> size <= 513).toList()) {
            byte[] root = definition(0, n);
            for (long m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.inclusionPath(m, n, SUBTREES);
                assertThat(path.size()).isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(n - 1) + 1);
                assertThat(MerkleTree.verifyInclusion(m, n, LEAVES.get((int) m), path, root))
                        .as("inclusion of %d in %d", m, n).isTrue();
            }
            for (long m = 0; m <= n; m++) {
                assertThat(MerkleTree.verifyConsistency(m, n, definition(0, m), root,
                                                        MerkleTree.consistencyPath(m, n, SUBTREES)))
                        .as("consistency of %d with %d", m, n).isTrue();
            }
        }
    }

    @Property(tries = 1_000)
    void inclusionProofsVerifyAndTamperedOnesFail(@ForAll("positionsAndSizes") long[] pair) {
        long position = pair[0];
        long size = pair[1];
        byte[] root = definition(0, size);
        byte[] leaf = LEAVES.get((int) position);
        List<byte[]> path = MerkleTree.inclusionPath(position, size, SUBTREES);

        assertThat(MerkleTree.verifyInclusion(position, size, leaf, path, root)).isTrue();
        assertThat(MerkleTree.verifyInclusion(position, size, LEAVES.get((int) (position + 1) % MAX_LEAVES), path,
                                              root)).as("another leaf").isFalse();
        assertThat(MerkleTree.verifyInclusion(position, size, leaf, path, definition(0, size + 1)))
                .as("another root").isFalse();
        assertThat(MerkleTree.verifyInclusion(size, size, leaf, path, root)).as("beyond the tree").isFalse();
        if (!path.isEmpty()) {
            for (int i = 0; i < path.size(); i++) {
                assertThat(MerkleTree.verifyInclusion(position, size, leaf, flipped(path, i), root))
                        .as("hash %d flipped", i).isFalse();
            }
            assertThat(MerkleTree.verifyInclusion(position, size, leaf, path.subList(0, path.size() - 1), root))
                    .as("shortened").isFalse();
            if (position + 1 < size) {
                assertThat(MerkleTree.verifyInclusion(position + 1, size, leaf, path, root)).as("moved").isFalse();
            }
        }
        List<byte[]> extended = new ArrayList<>(path);
        extended.add(root);
        assertThat(MerkleTree.verifyInclusion(position, size, leaf, extended, root)).as("extended").isFalse();
    }

    @Property(tries = 1_000)
    void consistencyProofsVerifyAndTamperedOnesFail(@ForAll("sizePairs") long[] pair) {
        long first = pair[0];
        long second = pair[1];
        byte[] firstRoot = definition(0, first);
        byte[] secondRoot = definition(0, second);
        List<byte[]> proof = MerkleTree.consistencyPath(first, second, SUBTREES);

        assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, proof)).isTrue();
        assertThat(proof.size()).isLessThanOrEqualTo(2 * (64 - Long.numberOfLeadingZeros(second)));
        if (first == second) {
            return;
        }
        assertThat(MerkleTree.verifyConsistency(first, second, definition(0, first + 1), secondRoot, proof))
                .as("another first root").isFalse();
        if (first > 0) { // every tree extends the empty one
            assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, definition(0, second - 1), proof))
                    .as("another second root").isFalse();
        }
        assertThat(MerkleTree.verifyConsistency(second, first, secondRoot, firstRoot, proof))
                .as("shrinking").isFalse();
        for (int i = 0; i < proof.size(); i++) {
            assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, flipped(proof, i)))
                    .as("hash %d flipped", i).isFalse();
        }
        if (!proof.isEmpty()) {
            assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot,
                                                    proof.subList(0, proof.size() - 1))).as("shortened").isFalse();
        }
        assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, List.of()))
                .as("no proof").isEqualTo(first == 0);
    }

    @Example
    void theEdgeCasesTheRfcLeavesToTheCaller() {
        byte[] one = definition(0, 1);
        assertThat(MerkleTree.verifyConsistency(1, 1, one, one, List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(1, 1, one, definition(0, 2), List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(1, 1, one, one, List.of(one))).as("a proof where none is due")
                                                                              .isFalse();
        assertThat(MerkleTree.verifyConsistency(0, 5, MerkleTree.emptyRoot(), definition(0, 5), List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(0, 5, one, definition(0, 5), List.of())).isFalse();
        assertThat(MerkleTree.verifyInclusion(0, 1, LEAVES.get(0), List.of(), one)).isTrue();
        assertThat(MerkleTree.verifyInclusion(0, 0, LEAVES.get(0), List.of(), one)).isFalse();
        assertThat(MerkleTree.verifyInclusion(-1, 2, LEAVES.get(0), List.of(LEAVES.get(1)), definition(0, 2)))
                .isFalse();
        assertThat(MerkleTree.verifyInclusion(0, 2, LEAVES.get(0), List.of(new byte[3]), definition(0, 2)))
                .as("a hash of the wrong length").isFalse();
    }

    @Provide
    Arbitrary<long[]> positionsAndSizes() {
        return Arbitraries.longs().between(1, MAX_LEAVES - 1).flatMap(
                size -> Arbitraries.longs().between(0, size - 1).map(position -> new long[]{position, size}));
    }

    @Provide
    Arbitrary<long[]> sizePairs() {
        return Combinators.combine(Arbitraries.longs().between(0, MAX_LEAVES - 1),
                                   Arbitraries.longs().between(0, MAX_LEAVES - 1))
                          .as((a, b) -> new long[]{Math.min(a, b), Math.max(a, b)});
    }

    private static List<byte[]> flipped(List<byte[]> hashes, int which) {
        List<byte[]> copy = new ArrayList<>(hashes);
        byte[] changed = copy.get(which).clone();
        changed[0] ^= 1;
        copy.set(which, changed);
        return copy;
    }
}
