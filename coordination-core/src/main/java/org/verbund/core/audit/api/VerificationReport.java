package org.verbund.core.audit.api;

/**
 * What recomputing the audit tree from the stored events found against a signed tree head.
 *
 * @param verified       whether the stored events give exactly the signed root
 * @param treeSize       the size of the head verified against
 * @param checked        how many positions were read and hashed
 * @param firstMismatch  the first position whose stored bytes differ from what the tree recorded (null when none is
 *                       known)
 * @param mismatchKind   what that position is now: {@code event} (changed), {@code missing} (deleted),
 *                       {@code malformed} (edited, inserted or reordered documents) or {@code tombstone}
 * @param problem        what went wrong, in words (null when verified)
 * @param recomputedRoot the root of the tree recomputed from the stored events (Base64)
 */
public record VerificationReport(boolean verified, long treeSize, long checked, Long firstMismatch,
                                 String mismatchKind, String problem, String recomputedRoot) {
}
