package org.verbund.core.eventstore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Iterates over results that {@link #fetch()} adds to {@link #buffer} batch by batch, until it sets
 * {@link #exhausted}.
 */
abstract class BatchIterator<T> implements Iterator<T> {

    final Deque<T> buffer = new ArrayDeque<>();
    boolean exhausted;

    /** Adds the next batch to the buffer (possibly nothing), or sets {@code exhausted}. */
    abstract void fetch();

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !exhausted) {
            fetch();
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }
}
