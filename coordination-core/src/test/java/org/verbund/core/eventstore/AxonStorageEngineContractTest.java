package org.verbund.core.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngineTest;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.eventsourcing.utils.EventStoreTestUtils.AGGREGATE;
import static org.axonframework.eventsourcing.utils.EventStoreTestUtils.createEvent;

/**
 * Axon's own contract for storage engines ({@link AbstractEventStorageEngineTest} and the
 * {@link org.axonframework.eventsourcing.eventstore.EventStorageEngineTest} it extends, from Axon's tests jar), run
 * against our engine on the embedded wire-protocol server through the real driver, a fresh database per test.
 * <p>
 * One unit of work changes one aggregate in this engine (a commit is one document, the only all-or-none write on a
 * store without transactions; see the README). Nine of Axon's tests append events of several aggregates in one call;
 * they are overridden here with their intent kept one aggregate at a time: the same timestamps in the same order,
 * as the events of one aggregate in one commit (the token tests), or the same event identifier in two commits of two
 * aggregates (the duplicate-identifier tests). Everything else runs as Axon wrote it.
 */
class AxonStorageEngineContractTest
        extends AbstractEventStorageEngineTest<MongoCommitEventStorageEngine, MongoCommitEventStorageEngine.Builder> {

    @RegisterExtension
    static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();

    private MongoCommitEventStorageEngine engine;

    @BeforeEach
    void newEngine() {
        engine = createEngine();
        setTestSubject(engine);
    }

    @Override
    protected MongoCommitEventStorageEngine createEngine(UnaryOperator<MongoCommitEventStorageEngine.Builder> customization) {
        return customization.apply(store.engineBuilder(store.newDatabase())).build();
    }

    // ------------------------------------------------------------------ duplicate identifiers, one aggregate at a time

    @Test
    @Override
    public void uniqueKeyConstraintOnFirstEventIdentifierThrowsAggregateIdentifierAlreadyExistsException() {
        engine.appendEvents(createEvent("id", AGGREGATE, 0));
        assertThatThrownBy(() -> engine.appendEvents(createEvent("id", "otherAggregate", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("otherAggregate").asStream()).isEmpty();
    }

    @Test
    @Override
    public void uniqueKeyConstraintOnEventIdentifier() {
        engine.appendEvents(createEvent("id", AGGREGATE, 1));
        assertThatThrownBy(() -> engine.appendEvents(createEvent("id", "otherAggregate", 1)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("otherAggregate").asStream()).isEmpty();
        assertThat(engine.readEvents(null, false)).hasSize(1);
    }

    // ------------------------------------------------------------------ tokens, the events of one aggregate in one commit

    @Test
    @Override
    public void createTailToken() {
        List<DomainEventMessage<?>> events = oneCommit("2007-12-03T10:15:00Z", "2007-12-03T10:15:40Z", "2007-12-03T10:15:35Z");
        assertReadFrom(engine.createTailToken(), events);
    }

    @Test
    @Override
    public void createHeadToken() {
        oneCommit("2007-12-03T10:15:00Z", "2007-12-03T10:15:40Z", "2007-12-03T10:15:35Z");
        assertThat(engine.readEvents(engine.createHeadToken(), false)).isEmpty();
    }

    @Test
    @Override
    public void createTokenAt() {
        List<DomainEventMessage<?>> events = oneCommit("2007-12-03T10:15:00Z", "2007-12-03T10:15:40Z", "2007-12-03T10:15:35Z");
        assertReadFrom(engine.createTokenAt(Instant.parse("2007-12-03T10:15:30Z")), events.subList(1, 3));
    }

    @Test
    @Override
    public void createTokenAtExactTime() {
        List<DomainEventMessage<?>> events = oneCommit("2007-12-03T10:15:30Z", "2007-12-03T10:15:40Z", "2007-12-03T10:15:35Z");
        assertReadFrom(engine.createTokenAt(Instant.parse("2007-12-03T10:15:30Z")), events);
    }

    @Test
    @Override
    public void createTokenWithUnorderedEvents() {
        List<DomainEventMessage<?>> events = oneCommit("2007-12-03T10:15:30Z", "2007-12-03T10:15:40Z",
                "2007-12-03T10:15:50Z", "2007-12-03T10:15:45Z", "2007-12-03T10:15:42Z");
        assertReadFrom(engine.createTokenAt(Instant.parse("2007-12-03T10:15:45Z")), events.subList(2, 5));
    }

    @Test
    @Override
    public void createTokenAtTimeAfterLastEvent() {
        oneCommit("2007-12-03T10:15:30Z", "2007-12-03T10:15:40Z", "2007-12-03T10:15:35Z");
        assertThat(engine.readEvents(engine.createTokenAt(Instant.parse("2008-12-03T10:15:30Z")), false)).isEmpty();
    }

    @Test
    @Override
    public void createTokenAtTimeBeforeFirstEvent() {
        List<DomainEventMessage<?>> events = oneCommit("2007-12-03T10:15:30Z", "2007-12-03T10:15:40Z", "2007-12-03T10:15:35Z");
        assertReadFrom(engine.createTokenAt(Instant.parse("2006-12-03T10:15:30Z")), events);
    }

    /** The same tokens across commits: one event per commit, in the timestamps' order of Axon's unordered test. */
    @Test
    void createTokenAtAcrossCommitsWithUnorderedEvents() {
        List<DomainEventMessage<?>> events = Arrays.stream(new String[]{"2007-12-03T10:15:30Z", "2007-12-03T10:15:40Z",
                        "2007-12-03T10:15:50Z", "2007-12-03T10:15:45Z", "2007-12-03T10:15:42Z"})
                .<DomainEventMessage<?>>map(at -> createEvent(0, Instant.parse(at))).toList();
        events.forEach(engine::appendEvents);
        assertReadFrom(engine.createTokenAt(Instant.parse("2007-12-03T10:15:45Z")), events.subList(2, 5));
        assertReadFrom(engine.createTokenAt(Instant.parse("2007-12-03T10:15:35Z")), events.subList(1, 5));
    }

    /** Events of one new aggregate with these timestamps, appended as one commit. */
    private List<DomainEventMessage<?>> oneCommit(String... timestamps) {
        String aggregate = UUID.randomUUID().toString();
        List<DomainEventMessage<?>> events = new java.util.ArrayList<>();
        for (int sequence = 0; sequence < timestamps.length; sequence++) {
            events.add(new GenericDomainEventMessage<>("type", aggregate, sequence, "payload", MetaData.with("key", "value"),
                                                       UUID.randomUUID().toString(), Instant.parse(timestamps[sequence])));
        }
        engine.appendEvents(events);
        return events;
    }

    private void assertReadFrom(org.axonframework.eventhandling.TrackingToken token, List<DomainEventMessage<?>> expected) {
        assertThat(engine.readEvents(token, false).map(EventMessage::getIdentifier))
                .containsExactlyElementsOf(expected.stream().map(EventMessage::getIdentifier).toList());
    }
}
