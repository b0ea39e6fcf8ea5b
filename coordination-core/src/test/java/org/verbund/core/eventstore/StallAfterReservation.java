package org.verbund.core.eventstore;

import java.util.concurrent.CountDownLatch;

/** A writer that stalls between reserving its positions and inserting its commit, until released. */
final class StallAfterReservation implements CommitWriter.ReservationObserver {

    final CountDownLatch reserved = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void reserved(long first, long end) {
        reserved.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
