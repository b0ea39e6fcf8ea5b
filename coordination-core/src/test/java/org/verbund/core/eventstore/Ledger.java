package org.verbund.core.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A test aggregate: a ledger that books amounts. Snapshots serialize its fields with Jackson. */
@Aggregate(snapshotTriggerDefinition = EventStoreConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Ledger {

    @AggregateIdentifier
    private String ledgerId;
    private long balanceCents;

    Ledger() {
    }

    @CommandHandler
    Ledger(OpenLedgerCommand command) {
        apply(new LedgerOpenedEvent(command.ledgerId(), command.name()));
    }

    @CommandHandler
    long handle(BookAmountCommand command) {
        apply(new AmountBookedEvent(ledgerId, command.cents(), "command"));
        return balanceCents;
    }

    /** Only coordinators close a ledger: a command handler that decides from its actor. */
    @CommandHandler
    void handle(CloseLedgerCommand command, org.verbund.core.kernel.Actor actor) {
        actor.requireCoordinator("ledger.coordinators-only", "Only coordinators close ledgers");
        apply(new AmountBookedEvent(ledgerId, -balanceCents, "closed by " + actor.id()));
    }

    /** What a check by another aggregate sees of this one. */
    long balance() {
        return balanceCents;
    }

    @EventSourcingHandler
    void on(LedgerOpenedEvent event) {
        ledgerId = event.ledgerId();
    }

    @EventSourcingHandler
    void on(AmountBookedEvent event) {
        balanceCents += event.cents();
    }

    record OpenLedgerCommand(@TargetAggregateIdentifier String ledgerId, String name) {
    }

    record BookAmountCommand(@TargetAggregateIdentifier String ledgerId, long cents) {
    }

    record CloseLedgerCommand(@TargetAggregateIdentifier String ledgerId) {
    }

    @Revision("1")
    record LedgerOpenedEvent(String ledgerId, String name) {
    }
}
