package org.verbund.core.deadletter;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbund.core.readmodel.HandledPositions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every processing group's dead-letter queue, and what operators do with them: list what is parked (identity,
 * position, cause, times, retries; never a payload or metadata, which may hold personal data), retry a sequence
 * (its letters in order, through the group's handlers, until one fails again) or evict it (its letters dropped
 * unhandled). Counts for health and metrics are read at most once a second.
 */
public final class DeadLetters {

    static final long COUNTS_FOR_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** A parked event as an operator sees it. */
    public record ParkedEvent(String eventId, String eventType, String aggregateType, String aggregateId,
                              Long sequenceNumber, Long position, String causeType, String causeMessage,
                              Instant enqueuedAt, Instant lastTouched, int retries) {
    }

    /** A parked sequence (an aggregate, by the groups' sequencing policy) and its letters in order. */
    public record ParkedSequence(String sequence, List<ParkedEvent> letters) {
    }

    public record Counts(long sequences, long letters) {
    }

    /** After a retry: whether the sequence flows again, else what is still parked (a failure, with its new cause). */
    public record Retried(String group, String sequence, boolean resolved, List<ParkedEvent> parked) {
    }

    private final MongoDatabase database;
    private final LetterCodec codec;
    private final EventProcessingConfiguration processing;
    private final HandledPositions handled;
    private final Clock clock;
    private final Map<String, MongoDeadLetterQueue> queues = new ConcurrentHashMap<>();
    private volatile Cached counts = new Cached(Map.of(), 0);

    private record Cached(Map<String, Counts> counts, long readAt) {
    }

    public DeadLetters(MongoDatabase database, Serializer serializer, EventProcessingConfiguration processing,
                       HandledPositions handled, Clock clock) {
        this.database = database;
        this.codec = new LetterCodec(serializer);
        this.processing = processing;
        this.handled = handled;
        this.clock = clock;
    }

    /** The group's queue (Axon asks once per group, when it builds the group's handler invoker). */
    public MongoDeadLetterQueue queueFor(String group) {
        return queues.computeIfAbsent(group, name -> new MongoDeadLetterQueue(
                name, database.getCollection(MongoDeadLetterQueue.SEQUENCES),
                database.getCollection(MongoDeadLetterQueue.GROUPS), codec, clock));
    }

    public Set<String> groups() {
        return new TreeMap<>(queues).keySet();
    }

    /** The group's parked sequences; empty if there is no such group. */
    public Optional<List<ParkedSequence>> parked(String group) {
        return Optional.ofNullable(queues.get(group)).map(queue -> queue.documents().stream().map(
                stored -> new ParkedSequence(stored.getString("sequence"), views(stored))).toList());
    }

    /** Per group, its parked sequences and letters. */
    public Map<String, Counts> counts() {
        Cached known = counts;
        long now = clock.millis();
        if (now - known.readAt() >= COUNTS_FOR_MILLIS) {
            Map<String, Counts> read = new TreeMap<>();
            queues.forEach((group, queue) -> {
                List<Document> sequences = queue.documents();
                read.put(group, new Counts(sequences.size(), sequences.stream()
                        .mapToLong(stored -> LetterCodec.letters(stored).size()).sum()));
            });
            known = new Cached(Map.copyOf(read), now);
            counts = known;
        }
        return known.counts();
    }

    /** Retries the sequence's letters in order; empty if the group has no such sequence parked. */
    public Optional<Retried> retry(String group, String sequence) {
        MongoDeadLetterQueue queue = queues.get(group);
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(group);
        if (queue == null || processor.isEmpty() || !queue.contains(sequence)) {
            return Optional.empty();
        }
        try {
            processor.get().process(new MongoDeadLetterQueue.OneSequence(sequence));
        } catch (RuntimeException e) {
            // the letters stay parked, and the answer shows them so; this is for the operator's log
            log.warn("Retrying dead letters of {} in {} failed before their handlers ran", sequence, group, e);
        } finally {
            // the read model changed behind the group's last handled event: a stream resuming must not trust it
            handled.forget(group);
            counts = new Cached(Map.of(), 0);
        }
        List<ParkedEvent> left = Optional.ofNullable(queue.documents().stream()
                .filter(stored -> sequence.equals(stored.getString("sequence"))).findFirst().orElse(null))
                .map(DeadLetters::views).orElse(List.of());
        return Optional.of(new Retried(group, sequence, left.isEmpty(), left));
    }

    /** Drops the sequence's letters unhandled; how many, or empty if the group has no such sequence parked. */
    public OptionalInt evict(String group, String sequence) {
        MongoDeadLetterQueue queue = queues.get(group);
        int evicted = queue == null ? 0 : queue.evictAll(sequence);
        counts = new Cached(Map.of(), 0);
        return evicted == 0 ? OptionalInt.empty() : OptionalInt.of(evicted);
    }

    private static List<ParkedEvent> views(Document stored) {
        return LetterCodec.letters(stored).stream().map(LetterCodec::view).toList();
    }
}
