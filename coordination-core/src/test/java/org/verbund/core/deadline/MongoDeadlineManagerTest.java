package org.verbund.core.deadline;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.eventstore.EventMetadata;
import org.verbund.core.eventstore.EventStoreConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The persistent deadline manager on the embedded server: deadlines survive a new manager (a restart), fire once
 * across instances, can be cancelled, and failing ones are retried and parked. Deliveries go to a recording scope.
 */
class MongoDeadlineManagerTest {

    private static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.inMemory();
    private static final MongoClient CLIENT = SERVER.newClient();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    /** The scope a test deadline belongs to, e.g. one aggregate. */
    record TestScope(String name) implements ScopeDescriptor {
        @Override
        public String scopeDescription() {
            return "test scope " + name;
        }
    }

    /** Records what was delivered; payloads starting with "fail" make the delivery fail. */
    static final class RecordingScopes implements ScopeAwareProvider, ScopeAware {
        final List<DeadlineMessage<?>> delivered = new CopyOnWriteArrayList<>();

        @Override
        public Stream<ScopeAware> provideScopeAwareStream(ScopeDescriptor scope) {
            return Stream.of(this);
        }

        @Override
        public void send(Message<?> message, ScopeDescriptor scope) {
            if (String.valueOf(message.getPayload()).startsWith("fail")) {
                throw new IllegalStateException("delivery refused");
            }
            delivered.add((DeadlineMessage<?>) message);
        }

        @Override
        public boolean canResolve(ScopeDescriptor scope) {
            return scope instanceof TestScope;
        }

        List<Object> payloads() {
            return delivered.stream().map(Message::getPayload).collect(Collectors.toList());
        }
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        volatile Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private MongoDatabase database;
    private final TestClock clock = new TestClock();
    private final RecordingScopes scopes = new RecordingScopes();

    @BeforeEach
    void newDatabase() {
        database = CLIENT.getDatabase("deadlines-" + DATABASES.incrementAndGet());
    }

    @AfterAll
    static void stopServer() {
        CLIENT.close();
        SERVER.close();
    }

    private MongoDeadlineManager manager(RecordingScopes deliverTo, int maxAttempts) {
        return new MongoDeadlineManager(database, deliverTo, EventStoreConfiguration.jacksonSerializer(),
                                        new DeadlineProperties(Duration.ofMillis(50), Duration.ofMinutes(5),
                                                               maxAttempts), clock);
    }

    private MongoDeadlineManager manager() {
        return manager(scopes, 10);
    }

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterItOnceAsTheSystem() {
        MongoDeadlineManager before = manager();
        before.schedule(T0.plus(Duration.ofDays(3)), "reminder", "statement of use", new TestScope("a-1"));
        before.poll();
        before.shutdown();
        assertThat(scopes.delivered).isEmpty();

        MongoDeadlineManager after = manager();
        clock.now = T0.plus(Duration.ofDays(3)).minusSeconds(1);
        after.poll();
        assertThat(scopes.delivered).isEmpty();
        clock.now = T0.plus(Duration.ofDays(3));
        after.poll();
        after.poll();

        assertThat(scopes.payloads()).containsExactly("statement of use");
        DeadlineMessage<?> fired = scopes.delivered.get(0);
        assertThat(fired.getDeadlineName()).isEqualTo("reminder");
        assertThat(fired.getMetaData()).containsEntry(EventMetadata.ACTOR_ID, "system:deadlines");
        assertThat(database.getCollection("deadlines").countDocuments()).isZero();
    }

