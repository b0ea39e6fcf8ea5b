package org.verbund.core.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A {@link org.axonframework.deadline.DeadlineManager} whose deadlines live in MongoDB, so they survive a restart,
 * and fire once even when several instances poll the same database.
 * <p>
 * Layout (key lookups only, as the storage rules ask): {@code deadlines} holds one document per open deadline, keyed
 * by its id, and loses it once the deadline fired or was cancelled; {@code deadline_index} holds a bucket per due day
 * ({@code day:2026-11-25}, the ids due that day), a list per name and scope ({@code scope:...}, for
 * {@code cancelAllWithinScope}) and the sweep cursor (days before it have no open deadline). A poll reads the buckets
 * from the cursor to today by {@code _id $in}, then their deadlines by {@code _id $in}.
 * <p>
 * Firing: an instance claims a due deadline by a conditional update from SCHEDULED to FIRING (only one update can
 * win), delivers it to its scope (e.g. the aggregate) in a unit of work, and deletes it. An instance that dies while
 * delivering leaves a claim whose lease runs out; another instance then delivers it again, so a delivery is at least
 * once after a crash and exactly once otherwise: handlers check their state. A delivery that fails is retried with a
 * growing delay and parked as FAILED after {@code maxAttempts}.
 * <p>
 * A deadline fires as the system: its metadata names actor {@code system:deadlines}, whoever scheduled it.
 */
