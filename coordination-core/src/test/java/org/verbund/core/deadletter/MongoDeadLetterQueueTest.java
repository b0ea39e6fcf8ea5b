package org.verbund.core.deadletter;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.eventstore.EventStoreConfiguration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed dead-letter queue on the embedded server: letters keep their order and their event, a failed retry
 * requeues the letter where it was, a letter appended while a retry runs is handled in that retry (never lost), and a
 * sequence being retried cannot be taken by a second retry.
 */
class MongoDeadLetterQueueTest {

    private static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.inMemory();
    private static final MongoClient CLIENT = SERVER.newClient();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private MongoDeadLetterQueue queue;

    @BeforeEach
    void newQueue() {
        MongoDatabase database = CLIENT.getDatabase("dlq" + DATABASES.incrementAndGet());
        queue = new MongoDeadLetterQueue("it-group", database.getCollection(MongoDeadLetterQueue.SEQUENCES),
                                         database.getCollection(MongoDeadLetterQueue.GROUPS),
                                         new LetterCodec(EventStoreConfiguration.jacksonSerializer()),
                                         Clock.systemUTC());
    }

    private static EventMessage<?> event(String aggregate, long sequence) {
        return new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(100 + sequence, List.of()),
                new GenericDomainEventMessage<>("Organisation", aggregate, sequence, "event " + sequence));
    }

    private void park(String aggregate, long sequence) {
        if (!queue.enqueueIfPresent(aggregate, () -> new GenericDeadLetter<>(aggregate, event(aggregate, sequence)))) {
            queue.enqueue(aggregate, new GenericDeadLetter<>(aggregate, event(aggregate, sequence),
                                                             new IllegalStateException("broken " + sequence)));
        }
    }

    @Test
    void lettersKeepTheirOrderAndTheirEvent() {
        assertThat(queue.enqueueIfPresent("a", () -> new GenericDeadLetter<>("a", event("a", 0)))).isFalse();
        park("a", 0);
        park("a", 1);
        park("b", 5);
        assertThat(queue.contains("a")).isTrue();
        assertThat(queue.contains("c")).isFalse();
        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.amountOfSequences()).isEqualTo(2);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence("a").forEach(letters::add);
        assertThat(letters).extracting(letter -> ((DomainEventMessage<?>) letter.message()).getSequenceNumber())
                           .containsExactly(0L, 1L);
        EventMessage<?> first = letters.get(0).message();
        assertThat(first.getPayload()).isEqualTo("event 0");
        assertThat(((TrackedEventMessage<?>) first).trackingToken().position()).hasValue(100L);
        assertThat(letters.get(0).cause()).hasValueSatisfying(cause -> assertThat(cause.message()).isEqualTo("broken 0"));
        assertThat(letters.get(1).cause()).as("parked behind, not failed").isEmpty();
    }

    @Test
    void aFailedRetryRequeuesTheLetterWhereItWasAndASuccessfulOneEmptiesTheSequence() {
        park("a", 0);
        park("a", 1);
        List<Long> handled = new ArrayList<>();
        assertThat(queue.process(new MongoDeadLetterQueue.OneSequence("a"),
                                 letter -> Decisions.requeue(new IllegalArgumentException("still broken")))).isFalse();
        DeadLetter<? extends EventMessage<?>> first = queue.deadLetterSequence("a").iterator().next();
        assertThat(((ParkedLetter) first).retries()).isEqualTo(1);
        assertThat(first.cause().orElseThrow().message()).isEqualTo("still broken");
        assertThat(queue.sequenceSize("a")).isEqualTo(2);

        assertThat(queue.process(new MongoDeadLetterQueue.OneSequence("a"), letter -> {
            handled.add(((DomainEventMessage<?>) letter.message()).getSequenceNumber());
            return Decisions.evict();
        })).isTrue();
        assertThat(handled).containsExactly(0L, 1L);
        assertThat(queue.contains("a")).isFalse();
        assertThat(queue.amountOfSequences()).isZero();
    }

    @Test
    void aLetterAppendedWhileARetryRunsIsHandledInItAndASecondRetryCannotTakeTheSequence() {
        park("a", 0);
        List<Long> handled = new ArrayList<>();
        boolean[] secondTook = {true};
        assertThat(queue.process(letter -> true, letter -> {
            long sequence = ((DomainEventMessage<?>) letter.message()).getSequenceNumber();
            handled.add(sequence);
            if (sequence == 0) {
                park("a", 1); // the processor, meanwhile, parks the aggregate's next event behind
                secondTook[0] = queue.process(other -> true, other -> Decisions.evict());
            }
            return Decisions.evict();
        })).isTrue();
        assertThat(handled).containsExactly(0L, 1L);
        assertThat(secondTook[0]).isFalse();
        assertThat(queue.contains("a")).isFalse();
    }

    @Test
    void evictingASequenceDropsAllItsLetters() {
        park("a", 0);
        park("a", 1);
        assertThat(queue.evictAll("a")).isEqualTo(2);
        assertThat(queue.evictAll("a")).isZero();
        assertThat(queue.contains("a")).isFalse();
    }
}
