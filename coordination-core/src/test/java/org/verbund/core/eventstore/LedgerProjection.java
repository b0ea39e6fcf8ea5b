package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;

/**
 * A test projection on the embedded store: one balance document per ledger, idempotent by sequence number, and a
 * delivery counter per event identifier that shows whether anything was delivered twice.
 */
@ProcessingGroup(LedgerProjection.GROUP)
class LedgerProjection {

    static final String GROUP = "ledger-balances";

    private final MongoCollection<Document> balances;
    private final MongoCollection<Document> deliveries;

    LedgerProjection(MongoDatabase verbundDatabase) {
        this.balances = verbundDatabase.getCollection("ledger_balances");
        this.deliveries = verbundDatabase.getCollection("ledger_deliveries");
    }

    @EventHandler
    void on(Ledger.LedgerOpenedEvent event, @MessageIdentifier String eventId) {
        countDelivery(eventId);
        balances.replaceOne(Filters.eq("_id", event.ledgerId()),
                            new Document("_id", event.ledgerId()).append("name", event.name())
                                                                 .append("balanceCents", 0L)
                                                                 .append("lastSequence", 0L),
                            new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(AmountBookedEvent event, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        countDelivery(eventId);
        Document balance = balances.find(Filters.eq("_id", event.ledgerId())).first();
        if (balance == null || balance.getLong("lastSequence") >= sequence) {
            return; // applied before: the projection is idempotent
        }
        balances.updateOne(Filters.eq("_id", event.ledgerId()),
                           Updates.combine(Updates.inc("balanceCents", event.cents()),
                                           Updates.set("lastSequence", sequence)));
    }

    @org.axonframework.queryhandling.QueryHandler
    Long handle(FindBalanceQuery query) {
        Document balance = balances.find(Filters.eq("_id", query.ledgerId())).first();
        return balance == null ? null : balance.getLong("balanceCents");
    }

    record FindBalanceQuery(String ledgerId) {
    }

    @ResetHandler
    void reset() {
        balances.deleteMany(new Document());
        deliveries.deleteMany(new Document());
    }

    private void countDelivery(String eventId) {
        deliveries.updateOne(Filters.eq("_id", eventId), Updates.inc("times", 1), new UpdateOptions().upsert(true));
    }
}
