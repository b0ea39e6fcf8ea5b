package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Allocates global event positions from one counter document in MongoDB. A commit of {@code k} events reserves the
 * range of {@code k} positions with a single atomic {@code $inc}, so positions never come from a clock and two
 * instances never receive the same position.
 */
class GlobalPositionCounter {

    private static final String COUNTER_ID = "global-position";
    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;

    GlobalPositionCounter(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    /**
     * Reserves {@code count} consecutive positions.
     *
     * @return the first reserved position; the reservation ends at {@code first + count - 1}
     */
    long reserve(int count) {
        // The document as it was BEFORE the update: mongo-java-server answers ReturnDocument.AFTER with its live
        // stored document, which a concurrent update can change before the answer is sent (8 threads reserving at
        // once got overlapping ranges that way); the "before" answer is a copy taken under the collection's lock.
        Document previous = counters.findOneAndUpdate(
                Filters.eq("_id", COUNTER_ID),
                Updates.inc(NEXT, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return previous == null ? 0L : previous.get(NEXT, Number.class).longValue();
    }

    /**
     * @return how many positions have been reserved so far (the next position to be handed out)
     */
    long reservedSoFar() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? 0L : counter.get(NEXT, Number.class).longValue();
    }
}
