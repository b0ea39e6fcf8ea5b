package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Allocates global event positions from one counter document in MongoDB, for several processes writing to one
 * database (gateways on a replica set). A commit of {@code k} events reserves the range of {@code k} positions with
 * an atomic {@code $inc}, so positions never come from a clock and two instances never receive the same position.
 * <p>
 * Reservations of concurrent writers in this process are combined: while one {@code $inc} is on its way, the
 * reservations that arrive queue up, and the next {@code $inc} reserves for all of them at once and hands out
 * consecutive sub-ranges. Under load that saves most counter round trips; alone, a writer pays exactly one.
 */
class GlobalPositionCounter implements PositionAllocator {

    static final String COUNTER_ID = "global-position";
    static final String NEXT = "next";

    private final MongoCollection<Document> counters;
    private final Queue<Reservation> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock combining = new ReentrantLock();

    GlobalPositionCounter(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    @Override
    public long reserve(int count) {
        Reservation mine = new Reservation(count);
        waiting.add(mine);
        combining.lock();
        try {
            if (!mine.granted()) {
                List<Reservation> batch = new ArrayList<>();
                long total = 0;
                for (Reservation next = waiting.poll(); next != null; next = waiting.poll()) {
                    batch.add(next);
                    total += next.count;
                }
                long first = increment(total);
                for (Reservation reservation : batch) {
                    reservation.first = first;
                    first += reservation.count;
                }
            }
            return mine.first;
        } finally {
            combining.unlock();
        }
    }

    /** @return the counter's value before adding {@code count} */
    private long increment(long count) {
        // The document as it was BEFORE the update: mongo-java-server answers ReturnDocument.AFTER with its live
        // stored document, which a concurrent update can change before the answer is sent (8 threads reserving at
        // once got overlapping ranges that way); the "before" answer is a copy taken under the collection's lock.
        Document previous = counters.findOneAndUpdate(
                Filters.eq("_id", COUNTER_ID),
                Updates.inc(NEXT, count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return previous == null ? 0L : previous.get(NEXT, Number.class).longValue();
    }

    @Override
    public long reservedSoFar() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? 0L : counter.get(NEXT, Number.class).longValue();
    }

    private static final class Reservation {
        private final int count;
        // written and read only while holding the combining lock
        private long first = -1;

        private Reservation(int count) {
            this.count = count;
        }

        private boolean granted() {
            return first >= 0;
        }
    }
}
