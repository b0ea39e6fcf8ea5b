package org.verbund.core.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.booked;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.newLedgerId;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.notice;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.readAll;

class MongoCommitEventStorageEngineTest {

    @RegisterExtension
    static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();

    @Test
    void appendedEventsReadBackPerAggregateAndInTheGlobalStream() {
        MongoCommitEventStorageEngine engine = store.newEngine();
        String ledger = newLedgerId();
        engine.appendEvents(booked(ledger, 0, 100), booked(ledger, 1, 250));
        engine.appendEvents(notice("published on its own"));
        engine.appendEvents(booked(ledger, 2, -50));

        List<? extends DomainEventMessage<?>> aggregate = engine.readEvents(ledger).asStream().toList();
        assertThat(aggregate).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(aggregate).extracting(event -> ((AmountBookedEvent) event.getPayload()).cents())
                             .containsExactly(100L, 250L, -50L);
        assertThat(aggregate.get(0).getMetaData()).containsEntry(EventMetadata.ACTOR_ID, "tester");
        assertThat(aggregate.get(0).getType()).isEqualTo("Ledger");

        List<? extends TrackedEventMessage<?>> global = readAll(engine, null);
        assertThat(global).extracting(event -> event.getPayloadType().getSimpleName())
                          .containsExactly("AmountBookedEvent", "AmountBookedEvent", "NoticePublishedEvent",
                                           "AmountBookedEvent");
        assertThat(global).extracting(event -> event.trackingToken().position().getAsLong())
                          .containsExactly(0L, 1L, 2L, 3L);
        assertThat(global.get(2)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(global.get(3)).isInstanceOf(DomainEventMessage.class);

        assertThat(readAll(engine, global.get(1).trackingToken()))
                .extracting(event -> event.trackingToken().position().getAsLong()).containsExactly(2L, 3L);
        assertThat(engine.lastSequenceNumberFor(ledger)).contains(2L);
        assertThat(engine.lastSequenceNumberFor("no-such-ledger")).isEmpty();
    }

    @Test
    void storesTheRevisionOfEachEventType() {
        MongoDatabase database = store.newDatabase();
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).build();
        engine.appendEvents(booked(newLedgerId(), 0, 1));

        Document commit = database.getCollection(MongoCommitEventStorageEngine.COMMITS_COLLECTION).find().first();
        Document event = commit.getList("events", Document.class).get(0);
        assertThat(event.getString("pt")).isEqualTo(AmountBookedEvent.class.getName());
        assertThat(event.getString("pr")).isEqualTo("1");
        assertThat(event.getString("p")).contains("\"cents\":1");
    }

