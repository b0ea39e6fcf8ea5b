package org.verbund.core.eventstore;

/** How far the store's global positions go: every position below {@link #reservedSoFar()} has been handed out. */
public interface StorePositions {

    /** @return how many positions have been reserved so far (the next position to be handed out) */
    long reservedSoFar();
}
