package org.verbund.core.audit;

import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.audit.api.StoredPosition;
import org.verbund.core.audit.api.VerificationReport;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;

/**
 * Recomputes the audit tree from positions as stored (a store, or an export of it) and holds it against a signed
 * tree head, trusting nothing but the head's public key.
 * <p>
 * A root says only that something differs, not where. So the verifier builds two trees side by side: one from the
 * hashes of the stored bytes, one from the leaf hashes the store's tree recorded when each position settled (which
 * each position carries in {@link StoredPosition#leafHash()}). When the recorded leaves give the signed root, they are
 * authentic, and the first position whose bytes no longer hash to its recorded leaf is the first one changed, deleted
 * or inserted. When they do not, the tree was rewritten as well, and only the fact is certain.
 */
public final class HistoryVerifier {

    private HistoryVerifier() {
    }

    /** Reads positions 0 to {@code head.treeSize() - 1} from {@code positions} and verifies them. */
    public static VerificationReport verify(SignedTreeHead head, PublicKey key, Iterator<StoredPosition> positions) {
        if (!TreeHeadKey.verify(head, key)) {
            return new VerificationReport(false, head == null ? 0 : head.treeSize(), 0, null, null,
                                          "The tree head's signature is not valid under key "
                                          + TreeHeadKey.keyId(key), null);
        }
        TreeFrontier fromBytes = new TreeFrontier();
        TreeFrontier fromRecordedLeaves = new TreeFrontier();
        Long firstMismatch = null;
        String mismatchKind = null;
        for (long position = 0; position < head.treeSize(); position++) {
            StoredPosition stored = positions.hasNext() ? positions.next() : StoredPosition.missing(position);
            if (stored.position() != position) {
                stored = StoredPosition.malformed(position, stored.commitId());
            }
            byte[] hashed = stored.settled() ? LeafEncoding.leafHash(stored) : null;
            byte[] recorded = decode(stored.leafHash());
            if (firstMismatch == null && (hashed == null || !Arrays.equals(hashed, recorded))) {
                firstMismatch = position;
                mismatchKind = stored.kind();
            }
            fromBytes.append(hashed != null ? hashed : new byte[MerkleTree.HASH_BYTES]);
            fromRecordedLeaves.append(recorded != null ? recorded : new byte[MerkleTree.HASH_BYTES]);
        }
        byte[] signedRoot = decode(head.rootHash());
        String recomputed = AuditTree.base64(fromBytes.root());
        if (Arrays.equals(fromBytes.root(), signedRoot)) {
            return new VerificationReport(true, head.treeSize(), head.treeSize(), null, null,
                                          firstMismatch == null ? null : "The events verify, but the stored tree's "
                                          + "leaf at position " + firstMismatch + " differs from them: the tree's "
                                          + "nodes were changed", recomputed);
        }
        if (Arrays.equals(fromRecordedLeaves.root(), signedRoot) && firstMismatch != null) {
            return new VerificationReport(false, head.treeSize(), head.treeSize(), firstMismatch, mismatchKind,
                                          "Position " + firstMismatch + " (now " + mismatchKind + ") is not what "
                                          + "the tree recorded: the stored history was changed there", recomputed);
        }
        return new VerificationReport(false, head.treeSize(), head.treeSize(), firstMismatch, mismatchKind,
                                      "Neither the stored events nor the stored tree give the signed root: the tree "
                                      + "was rewritten along with the history, or the head is not of this store"
                                      + (firstMismatch == null ? "" : " (the first position that differs from the "
                                      + "stored tree is " + firstMismatch + ")"), recomputed);
    }

    private static byte[] decode(String base64) {
        try {
            return base64 == null ? null : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
