package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Allocates global event positions in this process, for a database that only this process writes: the embedded
 * server, which listens on a private loopback port of the process that started it. Reserving then costs no round
 * trip, where the shared {@link GlobalPositionCounter} costs one per commit (on the embedded server that round trip
 * costs as much as the insert itself).
 * <p>
 * The counter document is kept as a hint (raised every {@value #HINT_INTERVAL} positions and on close), and at start
 * the allocator resumes after the highest position any commit ends at, found from the hint by key lookups. Positions
 * reserved by a crashed process but never written may be handed out again: no reader can have seen them, and no
 * reader has passed them either, since nothing after them was written.
 */
final class InProcessPositionAllocator implements PositionAllocator, AutoCloseable {

    private static final long HINT_INTERVAL = 256;
    private static final int RECOVERY_WINDOW = 500;

    private final MongoCollection<Document> counters;
    private final AtomicLong next;
    private final AtomicLong hinted;

    private InProcessPositionAllocator(MongoCollection<Document> counters, long next) {
        this.counters = counters;
        this.next = new AtomicLong(next);
        this.hinted = new AtomicLong(next);
    }

    /** An allocator that continues after everything stored in {@code database}. */
    static InProcessPositionAllocator resumingIn(MongoDatabase database) {
        MongoCollection<Document> counters = database.getCollection(MongoCommitEventStorageEngine.COUNTERS_COLLECTION);
        MongoCollection<Document> commits = database.getCollection(MongoCommitEventStorageEngine.COMMITS_COLLECTION);
        Document hint = counters.find(Filters.eq("_id", GlobalPositionCounter.COUNTER_ID)).first();
        long next = hint == null ? 0 : hint.get(GlobalPositionCounter.NEXT, Number.class).longValue();
        // the hint may lag: look for commits ending beyond it, window by window, until a window holds none
        long windowStart = Math.max(0, next - RECOVERY_WINDOW);
        while (true) {
            List<Long> ends = new ArrayList<>(RECOVERY_WINDOW);
            for (long end = windowStart; end < windowStart + RECOVERY_WINDOW; end++) {
                ends.add(end);
            }
            Long highest = commits.find(Filters.in("end", ends)).projection(Projections.include("end"))
                                  .into(new ArrayList<>()).stream()
                                  .map(commit -> commit.get("end", Number.class).longValue())
                                  .max(Long::compare).orElse(null);
            if (highest == null) {
                break;
            }
            next = Math.max(next, highest + 1);
            windowStart += RECOVERY_WINDOW;
        }
        return new InProcessPositionAllocator(counters, next);
    }

    @Override
    public long reserve(int count) {
        long first = next.getAndAdd(count);
        if (first + count - hinted.get() >= HINT_INTERVAL) {
            raiseHint(first + count);
        }
        return first;
    }

    @Override
    public long reservedSoFar() {
        return next.get();
    }

    private void raiseHint(long reserved) {
        hinted.accumulateAndGet(reserved, Math::max);
        counters.updateOne(Filters.eq("_id", GlobalPositionCounter.COUNTER_ID),
                           Updates.max(GlobalPositionCounter.NEXT, reserved), new UpdateOptions().upsert(true));
    }

    @Override
    public void close() {
        raiseHint(next.get());
    }
}
