package org.verbund.core.network.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.ChangeOrganisationKindCommand;
import org.verbund.core.network.api.CoordinationBodyJoinedEvent;
import org.verbund.core.network.api.CoordinationBodyLeftEvent;
import org.verbund.core.network.api.DeactivateOrganisationCommand;
import org.verbund.core.network.api.JoinCoordinationBodyCommand;
import org.verbund.core.network.api.LeaveCoordinationBodyCommand;
import org.verbund.core.network.api.NetworkRule;
import org.verbund.core.network.api.OrganisationDeactivatedEvent;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationKindChangedEvent;
import org.verbund.core.network.api.OrganisationRegisteredEvent;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.core.network.api.OrganisationRenamedEvent;
import org.verbund.core.network.api.RegisterOrganisationCommand;
import org.verbund.core.network.api.RegisteredOrganisation;
import org.verbund.core.network.api.RenameOrganisationCommand;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An organisation of the network: its names, its kind, its memberships of coordination bodies, whether active. The
 * registry is kept by coordinators (and admins): nobody else registers or changes an organisation.
 */
@Aggregate(snapshotTriggerDefinition = EventStoreConfiguration.SNAPSHOT_TRIGGER, filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Organisation {

    @AggregateIdentifier
    private OrganisationId organisationId;
    private String name;
    private String shortName;
    private OrganisationKind kind;
    private boolean active;
    private final Set<OrganisationId> coordinationBodies = new HashSet<>();

    protected Organisation() {
    }

    @CommandHandler
    public Organisation(RegisterOrganisationCommand command, Actor actor) {
        requireRegistrar(actor);
        requireNames(command.name(), command.shortName());
        apply(new OrganisationRegisteredEvent(command.organisationId(), command.name().strip(),
                                              command.shortName().strip(), command.kind(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RenameOrganisationCommand command, Actor actor) {
        requireRegistrar(actor);
        requireActive();
        requireNames(command.name(), command.shortName());
        if (command.name().strip().equals(name) && command.shortName().strip().equals(shortName)) {
            throw NetworkRule.NAME_UNCHANGED.violation("The organisation already has this name and short name");
        }
        apply(new OrganisationRenamedEvent(organisationId, command.name().strip(), command.shortName().strip(),
                                           command.effectiveOn()));
    }

    @CommandHandler
    void handle(ChangeOrganisationKindCommand command, Actor actor) {
        requireRegistrar(actor);
        requireActive();
        if (command.kind() == kind) {
            throw NetworkRule.KIND_UNCHANGED.violation("The organisation already is a " + kind);
        }
        apply(new OrganisationKindChangedEvent(organisationId, command.kind(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(JoinCoordinationBodyCommand command, Actor actor, OrganisationRegistry registry) {
        requireRegistrar(actor);
        requireActive();
        OrganisationId body = command.coordinationBodyId();
        if (body.equals(organisationId)) {
            throw NetworkRule.CANNOT_JOIN_ITSELF.violation("An organisation cannot be a member of itself");
        }
        if (coordinationBodies.contains(body)) {
            throw NetworkRule.ALREADY_MEMBER.violation("The organisation already is a member of " + body);
        }
        if (registry.find(body).filter(RegisteredOrganisation::isActiveCoordinationBody).isEmpty()) {
            throw NetworkRule.NOT_A_COORDINATION_BODY.violation(body + " is not an active coordination body");
        }
        apply(new CoordinationBodyJoinedEvent(organisationId, body, command.effectiveOn()));
    }

    @CommandHandler
    void handle(LeaveCoordinationBodyCommand command, Actor actor) {
        requireRegistrar(actor);
        requireActive();
        if (!coordinationBodies.contains(command.coordinationBodyId())) {
            throw NetworkRule.NOT_A_MEMBER.violation("The organisation is not a member of " + command.coordinationBodyId());
        }
        apply(new CoordinationBodyLeftEvent(organisationId, command.coordinationBodyId(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(DeactivateOrganisationCommand command, Actor actor) {
        requireRegistrar(actor);
        requireActive();
        apply(new OrganisationDeactivatedEvent(organisationId, command.effectiveOn()));
    }

    @EventSourcingHandler
    void on(OrganisationRegisteredEvent event) {
        organisationId = event.organisationId();
        name = event.name();
        shortName = event.shortName();
        kind = event.kind();
        active = true;
    }

    @EventSourcingHandler
    void on(OrganisationRenamedEvent event) {
        name = event.name();
        shortName = event.shortName();
    }

    @EventSourcingHandler
    void on(OrganisationKindChangedEvent event) {
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(CoordinationBodyJoinedEvent event) {
        coordinationBodies.add(event.coordinationBodyId());
    }

    @EventSourcingHandler
    void on(CoordinationBodyLeftEvent event) {
        coordinationBodies.remove(event.coordinationBodyId());
    }

    @EventSourcingHandler
    void on(OrganisationDeactivatedEvent event) {
        active = false;
    }

    /** What other aggregates may know of this organisation (see {@link AggregateOrganisationRegistry}). */
    RegisteredOrganisation registration() {
        return new RegisteredOrganisation(organisationId, kind, active);
    }

    private static void requireRegistrar(Actor actor) {
        actor.requireCoordinator(NetworkRule.COORDINATORS_ONLY.code(),
                                 "Only coordinators and admins register and change organisations");
    }

    private void requireActive() {
        if (!active) {
            throw NetworkRule.DEACTIVATED.violation("The organisation " + organisationId + " is deactivated");
        }
    }

    private static void requireNames(String name, String shortName) {
        if (name == null || name.isBlank() || shortName == null || shortName.isBlank()) {
            throw NetworkRule.NAME_REQUIRED.violation("An organisation needs a name and a short name");
        }
    }
}
