package org.verbund.core.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.EntityId;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A test aggregate for point-in-time states: a grant with a status and conditions, each condition a member entity
 * that handles its own events. It takes snapshots (every 2 events), so that a rebuild that wrote one would show.
 */
@Aggregate(snapshotTriggerDefinition = EventStoreConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Grant {

    @AggregateIdentifier
    private String grantId;
    private String status;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Condition> conditions = new LinkedHashMap<>();

    Grant() {
    }

    @EventSourcingHandler
    void on(GrantOpenedEvent event) {
        grantId = event.grantId();
        status = "OPEN";
    }

    @EventSourcingHandler
    void on(GrantStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(ConditionAddedEvent event) {
        conditions.put(event.conditionId(), new Condition(event.conditionId(), event.text()));
    }

    /** A handler that relies on the condition being there, as handlers do: its addition must have been applied. */
    @EventSourcingHandler
    void on(ConditionWithdrawnEvent event) {
        Objects.requireNonNull(conditions.remove(event.conditionId()), "no such condition");
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static class Condition {

        @EntityId
        private String conditionId;
        private String text;
        private boolean met;

        Condition(String conditionId, String text) {
            this.conditionId = conditionId;
            this.text = text;
        }

        @EventSourcingHandler
        void on(ConditionMetEvent event) {
            met = true;
        }
    }

    @Revision("1")
    record GrantOpenedEvent(String grantId, LocalDate effectiveOn) implements EffectiveDated {
    }

    @Revision("1")
    record GrantStatusChangedEvent(String grantId, String status, LocalDate effectiveOn) implements EffectiveDated {
    }

    @Revision("1")
    record ConditionAddedEvent(String grantId, String conditionId, String text, LocalDate effectiveOn)
            implements EffectiveDated {
    }

    @Revision("1")
    record ConditionMetEvent(String grantId, String conditionId, LocalDate effectiveOn) implements EffectiveDated {
    }

    @Revision("1")
    record ConditionWithdrawnEvent(String grantId, String conditionId, LocalDate effectiveOn)
            implements EffectiveDated {
    }
}