public class MongoDeadlineManager extends AbstractDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(MongoDeadlineManager.class);
    /** Days the cursor stays behind today, so a deadline scheduled around midnight is never behind it. */
    private static final int LOOKUP_CHUNK = 500;
    private static final String SCHEDULED = "SCHEDULED";
    private static final String FIRING = "FIRING";
    private static final String FAILED = "FAILED";

    private final MongoCollection<Document> deadlines;
    private final DeadlineIndex index;
    private final DeadlineDelivery delivery;
    private final Serializer serializer;
    private final DeadlineProperties properties;
    private final Clock clock;
    private final DeadlineMetrics metrics;
    private final String instanceId = UUID.randomUUID().toString();
    private ScheduledExecutorService poller;

    public MongoDeadlineManager(MongoDatabase database, ScopeAwareProvider scopes, Serializer serializer,
                                DeadlineProperties properties, Clock clock) {
        this(database, scopes, serializer, properties, clock, DeadlineMetrics.unobserved(clock));
    }

    public MongoDeadlineManager(MongoDatabase database, ScopeAwareProvider scopes, Serializer serializer,
                                DeadlineProperties properties, Clock clock, DeadlineMetrics metrics) {
        this.metrics = metrics;
        this.deadlines = database.getCollection("deadlines");
        this.index = new DeadlineIndex(database.getCollection("deadline_index"));
        this.delivery = new DeadlineDelivery(scopes, serializer);
        this.serializer = serializer;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts polling for due deadlines. */
    public synchronized void start() {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "deadline-poller");
                thread.setDaemon(true);
                return thread;
            });
            long interval = properties.pollInterval().toMillis();
            poller.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void shutdown() {
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        DeadlineMessage<?> message = GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload,
                                                                              triggerDateTime);
        runOnPrepareCommitOrNow(() -> store(processDispatchInterceptors(message), deadlineScope, triggerDateTime));
        return message.getIdentifier();
    }

    private void store(DeadlineMessage<?> message, ScopeDescriptor scope, Instant due) {
        SerializedObject<String> payload = serializer.serialize(message.getPayload(), String.class);
        String scopeData = serializer.serialize(scope, String.class).getData();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate dueDay = LocalDate.ofInstant(due, ZoneOffset.UTC);
        LocalDate bucket = dueDay.isBefore(today) ? today : dueDay;
        String scopeKey = DeadlineIndex.scopeKey(message.getDeadlineName(), scopeData);
        deadlines.insertOne(new Document("_id", message.getIdentifier())
                                    .append("name", message.getDeadlineName())
                                    .append("scopeType", scope.getClass().getName())
                                    .append("scope", scopeData)
                                    .append("payloadType", payload.getType().getName())
                                    .append("payloadRevision", payload.getType().getRevision())
                                    .append("payload", payload.getData())
                                    .append("metadata", serializer.serialize(message.getMetaData(), String.class)
                                                                  .getData())
                                    .append("dueAt", due.toEpochMilli())
                                    .append("bucket", bucket.toString())
                                    .append("scopeKey", scopeKey)
                                    .append("state", SCHEDULED)
                                    .append("attempts", 0));
        index.add(message.getIdentifier(), bucket, scopeKey);
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> {
            Document deadline = deadlines.find(Filters.eq("_id", scheduleId)).first();
            if (deadline != null && deadline.getString("name").equals(deadlineName)) {
                cancel(deadline);
            }
        });
    }

    /** Scans the open deadlines: the collection holds only those (fired and cancelled ones are deleted). */
    @Override
    public void cancelAll(String deadlineName) {
        runOnPrepareCommitOrNow(() -> deadlines.find(Filters.eq("name", deadlineName)).into(new ArrayList<>())
                                               .forEach(this::cancel));
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        runOnPrepareCommitOrNow(() -> {
            String key = DeadlineIndex.scopeKey(deadlineName, serializer.serialize(scope, String.class).getData());
            List<String> ids = index.idsInScope(key);
            if (!ids.isEmpty()) {
                deadlines.find(Filters.in("_id", ids)).into(new ArrayList<>()).forEach(this::cancel);
            }
        });
    }

    /** Cancels a deadline unless an instance is delivering it right now (then it is too late to cancel). */
    private void cancel(Document deadline) {
        if (deadlines.deleteOne(Filters.and(Filters.eq("_id", deadline.getString("_id")),
                                            Filters.eq("state", SCHEDULED))).getDeletedCount() == 1) {
            unindex(deadline);
        }
    }

    private void unindex(Document deadline) {
        index.remove(deadline.getString("_id"), LocalDate.parse(deadline.getString("bucket")),
                     deadline.getString("scopeKey"));
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Polling for due deadlines failed; trying again in {}", properties.pollInterval(), e);
        }
    }

    /** Fires every due deadline this instance can claim. Visible for tests. */
    void poll() {
        Instant now = clock.instant();
        Optional<DeadlineIndex.Sweep> swept = index.sweepUpTo(LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (swept.isEmpty()) {
            metrics.polled(OptionalLong.empty());
        }
        swept.ifPresent(sweep -> {
            Map<String, Document> open = new HashMap<>();
            List<String> all = sweep.ids();
            for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
                deadlines.find(Filters.in("_id", all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK))))
                         .forEach(deadline -> open.put(deadline.getString("_id"), deadline));
            }
            List<Document> due = open.values().stream()
                                     .filter(deadline -> deadline.getLong("dueAt") <= now.toEpochMilli())
                                     .sorted(Comparator.comparingLong(deadline -> deadline.getLong("dueAt")))
                                     .toList();
            Set<String> retrying = new HashSet<>();
            for (Document deadline : due) {
                if (claim(deadline, now).isEmpty()) {
                    continue; // another instance is delivering it: still open, and late
                }
                if (fire(deadline)) {
                    open.remove(deadline.getString("_id"));
                } else {
                    retrying.add(deadline.getString("_id"));
                }
            }
            // those that failed now are due again at their retry, not at the due time read before
            metrics.polled(open.values().stream().filter(deadline -> !FAILED.equals(deadline.getString("state"))
                                                                     && !retrying.contains(deadline.getString("_id")))
                               .mapToLong(deadline -> deadline.getLong("dueAt")).min());
            sweep.advanceCursor(id -> !open.containsKey(id) || FAILED.equals(open.get(id).getString("state")));
        });
    }

    /** Claims a due deadline for this instance: SCHEDULED, or FIRING with a lease that ran out. */
    private Optional<Document> claim(Document deadline, Instant now) {
        String state = deadline.getString("state");
        boolean abandoned = FIRING.equals(state) && deadline.getLong("leaseUntil") < now.toEpochMilli();
        if (!SCHEDULED.equals(state) && !abandoned) {
            return Optional.empty();
        }
        Document claimed = deadlines.findOneAndUpdate(
                abandoned ? Filters.and(Filters.eq("_id", deadline.getString("_id")), Filters.eq("state", FIRING),
                                        Filters.eq("leaseUntil", deadline.getLong("leaseUntil")))
                          : Filters.and(Filters.eq("_id", deadline.getString("_id")), Filters.eq("state", SCHEDULED)),
                Updates.combine(Updates.set("state", FIRING), Updates.set("owner", instanceId),
                                Updates.set("leaseUntil", now.plus(properties.lease()).toEpochMilli())));
        // the update returns the document as it was before, so it is ours only if its state was the one we saw
        return Optional.ofNullable(claimed).filter(before -> state.equals(before.getString("state")));
    }

    /** @return whether it was delivered (and is gone) */
    private boolean fire(Document deadline) {
        try {
            delivery.deliver(deadline, handlerInterceptors());
            deadlines.deleteOne(Filters.eq("_id", deadline.getString("_id")));
            unindex(deadline);
            metrics.fired();
            return true;
        } catch (Throwable failure) { // an Error of a handler, too, must not stop the poller
            failed(deadline, failure);
            return false;
        }
    }

    private void failed(Document deadline, Throwable failure) {
        int attempts = deadline.getInteger("attempts", 0) + 1;
        boolean parked = attempts >= properties.maxAttempts();
        metrics.failed(parked);
        log.error("Deadline {} ({}) failed on attempt {}{}", deadline.getString("_id"), deadline.getString("name"),
                  attempts, parked ? "; parked as FAILED" : "; will retry", failure);
        long retryAt = clock.instant().plusSeconds(Math.min(3600, 1L << Math.min(attempts, 12))).toEpochMilli();
        deadlines.updateOne(Filters.eq("_id", deadline.getString("_id")),
                            Updates.combine(Updates.set("state", parked ? FAILED : SCHEDULED),
                                            Updates.set("attempts", attempts), Updates.set("dueAt", retryAt),
                                            Updates.set("lastError", describe(failure))));
    }

    private static String describe(Throwable failure) {
        StringBuilder causes = new StringBuilder(String.valueOf(failure));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            causes.append(" <- ").append(cause);
        }
        return causes.toString();
    }
}
