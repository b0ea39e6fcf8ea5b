package org.verbund.core.privacy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.KernelRule;
import org.verbund.core.privacy.api.DataSubjectErasedEvent;
import org.verbund.core.privacy.api.DataSubjectId;
import org.verbund.core.privacy.api.EraseDataSubjectCommand;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The record of a person's erasure. The key is deleted before the event is recorded: if recording fails, the data is
 * gone anyway and a repeated request records the erasure; erasing twice records it once. Coordinators and admins erase.
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class DataSubject {

    @AggregateIdentifier
    private DataSubjectId dataSubjectId;
    private boolean erased;

    protected DataSubject() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EraseDataSubjectCommand command, Actor actor, PersonalDataKeys keys) {
        actor.requireCoordinator(KernelRule.ERASURE_BY_COORDINATORS.code(),
                                 "Only a coordinator or an admin erases personal data");
        keys.erase(command.subject());
        if (!erased) {
            apply(new DataSubjectErasedEvent(command.dataSubjectId(), command.subject(), command.effectiveOn()));
        }
    }

    @EventSourcingHandler
    void on(DataSubjectErasedEvent event) {
        dataSubjectId = event.dataSubjectId();
        erased = true;
    }
}
