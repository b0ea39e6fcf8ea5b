package org.verbund.core.eventstore;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.verbund.core.kernel.Role;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.readmodel.ReadModelPositions;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The write path's parts on the embedded store: the actor travels on the command's metadata and its handler decides
 * from it; every command answers with what it recorded; a stale expected version is refused before the handler's
 * rules; a read model can be waited for up to a write's position; another aggregate's state is read consistently.
 */
@SpringBootTest(classes = EventStoreAxonTest.LedgerApplication.class, properties = {
        "verbund.store.embedded-backend=memory",
        "axon.eventhandling.processors.ledger-balances.mode=tracking",
})
class WritePathTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    ReadModelPositions readModels;
    @Autowired
    AggregateReaders aggregates;

    private static final MetaData COORDINATOR = new Caller("person-1", "dez5", Role.COORDINATOR, null, null, null)
            .metaData();
    private static final MetaData PARTNER = new Caller("person-2", "awo", Role.PARTNER, null, null, null).metaData();

    @Test
    void theHandlerDecidesFromTheActorOnTheMessage() {
        String ledger = openLedger();
        long stored = storedEvents();

        assertThatThrownBy(() -> send(new Ledger.CloseLedgerCommand(ledger), PARTNER))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
                    assertThat(refusal.code()).isEqualTo("ledger.coordinators-only");
                });
        assertThatThrownBy(() -> commands.sendAndWait(new Ledger.CloseLedgerCommand(ledger)))
                .as("a command that names nobody reaches no aggregate that decides by actor")
                .isInstanceOfSatisfying(RuleViolation.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo("actor.unknown"));
        assertThat(storedEvents()).isEqualTo(stored);

        send(new Ledger.CloseLedgerCommand(ledger), COORDINATOR);
        assertThat(eventStore.readEvents(ledger).asStream().toList().get(1).getMetaData())
                .containsEntry(EventMetadata.ACTOR_ID, "person-1")
                .containsEntry(EventMetadata.ROLE, "COORDINATOR");
    }

    @Test
    void everyCommandAnswersWithTheVersionAndPositionItRecorded() {
        String ledger = "ledger-" + UUID.randomUUID();
        WriteReceipt opened = commands.sendAndWait(new Ledger.OpenLedgerCommand(ledger, "receipts"));
        WriteReceipt booked = commands.sendAndWait(new Ledger.BookAmountCommand(ledger, 5));

        assertThat(opened.result()).as("a creating handler's result: the new id").isEqualTo(ledger);
        assertThat(opened.commit()).hasValueSatisfying(commit -> {
            assertThat(commit.aggregateId()).isEqualTo(ledger);
            assertThat(commit.version()).isZero();
        });
        WriteReceipt.Commit commit = booked.commit().orElseThrow();
        assertThat(commit.version()).isEqualTo(1);
        TrackedEventMessage<?> last = storageEngine.readEvents(null, false)
                .filter(event -> event instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                        && domain.getAggregateIdentifier().equals(ledger) && domain.getSequenceNumber() == 1)
                .findFirst().orElseThrow();
        assertThat(last.trackingToken().position()).hasValue(commit.position());
    }

    @Test
    void aStaleExpectedVersionIsRefusedAndStoresNothing() {
        String ledger = openLedger();
        commands.sendAndWait(new Ledger.BookAmountCommand(ledger, 5)); // version 1
        long stored = storedEvents();

        assertThatThrownBy(() -> send(new Ledger.BookAmountCommand(ledger, 7),
                                      MetaData.with(EventMetadata.EXPECTED_VERSION, 0L)))
                .isInstanceOfSatisfying(ConflictingAggregateVersionException.class, conflict -> {
                    assertThat(conflict.getExpectedVersion()).isZero();
                    assertThat(conflict.getActualVersion()).isEqualTo(1);
                });
        assertThatThrownBy(() -> send(new Ledger.CloseLedgerCommand(ledger),
                                      PARTNER.and(EventMetadata.EXPECTED_VERSION, 0L)))
                .as("who may not act is told so first: a version tells nothing to those who may not act")
                .isInstanceOfSatisfying(RuleViolation.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo("ledger.coordinators-only"));
        assertThatThrownBy(() -> send(new Ledger.CloseLedgerCommand(ledger),
                                      COORDINATOR.and(EventMetadata.EXPECTED_VERSION, 0L)))
                .as("a stale version is refused although the handler would have applied an event")
                .isInstanceOf(ConflictingAggregateVersionException.class);
        assertThat(storedEvents()).isEqualTo(stored);

        WriteReceipt current = send(new Ledger.BookAmountCommand(ledger, 7), MetaData.with(EventMetadata.EXPECTED_VERSION, 1L));
        assertThat(current.commit().orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aReadModelIsAwaitedUpToTheWritesPosition() {
        String ledger = openLedger();
        WriteReceipt booked = commands.sendAndWait(new Ledger.BookAmountCommand(ledger, 42));
        long position = booked.commit().orElseThrow().position();

        assertThat(readModels.groupsAnswering(LedgerProjection.FindBalanceQuery.class))
                .containsExactly(LedgerProjection.GROUP);
        assertThat(readModels.groupsAnswering(WritePathTest.class)).isEmpty();
        assertThat(readModels.awaitHandled(LedgerProjection.GROUP, position, Duration.ofSeconds(5))).isTrue();
        assertThat(queries.query(new LedgerProjection.FindBalanceQuery(ledger), Long.class).join()).isEqualTo(42L);
        assertThat(readModels.awaitHandled(LedgerProjection.GROUP, position + 1_000_000, Duration.ofMillis(50)))
                .as("a position nobody wrote is not reached").isFalse();
        assertThat(readModels.hasHandled("no-such-group", 0)).isFalse();
    }

    @Test
    void anotherAggregatesStateIsReadFromItsEvents() {
        String ledger = openLedger();
        commands.sendAndWait(new Ledger.BookAmountCommand(ledger, 30));

        assertThat(aggregates.read(Ledger.class, ledger, Ledger::balance)).hasValue(30L);
        assertThat(aggregates.read(Ledger.class, "ledger-that-never-was", Ledger::balance)).isEmpty();
        String other = "not-a-ledger-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("SomethingElse", other, 0,
                                                           new AmountBookedEvent(other, 5, "other type")));
        assertThat(aggregates.read(Ledger.class, other, Ledger::balance))
                .as("events of another aggregate type under the same id are not this aggregate").isEmpty();
    }

    private WriteReceipt send(Object command, MetaData metaData) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    private String openLedger() {
        String ledger = "ledger-" + UUID.randomUUID();
        commands.sendAndWait(new Ledger.OpenLedgerCommand(ledger, "Ledger " + ledger));
        return ledger;
    }

    private long storedEvents() {
        return storageEngine.readEvents(null, false).count();
    }
}
