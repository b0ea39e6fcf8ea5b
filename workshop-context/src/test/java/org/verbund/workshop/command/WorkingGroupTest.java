package org.verbund.workshop.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.workshop.api.AdmitMemberCommand;
import org.verbund.workshop.api.ConstituteWorkingGroupCommand;
import org.verbund.workshop.api.DissolveWorkingGroupCommand;
import org.verbund.workshop.api.MemberAdmittedEvent;
import org.verbund.workshop.api.RemoveMemberCommand;
import org.verbund.workshop.api.ResultsTransferredEvent;
import org.verbund.workshop.api.SetUpWorkingGroupCommand;
import org.verbund.workshop.api.TransferId;
import org.verbund.workshop.api.TransferResultsCommand;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.WorkingGroupConstitutedEvent;
import org.verbund.workshop.api.WorkingGroupDissolvedEvent;
import org.verbund.workshop.api.WorkingGroupSetUpEvent;

import java.util.List;

import static org.verbund.workshop.command.MeetingFixture.AWO;
import static org.verbund.workshop.command.MeetingFixture.CARITAS;
import static org.verbund.workshop.command.MeetingFixture.GROUP;
import static org.verbund.workshop.command.MeetingFixture.MEETING;
import static org.verbund.workshop.command.MeetingFixture.MIA_DO_KI;
import static org.verbund.workshop.command.MeetingFixture.ON;
import static org.verbund.workshop.command.MeetingFixture.SERIES;

class WorkingGroupTest {

    private static final OrganisationId COORDINATION_GROUP = new OrganisationId("koordinierungsgruppe-neuzuwanderung");
    private static final WorkingGroupSetUpEvent SET_UP = new WorkingGroupSetUpEvent(
            GROUP, "AK Handlungsrahmen Flüchtlinge", "Lösungsszenarien für das Handlungsfeld Flüchtlinge", MIA_DO_KI,
            MIA_DO_KI, COORDINATION_GROUP, List.of(MIA_DO_KI, CARITAS), true, ON);

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerInjectableResource(MeetingFixture.registry());
        fixture.registerInjectableResource(new MeetingFixture.Directory());
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
    }

    @Test
    void aGroupReportsToAnActiveCoordinationBodyAndItsLeadsAreMembers() {
        fixture.givenNoPriorActivity()
               .when(new SetUpWorkingGroupCommand(GROUP, SET_UP.name(), SET_UP.mandate(), MIA_DO_KI, MIA_DO_KI,
                                                  COORDINATION_GROUP, List.of(CARITAS), true, ON))
               .expectEvents(SET_UP);
        fixture.givenNoPriorActivity()
               .when(new SetUpWorkingGroupCommand(GROUP, SET_UP.name(), SET_UP.mandate(), MIA_DO_KI, MIA_DO_KI, AWO,
                                                  List.of(), true, ON))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new SetUpWorkingGroupCommand(GROUP, SET_UP.name(), " ", MIA_DO_KI, MIA_DO_KI, COORDINATION_GROUP,
                                                  List.of(), true, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void membersJoinOnceAndTheLeadsStay() {
        fixture.given(SET_UP).when(new AdmitMemberCommand(GROUP, AWO, ON))
               .expectEvents(new MemberAdmittedEvent(GROUP, AWO, ON));
        fixture.given(SET_UP).when(new AdmitMemberCommand(GROUP, CARITAS, ON)).expectNoEvents();
        fixture.given(SET_UP).when(new RemoveMemberCommand(GROUP, MIA_DO_KI, ON))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(SET_UP).when(new RemoveMemberCommand(GROUP, AWO, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aGroupIsConstitutedOnceAndChangesNoMoreOnceDissolved() {
        fixture.given(SET_UP).when(new ConstituteWorkingGroupCommand(GROUP, MEETING, ON))
               .expectEvents(new WorkingGroupConstitutedEvent(GROUP, MEETING, ON));
        fixture.given(SET_UP, new WorkingGroupConstitutedEvent(GROUP, MEETING, ON))
               .when(new ConstituteWorkingGroupCommand(GROUP, MEETING, ON))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(SET_UP, new WorkingGroupDissolvedEvent(GROUP, ON))
               .when(new AdmitMemberCommand(GROUP, AWO, ON)).expectException(RuleViolation.class).expectNoEvents();
        fixture.given(SET_UP).when(new DissolveWorkingGroupCommand(GROUP, ON))
               .expectEvents(new WorkingGroupDissolvedEvent(GROUP, ON));
    }

    @Test
    void resultsGoToTheBodyTheGroupReportsToOnceFromOneSource() {
        ResultsTransferredEvent transferred = new ResultsTransferredEvent(GROUP, new TransferId("t1"), COORDINATION_GROUP, SERIES,
                                                                          null, "Eckpunkte", List.of(new DecisionId("d1")), ON);
        fixture.given(SET_UP).when(new TransferResultsCommand(GROUP, new TransferId("t1"), SERIES, null, "Eckpunkte", List.of(new DecisionId("d1")),
                                                              ON))
               .expectEvents(transferred);
        fixture.given(SET_UP, transferred)
               .when(new TransferResultsCommand(GROUP, new TransferId("t1"), SERIES, null, "Eckpunkte", List.of(new DecisionId("d1")), ON))
               .expectNoEvents();
        fixture.given(SET_UP).when(new TransferResultsCommand(GROUP, new TransferId("t2"), SERIES, MEETING, "beides", List.of(), ON))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(SET_UP).when(new TransferResultsCommand(GROUP, new TransferId("t2"), null, null, "nichts", List.of(), ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }
}
