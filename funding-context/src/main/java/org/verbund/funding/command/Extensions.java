package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.verbund.core.kernel.Actor;
import org.verbund.funding.api.ExtensionLinkedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingRule;
import org.verbund.funding.api.LinkExtensionCommand;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The projects that extend a {@link FundingApplication} (Verlängerungen), its member: linked by Verbund only, when an
 * extension is drafted (see {@link ExtensionLinks}); linking one twice records nothing. In a snapshot it is the set
 * of their ids, as it was before it was a member.
 */
class Extensions {

    private final Set<FundingApplicationId> linked;

    Extensions() {
        this(new HashSet<>());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private Extensions(Set<FundingApplicationId> linked) {
        this.linked = new HashSet<>(linked);
    }

    @JsonValue
    private Set<FundingApplicationId> linked() {
        return linked;
    }

    @CommandHandler
    void handle(LinkExtensionCommand command, Actor actor) {
        actor.requireSystem(FundingRule.LINKED_BY_VERBUND.code());
        if (!linked.contains(command.extensionId())) {
            apply(new ExtensionLinkedEvent(command.applicationId(), command.extensionId(), command.effectiveOn()));
        }
    }

    @EventSourcingHandler
    void on(ExtensionLinkedEvent event) {
        linked.add(event.extensionId());
    }
}
