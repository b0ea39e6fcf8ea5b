package org.verbund.gateway.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The stored {@code Idempotency-Key}s, by key only: a key's record by {@code _id} (caller and key), and, so that
 * expired ones are removed without a scan, one document per expiry bucket ({@code _id} the bucket's number: expiry
 * time divided by the bucket width) listing the keys expiring in it. The sweep reads the buckets that have passed by
 * {@code _id} and deletes their keys with {@code $in}. A record is replaced only on the condition that it still holds
 * what was read ({@code leaseUntil}), so that two requests cannot both take over one stale or expired key.
 */
@Component
public class IdempotencyKeys implements SmartLifecycle {

    static final String SWEPT = "swept";
    /** Buckets a sweep reads at most (a gateway that was down long catches up over several sweeps). */
    static final int BUCKETS_PER_SWEEP = 1000;

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> buckets;
    final Duration retention;
    final Duration lease;
    private final long bucketMillis;
    private final Duration sweepInterval;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService sweeper;

    public IdempotencyKeys(MongoDatabase verbundDatabase,
                           @Value("${verbund.idempotency.retention:24h}") Duration retention,
                           @Value("${verbund.idempotency.lease:30s}") Duration lease,
                           @Value("${verbund.idempotency.sweep-bucket:1h}") Duration sweepBucket,
                           @Value("${verbund.idempotency.sweep-interval:5m}") Duration sweepInterval) {
        this.keys = verbundDatabase.getCollection("idempotency_keys");
        this.buckets = verbundDatabase.getCollection("idempotency_key_expiries");
        this.retention = retention;
        this.lease = lease;
        this.bucketMillis = Math.max(1, sweepBucket.toMillis());
        this.sweepInterval = sweepInterval;
    }

    Instant now() {
        return clock.instant();
    }

    /** A new record of a request running now, for its caller's key, noting where its events will be. */
    Document running(String id, String request, String aggregateId, String location) {
        Instant now = now();
        return new Document("_id", id).append("request", request).append("state", "RUNNING")
                                      .append("createdAt", now.toString())
                                      .append("expiresAt", Date.from(now.plus(retention)))
                                      .append("leaseUntil", Date.from(now.plus(lease)))
                                      .append("aggregateId", aggregateId).append("location", location);
    }

    /** Stores the record if the key is new; false if it exists. */
    boolean insert(Document record) {
        try {
            keys.insertOne(record);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
        listForExpiry(record);
        return true;
    }

    /** Replaces a stale or expired record with ours, unless another request did so since {@code seen} was read. */
    boolean takeOver(Document seen, Document record) {
        boolean taken = keys.replaceOne(Filters.and(Filters.eq("_id", seen.get("_id")), sameLease(seen)), record,
                                        new ReplaceOptions()).getModifiedCount() == 1;
        if (taken) {
            listForExpiry(record);
        }
        return taken;
    }

    Document find(String id) {
        return keys.find(Filters.eq("_id", id)).first();
    }

    /** Whether the record has expired: then it counts as absent, even before the sweep removes it. */
    boolean expired(Document record) {
        Date expiresAt = record.getDate("expiresAt");
        Instant expiry = expiresAt != null ? expiresAt.toInstant()
                : Instant.parse(record.getString("createdAt")).plus(retention); // kept before keys expired
        return !expiry.isAfter(now());
    }

    /** Whether the request that wrote the record may still be running (its lease has not run out). */
    boolean leased(Document record) {
        Date leaseUntil = record.getDate("leaseUntil");
        return leaseUntil == null || leaseUntil.toInstant().isAfter(now()); // kept before leases: as before, 409
    }

    void done(String id, Document answer) {
        keys.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("state", "DONE"),
                Updates.set("status", answer.getInteger("status")), Updates.set("location", answer.get("location")),
                Updates.set("eTag", answer.get("eTag")), Updates.set("position", answer.get("position")),
                Updates.set("body", answer.get("body"))));
    }

    /** A stale record's answer, found from its events, unless another request resolved or took it over since. */
    void doneIfStill(Document seen, Document answer) {
        keys.updateOne(Filters.and(Filters.eq("_id", seen.get("_id")), Filters.eq("state", "RUNNING"), sameLease(seen)),
                       Updates.combine(Updates.set("state", "DONE"), Updates.set("status", answer.getInteger("status")),
                                       Updates.set("location", answer.get("location")),
                                       Updates.set("eTag", answer.get("eTag")),
                                       Updates.set("position", answer.get("position")),
                                       Updates.set("body", answer.get("body"))));
    }

    /** Forgets a failed request's key, unless another request has taken it over meanwhile. */
    void forget(Document ours) {
        keys.deleteOne(Filters.and(Filters.eq("_id", ours.get("_id")), sameLease(ours)));
    }

    /** Removes the keys of every bucket that has passed; returns how many were removed. */
    public long sweep() {
        long current = Math.floorDiv(now().toEpochMilli(), bucketMillis);
        Document marker = buckets.find(Filters.eq("_id", SWEPT)).first();
        long from = marker != null ? marker.getLong("upTo") + 1
                : current - retention.toMillis() / bucketMillis - 2; // first sweep: every bucket a key can be in
        long upTo = Math.min(current - 1, from + BUCKETS_PER_SWEEP - 1);
        if (upTo < from) {
            return 0;
        }
        List<Long> due = new ArrayList<>();
        for (long bucket = from; bucket <= upTo; bucket++) {
            due.add(bucket);
        }
        long removed = 0;
        for (Document bucket : buckets.find(Filters.in("_id", due))) {
            List<String> listed = bucket.getList("keys", String.class, List.of());
            if (!listed.isEmpty()) {
                // a key taken over after it expired expires later: its new bucket removes it then
                removed += keys.deleteMany(Filters.and(Filters.in("_id", listed),
                                                       Filters.lte("expiresAt", Date.from(now())))).getDeletedCount();
            }
        }
        buckets.deleteMany(Filters.in("_id", due));
        buckets.replaceOne(Filters.eq("_id", SWEPT), new Document("_id", SWEPT).append("upTo", upTo),
                           new ReplaceOptions().upsert(true));
        return removed;
    }

    private void listForExpiry(Document record) {
        long bucket = Math.floorDiv(record.getDate("expiresAt").getTime(), bucketMillis);
        buckets.updateOne(Filters.eq("_id", bucket), Updates.addToSet("keys", record.getString("_id")),
                          new UpdateOptions().upsert(true));
    }

    private static org.bson.conversions.Bson sameLease(Document seen) {
        return Filters.eq("leaseUntil", seen.getDate("leaseUntil"));
    }

    @Override
    public void start() {
        sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-key-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(100, sweepInterval.toMillis());
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(IdempotencyKeys.class).warn("Idempotency-key sweep failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        sweeper.shutdownNow();
        sweeper = null;
    }

    @Override
    public boolean isRunning() {
        return sweeper != null;
    }
}
