package org.verbund.demo;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventMetadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the loaders send: as the coordination office, each command recorded before the next, a second load idle. */
class DemoCommandsTest {

    /** Stands for a command that creates an aggregate; a second one with the same id finds its stream there. */
    record CreateThing(String id) {
    }

    record ChangeThing(String id) {
    }

    record RecordThing() {
    }

    private final List<Object> sent = new ArrayList<>();
    private SimpleCommandBus bus;
    private DemoCommands commands;

    @BeforeEach
    void setUp() {
        bus = SimpleCommandBus.builder().build();
        Set<String> created = new HashSet<>();
        bus.subscribe(CreateThing.class.getName(), message -> {
            if (!created.add(((CreateThing) message.getPayload()).id())) {
                throw new AggregateStreamCreationException("stream exists already");
            }
            return sent.add(message.getPayload());
        });
        bus.subscribe(ChangeThing.class.getName(), message -> sent.add(message.getPayload()));
        commands = new DemoCommands(DefaultCommandGateway.builder().commandBus(bus).build());
    }

    @Test
    void sendsAsACoordinatorOfTheSocialDepartmentWithTheReportAsReason() {
        List<CommandMessage<?>> received = new ArrayList<>();
        bus.subscribe(RecordThing.class.getName(), received::add);

        commands.send(new RecordThing());

        assertThat(received).singleElement().satisfies(message -> assertThat(message.getMetaData())
                .containsEntry(EventMetadata.ACTOR_ID, "demo-loader")
                .containsEntry(EventMetadata.ORGANISATION_ID, "sozialdezernat")
                .containsEntry(EventMetadata.ROLE, "COORDINATOR")
                .containsEntry(EventMetadata.REASON, "demo data: status report 2017"));
    }

    @Test
    void whatFollowsACreationIsSentAfterIt() {
        boolean created = commands.createThen(new CreateThing("a"), () -> commands.send(new ChangeThing("a")));

        assertThat(created).isTrue();
        assertThat(sent).containsExactly(new CreateThing("a"), new ChangeThing("a"));
    }

    @Test
    void whatFollowsACreationIsNotSentWhenTheAggregateWasLoadedBefore() {
        commands.createOnce(new CreateThing("a"));

        boolean created = commands.createThen(new CreateThing("a"), () -> commands.send(new ChangeThing("a")));

        assertThat(created).isFalse();
        assertThat(sent).containsExactly(new CreateThing("a"));
    }
}
