package org.verbund.core.network.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Role;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.network.api.ChangeOrganisationKindCommand;
import org.verbund.core.network.api.CoordinationBodyJoinedEvent;
import org.verbund.core.network.api.CoordinationBodyLeftEvent;
import org.verbund.core.network.api.DeactivateOrganisationCommand;
import org.verbund.core.network.api.JoinCoordinationBodyCommand;
import org.verbund.core.network.api.LeaveCoordinationBodyCommand;
import org.verbund.core.network.api.OrganisationDeactivatedEvent;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationKindChangedEvent;
import org.verbund.core.network.api.OrganisationRenamedEvent;
import org.verbund.core.network.api.RegisterOrganisationCommand;
import org.verbund.core.network.api.RenameOrganisationCommand;
import org.verbund.core.testing.Actors;
import org.verbund.core.testing.Refusals;
import org.verbund.core.testing.Registries;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.core.network.OrganisationFixture.CARITAS;
import static org.verbund.core.network.OrganisationFixture.COORDINATION_GROUP;
import static org.verbund.core.network.OrganisationFixture.caritasRegistered;
import static org.verbund.core.network.OrganisationFixture.registerCaritas;

class OrganisationTest {

    private static final LocalDate LATER = LocalDate.of(2017, 4, 27);
    private static final OrganisationId NOT_A_BODY = new OrganisationId("awo-dortmund");

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(Registries.withCarriers(NOT_A_BODY.value())
                                                     .withCoordinationBody(COORDINATION_GROUP.value()));
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
    }

    @Test
    void registersAnOrganisation() {
        fixture.givenNoPriorActivity()
               .when(registerCaritas())
               .expectSuccessfulHandlerExecution()
               .expectEvents(caritasRegistered());
    }

    @Test
    void refusesAnOrganisationWithoutNames() {
        fixture.givenNoPriorActivity()
               .when(new RegisterOrganisationCommand(CARITAS, " ", "CV", OrganisationKind.NON_PROFIT_CARRIER, LATER))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("An organisation needs a name and a short name")
               .expectNoEvents();
    }

    @Test
    void renamesAndRefusesARenameToTheSameNames() {
        fixture.given(caritasRegistered())
               .when(new RenameOrganisationCommand(CARITAS, "Caritas Dortmund e.V.", "Caritas", LATER))
               .expectEvents(new OrganisationRenamedEvent(CARITAS, "Caritas Dortmund e.V.", "Caritas", LATER));
        fixture.given(caritasRegistered())
               .when(new RenameOrganisationCommand(CARITAS, "Caritasverband Dortmund", "CV", LATER))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void changesKindButNotToTheSameKind() {
        fixture.given(caritasRegistered())
               .when(new ChangeOrganisationKindCommand(CARITAS, OrganisationKind.EXTERNAL_PARTNER, LATER))
               .expectEvents(new OrganisationKindChangedEvent(CARITAS, OrganisationKind.EXTERNAL_PARTNER, LATER));
        fixture.given(caritasRegistered())
               .when(new ChangeOrganisationKindCommand(CARITAS, OrganisationKind.NON_PROFIT_CARRIER, LATER))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void joinsAnActiveCoordinationBodyOnce() {
        fixture.given(caritasRegistered())
               .when(new JoinCoordinationBodyCommand(CARITAS, COORDINATION_GROUP, LATER))
               .expectEvents(new CoordinationBodyJoinedEvent(CARITAS, COORDINATION_GROUP, LATER));
        fixture.given(caritasRegistered(), new CoordinationBodyJoinedEvent(CARITAS, COORDINATION_GROUP, LATER))
               .when(new JoinCoordinationBodyCommand(CARITAS, COORDINATION_GROUP, LATER))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("The organisation already is a member of " + COORDINATION_GROUP)
               .expectNoEvents();
    }

    @Test
    void joinsNeitherItselfNorAnOrganisationThatIsNoCoordinationBody() {
        fixture.given(caritasRegistered())
               .when(new JoinCoordinationBodyCommand(CARITAS, NOT_A_BODY, LATER))
               .expectException(RuleViolation.class)
               .expectExceptionMessage(NOT_A_BODY + " is not an active coordination body")
               .expectNoEvents();
        fixture.given(caritasRegistered())
               .when(new JoinCoordinationBodyCommand(CARITAS, CARITAS, LATER))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void leavesOnlyABodyItIsAMemberOf() {
        fixture.given(caritasRegistered(), new CoordinationBodyJoinedEvent(CARITAS, COORDINATION_GROUP, LATER))
               .when(new LeaveCoordinationBodyCommand(CARITAS, COORDINATION_GROUP, LATER))
               .expectEvents(new CoordinationBodyLeftEvent(CARITAS, COORDINATION_GROUP, LATER));
        fixture.given(caritasRegistered())
               .when(new LeaveCoordinationBodyCommand(CARITAS, COORDINATION_GROUP, LATER))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void aDeactivatedOrganisationChangesNoMore() {
        fixture.given(caritasRegistered())
               .when(new DeactivateOrganisationCommand(CARITAS, LATER))
               .expectEvents(new OrganisationDeactivatedEvent(CARITAS, LATER));
        fixture.given(caritasRegistered(), new OrganisationDeactivatedEvent(CARITAS, LATER))
               .when(new RenameOrganisationCommand(CARITAS, "Neu", "N", LATER))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("The organisation " + CARITAS + " is deactivated")
               .expectNoEvents();
        fixture.given(caritasRegistered(), new OrganisationDeactivatedEvent(CARITAS, LATER))
               .when(new DeactivateOrganisationCommand(CARITAS, LATER))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    /** Every command of the registry, on an organisation that is a member of the coordination group. */
    private static List<Object> everyCommand() {
        return List.of(registerCaritas(),
                       new RenameOrganisationCommand(CARITAS, "Caritas Dortmund e.V.", "Caritas", LATER),
                       new ChangeOrganisationKindCommand(CARITAS, OrganisationKind.EXTERNAL_PARTNER, LATER),
                       new JoinCoordinationBodyCommand(CARITAS, new OrganisationId("other-body"), LATER),
                       new LeaveCoordinationBodyCommand(CARITAS, COORDINATION_GROUP, LATER),
                       new DeactivateOrganisationCommand(CARITAS, LATER));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "ADMIN"})
    void coordinatorsAndAdminsKeepTheRegistry(Role role) {
        Registries registry = Registries.withCarriers().withCoordinationBody("other-body");
        for (Object command : everyCommand()) {
            FixtureConfiguration<Organisation> registrar = new AggregateTestFixture<>(Organisation.class);
            registrar.registerInjectableResource(registry);
            (command instanceof RegisterOrganisationCommand ? registrar.givenNoPriorActivity()
                    : registrar.given(caritasRegistered(),
                                      new CoordinationBodyJoinedEvent(CARITAS, COORDINATION_GROUP, LATER)))
                    .when(command, Actors.as(role, "dez5"))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PARTNER", "AUDITOR", "VIEWER"})
    void nobodyElseChangesTheRegistryNotEvenAnOrganisationItself(Role role) {
        for (Object command : everyCommand()) {
            (command instanceof RegisterOrganisationCommand ? fixture.givenNoPriorActivity()
                    : fixture.given(caritasRegistered(),
                                    new CoordinationBodyJoinedEvent(CARITAS, COORDINATION_GROUP, LATER)))
                    .when(command, Actors.as(role, CARITAS.value()))
                    .expectException(Refusals.forbidden("organisation.coordinators-only"))
                    .expectNoEvents();
        }
    }
}