    @Test
    void readsAnAggregateFromASequenceNumberInsideACommit() {
        MongoCommitEventStorageEngine engine = store.newEngine();
        String ledger = newLedgerId();
        engine.appendEvents(booked(ledger, 0, 1), booked(ledger, 1, 2), booked(ledger, 2, 3));
        engine.appendEvents(booked(ledger, 3, 4));

        assertThat(engine.readEvents(ledger, 1).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(1L, 2L, 3L);
        assertThat(engine.readEvents(ledger, 3).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(3L);
        assertThat(engine.readEvents(ledger, 4).asStream()).isEmpty();
    }

    @Test
    void readsLongAggregatesAcrossGrowingWindows() {
        MongoCommitEventStorageEngine engine = store.newEngine();
        String ledger = newLedgerId();
        for (long sequence = 0; sequence < 3000; sequence++) {
            engine.appendEvents(booked(ledger, sequence, sequence));
        }
        assertThat(engine.readEvents(ledger).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(LongStream.range(0, 3000).boxed().toList());
        assertThat(engine.lastSequenceNumberFor(ledger)).contains(2999L);
    }

    @Test
    void aCommitChangesOneAggregateOnlyAndOtherwiseStoresNothing() {
        MongoCommitEventStorageEngine engine = store.newEngine();
        String first = newLedgerId();
        String second = newLedgerId();

        assertThatThrownBy(() -> engine.appendEvents(booked(first, 0, 1), booked(second, 0, 1)))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("one aggregate");
        assertThat(readAll(engine, null)).isEmpty();
        assertThat(engine.readEvents(first).asStream()).isEmpty();
    }

    @Test
    void anAppendAtATakenVersionFailsWithAxonsConcurrencyExceptionAndLeavesNoGap() {
        MongoCommitEventStorageEngine engine = store.newEngine();
        String ledger = newLedgerId();
        engine.appendEvents(booked(ledger, 0, 1));
        engine.appendEvents(booked(ledger, 1, 2));

        assertThatThrownBy(() -> engine.appendEvents(booked(ledger, 0, 9)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> engine.appendEvents(booked(ledger, 1, 9), booked(ledger, 2, 9)))
                .isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(booked(ledger, 2, 3));

        assertThat(engine.readEvents(ledger).asStream().map(event -> ((AmountBookedEvent) event.getPayload()).cents()))
                .containsExactly(1L, 2L, 3L);
        List<? extends TrackedEventMessage<?>> global = readAll(engine, null);
        assertThat(global).hasSize(3);
        // the failed appends released their positions at once: the last token has no gaps to wait for
        GapAwareTrackingToken last = (GapAwareTrackingToken) global.get(2).trackingToken();
        assertThat(last.getGaps()).isEmpty();
        assertThat(last.getIndex()).isEqualTo(5L);
    }

    @Test
    void snapshotsAreStoredReadAndNeverReplacedByOlderOnes() {
        MongoCommitEventStorageEngine engine = store.newEngine();
        String ledger = newLedgerId();
        engine.appendEvents(booked(ledger, 0, 1), booked(ledger, 1, 2));
        engine.storeSnapshot(snapshot(ledger, 1, 3));
        engine.storeSnapshot(snapshot(ledger, 0, 1));

        DomainEventMessage<?> snapshot = engine.readSnapshot(ledger).orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(1L);
        assertThat(((LedgerSnapshot) snapshot.getPayload()).balanceCents()).isEqualTo(3L);
        assertThat(engine.readSnapshot("no-such-ledger")).isEmpty();
        assertThat(engine.lastSequenceNumberFor(ledger)).contains(1L);
    }

    @Test
    void headTokenSkipsHistoryAndTimeTokenStartsAtTheFirstLaterCommit() {
        MongoCommitEventStorageEngine engine = store.newEngine();
        String ledger = newLedgerId();
        engine.appendEvents(booked(ledger, 0, 1));
        engine.appendEvents(booked(ledger, 1, 2));
        // commits are recorded to the millisecond: let the clock move on before and after the instant asked for
        Instant between = nextMillisecond();
        nextMillisecond();
        engine.appendEvents(booked(ledger, 2, 3));
        TrackingToken head = engine.createHeadToken();
        engine.appendEvents(booked(ledger, 3, 4));

        assertThat(readAll(engine, head)).extracting(event -> ((DomainEventMessage<?>) event).getSequenceNumber())
                                         .containsExactly(3L);
        assertThat(readAll(engine, engine.createTokenAt(between)))
                .extracting(event -> ((DomainEventMessage<?>) event).getSequenceNumber()).containsExactly(2L, 3L);
        assertThat(readAll(engine, engine.createTailToken())).hasSize(4);
        assertThat(readAll(engine, engine.createTokenAt(Instant.now().plusSeconds(60)))).isEmpty();
    }

    @Test
    void aCommitInterruptedBetweenReservationAndWriteLeavesOnlyAGapThatReadersPassAfterTheTimeout() {
        MongoDatabase database = store.newDatabase();
        MongoCommitEventStorageEngine crashing = store.engineBuilder(database)
                .reservationObserver((first, end) -> {
                    throw new IllegalStateException("simulated crash after reserving " + first + ".." + end);
                })
                .build();
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).gapTimeout(Duration.ofMillis(300)).build();
        String ledger = newLedgerId();
        String crashed = newLedgerId();
        engine.appendEvents(booked(ledger, 0, 1));
        assertThatThrownBy(() -> crashing.appendEvents(booked(crashed, 0, 1), booked(crashed, 1, 2), booked(crashed, 2, 3)))
                .hasMessageContaining("simulated crash");
        engine.appendEvents(booked(ledger, 1, 2));

        List<? extends TrackedEventMessage<?>> firstRead = readAll(engine, null);
        assertThat(firstRead).hasSize(2);
        GapAwareTrackingToken token = (GapAwareTrackingToken) firstRead.get(1).trackingToken();
        assertThat(token.getIndex()).isEqualTo(4L);
        assertThat(token.getGaps()).containsExactly(1L, 2L, 3L);
        assertThat(crashing.readEvents(crashed).asStream()).as("no half commit").isEmpty();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            engine.appendEvents(booked(ledger, engine.lastSequenceNumberFor(ledger).orElseThrow() + 1, 0));
            List<? extends TrackedEventMessage<?>> later = readAll(engine, token);
            GapAwareTrackingToken newest = (GapAwareTrackingToken) later.get(later.size() - 1).trackingToken();
            assertThat(newest.getGaps()).isEmpty();
        });
        assertThat(readAll(engine, null)).noneMatch(event -> ((DomainEventMessage<?>) event)
                .getAggregateIdentifier().equals(crashed));
    }

    @Test
    void eventsBecomingVisibleOutOfPositionOrderAreAllDeliveredInPerAggregateOrder() throws Exception {
        MongoDatabase database = store.newDatabase();
        StallAfterReservation stall = new StallAfterReservation();
        MongoCommitEventStorageEngine slow = store.engineBuilder(database).reservationObserver(stall).build();
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).build();
        String slowLedger = newLedgerId();
        String fastLedger = newLedgerId();
        engine.appendEvents(booked(slowLedger, 0, 1));
        Thread slowWriter = new Thread(() -> slow.appendEvents(booked(slowLedger, 1, 2), booked(slowLedger, 2, 3)));
        slowWriter.start();
        stall.reserved.await();
        engine.appendEvents(booked(fastLedger, 0, 1));

        List<TrackedEventMessage<?>> delivered = new ArrayList<>(readAll(engine, null));
        GapAwareTrackingToken token = (GapAwareTrackingToken) delivered.get(delivered.size() - 1).trackingToken();
        assertThat(token.getGaps()).containsExactly(1L, 2L);

        stall.release.countDown();
        slowWriter.join();
        delivered.addAll(readAll(engine, token));

        // in the order they became visible: the slow commit (positions 1, 2) after the fast one (position 3)
        assertThat(delivered).extracting(event -> {
            DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
            return (domainEvent.getAggregateIdentifier().equals(slowLedger) ? "slow:" : "fast:")
                    + domainEvent.getSequenceNumber();
        }).containsExactly("slow:0", "fast:0", "slow:1", "slow:2");
        assertThat(delivered.stream().map(event -> (DomainEventMessage<?>) event)
                            .filter(event -> event.getAggregateIdentifier().equals(slowLedger))
                            .map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L, 2L);
        assertThat(((GapAwareTrackingToken) delivered.get(3).trackingToken()).getGaps()).isEmpty();
        assertThat(readAll(engine, delivered.get(3).trackingToken())).isEmpty();
    }