    @Test
    void theRunningPollerFiresADueDeadlineByItself() {
        MongoDeadlineManager running = new MongoDeadlineManager(
                database, scopes, EventStoreConfiguration.jacksonSerializer(),
                new DeadlineProperties(Duration.ofMillis(20), Duration.ofMinutes(5), 3), Clock.systemUTC());
        running.schedule(Instant.now().plusMillis(200), "soon", "due soon", new TestScope("a-2"));
        running.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !scopes.delivered.isEmpty());
        } finally {
            running.shutdown();
        }
        assertThat(scopes.payloads()).containsExactly("due soon");
    }

    @Test
    void twoInstancesPollingTheSameStoreFireEachDeadlineExactlyOnce() throws Exception {
        MongoDeadlineManager scheduler = manager();
        for (int number = 0; number < 200; number++) {
            scheduler.schedule(T0.plusSeconds(number), "batch", "deadline " + number, new TestScope("s" + number));
        }
        clock.now = T0.plus(Duration.ofHours(1));
        RecordingScopes secondScopes = new RecordingScopes();
        MongoDeadlineManager first = manager();
        MongoDeadlineManager second = manager(secondScopes, 10);
        Thread other = new Thread(() -> {
            for (int round = 0; round < 5; round++) {
                second.poll();
            }
        });
        other.start();
        for (int round = 0; round < 5; round++) {
            first.poll();
        }
        other.join();

        List<Object> all = new ArrayList<>(scopes.payloads());
        all.addAll(secondScopes.payloads());
        Map<Object, Long> times = all.stream().collect(Collectors.groupingBy(payload -> payload,
                                                                             Collectors.counting()));
        assertThat(times).hasSize(200).allSatisfy((payload, count) -> assertThat(count).isEqualTo(1L));
        assertThat(database.getCollection("deadlines").countDocuments()).isZero();
    }

    @Test
    void cancelledDeadlinesDoNotFire() {
        MongoDeadlineManager manager = manager();
        TestScope scope = new TestScope("a-3");
        manager.schedule(T0.plusSeconds(10), "interim", "interim 1", scope);
        manager.schedule(T0.plusSeconds(20), "interim", "interim 2", scope);
        manager.schedule(T0.plusSeconds(20), "interim", "other scope", new TestScope("a-4"));
        String single = manager.schedule(T0.plusSeconds(30), "final", "final", scope);
        manager.schedule(T0.plusSeconds(40), "kept", "kept", scope);

        manager.cancelAllWithinScope("interim", scope);
        manager.cancelSchedule("final", single);
        clock.now = T0.plus(Duration.ofMinutes(1));
        manager.poll();

        assertThat(scopes.payloads()).containsExactlyInAnyOrder("other scope", "kept");
    }

    @Test
    void aFailingDeliveryIsRetriedLaterAndParkedAfterItsLastAttempt() {
        MongoDeadlineManager manager = manager(scopes, 2);
        String id = manager.schedule(T0, "flaky", "fail always", new TestScope("a-5"));
        manager.poll();
        Document afterFirst = database.getCollection("deadlines").find(Filters.eq("_id", id)).first();
        assertThat(afterFirst.getString("state")).isEqualTo("SCHEDULED");
        assertThat(afterFirst.getInteger("attempts")).isEqualTo(1);
        assertThat(afterFirst.getLong("dueAt")).isGreaterThan(T0.toEpochMilli());

        clock.now = T0.plus(Duration.ofHours(2));
        manager.poll();
        Document parked = database.getCollection("deadlines").find(Filters.eq("_id", id)).first();
        assertThat(parked.getString("state")).isEqualTo("FAILED");
        assertThat(parked.getString("lastError")).contains("delivery refused");
        clock.now = T0.plus(Duration.ofDays(1));
        manager.poll();
        assertThat(database.getCollection("deadlines").find(Filters.eq("_id", id)).first().getInteger("attempts"))
                .isEqualTo(2);
    }

    @Test
    void aClaimWhoseLeaseRanOutIsDeliveredByAnotherInstance() {
        MongoDeadlineManager manager = manager();
        String id = manager.schedule(T0, "abandoned", "left behind", new TestScope("a-6"));
        // an instance claimed it and died while delivering
        database.getCollection("deadlines").updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("state", "FIRING"), Updates.set("leaseUntil", T0.plusSeconds(60).toEpochMilli())));
        clock.now = T0.plusSeconds(30);
        manager.poll();
        assertThat(scopes.delivered).isEmpty();
        clock.now = T0.plusSeconds(61);
        manager.poll();
        assertThat(scopes.payloads()).containsExactly("left behind");
    }

    @Test
    void theSweepCursorMovesPastSettledDaysButNotPastOpenOnes() {
        MongoDeadlineManager manager = manager();
        manager.schedule(T0.plus(Duration.ofDays(1)), "early", "early", new TestScope("a-7"));
        manager.schedule(T0.plus(Duration.ofDays(30)), "late", "late", new TestScope("a-8"));
        clock.now = T0.plus(Duration.ofDays(10));
        manager.poll();
        assertThat(scopes.payloads()).containsExactly("early");
        Document cursor = database.getCollection("deadline_index").find(Filters.eq("_id", "cursor")).first();
        assertThat(cursor.getString("day")).isEqualTo("2026-03-09"); // two days behind 2026-03-11

        clock.now = T0.plus(Duration.ofDays(31));
        manager.poll();
        assertThat(scopes.payloads()).containsExactly("early", "late");
    }

    @Test
    void aDeadlineScheduledForThePastFiresAtTheNextPoll() {
        MongoDeadlineManager manager = manager();
        manager.schedule(T0.minus(Duration.ofDays(400)), "overdue", "long overdue", new TestScope("a-9"));
        manager.poll();
        assertThat(scopes.payloads()).containsExactly("long overdue");
    }
}
