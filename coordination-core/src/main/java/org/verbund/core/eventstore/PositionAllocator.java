package org.verbund.core.eventstore;

/**
 * Hands out global event positions: each commit reserves one position per event, and positions are reserved in the
 * order commits are reserved, never twice.
 */
interface PositionAllocator extends StorePositions {

    /**
     * Reserves {@code count} consecutive positions.
     *
     * @return the first reserved position; the reservation ends at {@code first + count - 1}
     */
    long reserve(int count);
}