    @Test
    void aWriterStalledBeyondTheGapTimeoutIsFencedAndStoresNothing() throws Exception {
        MongoDatabase database = store.newDatabase();
        StallAfterReservation stall = new StallAfterReservation();
        MongoCommitEventStorageEngine stalled = store.engineBuilder(database).reservationObserver(stall).build();
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).gapTimeout(Duration.ofMillis(200)).build();
        String stalledLedger = newLedgerId();
        String ledger = newLedgerId();
        java.util.concurrent.CompletableFuture<Void> stalledAppend = java.util.concurrent.CompletableFuture.runAsync(
                () -> stalled.appendEvents(booked(stalledLedger, 0, 1), booked(stalledLedger, 1, 2)));
        stall.reserved.await();
        engine.appendEvents(booked(ledger, 0, 1));

        TrackingToken token = readAll(engine, null).get(0).trackingToken();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            readAll(engine, token);
            return database.getCollection(MongoCommitEventStorageEngine.COMMITS_COLLECTION)
                           .countDocuments(new Document("_id", new Document("$in", List.of("t:0", "t:1")))) == 2;
        });
        stall.release.countDown();

        assertThatThrownBy(stalledAppend::join).hasCauseInstanceOf(EventStoreException.class)
                                               .hasMessageContaining("declared abandoned");
        assertThat(engine.readEvents(stalledLedger).asStream()).isEmpty();
        assertThat(readAll(engine, null)).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                                         .containsExactly(ledger);
    }

    @Test
    void concurrentWritersOfOneAggregateHaveExactlyOneWinnerPerVersion() throws Exception {
        MongoDatabase database = store.newDatabase();
        List<MongoCommitEventStorageEngine> instances = List.of(store.engineBuilder(database).build(),
                                                                store.engineBuilder(database).build());
        MongoCommitEventStorageEngine engine = instances.get(0);
        String ledger = newLedgerId();
        int writers = 8;
        int rounds = 150;
        java.util.concurrent.CyclicBarrier sameVersion = new java.util.concurrent.CyclicBarrier(writers);
        java.util.concurrent.atomic.AtomicIntegerArray winners = new java.util.concurrent.atomic.AtomicIntegerArray(rounds * writers);
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> unexpected = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String name = "writer-" + writer;
            MongoCommitEventStorageEngine instance = instances.get(writer % instances.size());
            threads.add(new Thread(() -> {
                for (int round = 0; round < rounds; round++) {
                    try {
                        sameVersion.await();
                        long next = instance.lastSequenceNumberFor(ledger).map(last -> last + 1).orElse(0L);
                        instance.appendEvents(booked(ledger, next, next, name));
                        winners.incrementAndGet((int) next);
                    } catch (ConcurrencyException | AggregateStreamCreationException lost) {
                        // another writer took this version: expected
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(unexpected).isEmpty();
        List<? extends DomainEventMessage<?>> stream = engine.readEvents(ledger).asStream().toList();
        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber)
                          .containsExactlyElementsOf(LongStream.range(0, stream.size()).boxed().toList());
        for (int version = 0; version < stream.size(); version++) {
            assertThat(winners.get(version)).as("winners of version %d", version).isEqualTo(1);
        }
        assertThat(stream).hasSizeGreaterThanOrEqualTo(rounds);

        List<? extends TrackedEventMessage<?>> global = readAll(engine, null);
        assertThat(global).hasSameSizeAs(stream);
        assertThat(global.stream().map(EventMessage::getIdentifier).collect(Collectors.toSet()))
                .hasSameSizeAs(stream)
                .isEqualTo(stream.stream().map(EventMessage::getIdentifier).collect(Collectors.toSet()));
        assertThat(((GapAwareTrackingToken) global.get(global.size() - 1).trackingToken()).getGaps())
                .as("every losing writer released its positions").isEmpty();
    }

    @Test
    void concurrentWritersOfManyAggregatesInSeveralInstancesLoseNothing() throws Exception {
        // four engines on one database stand for four gateway instances, each with its own reservations
        MongoDatabase database = store.newDatabase();
        List<MongoCommitEventStorageEngine> instances = IntStream.range(0, 4)
                .mapToObj(instance -> store.engineBuilder(database).build()).toList();
        MongoCommitEventStorageEngine engine = instances.get(0);
        int writers = 8;
        int eventsPerWriter = 250;
        List<Thread> threads = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String ledger = "ledger-of-writer-" + writer + "-" + newLedgerId();
            MongoCommitEventStorageEngine instance = instances.get(writer % instances.size());
            threads.add(new Thread(() -> {
                for (long sequence = 0; sequence < eventsPerWriter; sequence++) {
                    instance.appendEvents(booked(ledger, sequence, sequence));
                }
            }));
        }
        List<TrackedEventMessage<?>> delivered = new ArrayList<>();
        TrackingToken token = null;
        threads.forEach(Thread::start);
        // read while they write: out-of-order visibility and gaps happen for real here
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((threads.stream().anyMatch(Thread::isAlive) || delivered.size() < writers * eventsPerWriter)
                && System.nanoTime() < deadline) {
            for (TrackedEventMessage<?> event : readAll(engine, token)) {
                delivered.add(event);
                token = event.trackingToken();
            }
        }

        assertThat(delivered).as("delivered, last token %s", token).hasSize(writers * eventsPerWriter);
        Set<String> identifiers = delivered.stream().map(EventMessage::getIdentifier).collect(Collectors.toSet());
        assertThat(identifiers).hasSize(writers * eventsPerWriter);
        delivered.stream().map(event -> (DomainEventMessage<?>) event)
                 .collect(Collectors.groupingBy(DomainEventMessage::getAggregateIdentifier))
                 .forEach((ledger, events) -> assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                                                                .isSorted()
                                                                .hasSize(eventsPerWriter));
    }

    private static DomainEventMessage<?> snapshot(String ledger, long sequence, long balance) {
        return new GenericDomainEventMessage<>("Ledger", ledger, sequence, new LedgerSnapshot(ledger, balance));
    }

    private static Instant nextMillisecond() {
        long now = System.currentTimeMillis();
        org.awaitility.Awaitility.await().pollInterval(Duration.ofMillis(1))
                                 .until(() -> System.currentTimeMillis() > now);
        return Instant.now();
    }

    /** A writer that, once it has reserved its positions, waits to be released before it inserts. */
    record LedgerSnapshot(String ledgerId, long balanceCents) {
    }
}
