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
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.DissolveWorkingGroupCommand;
import org.verbund.workshop.api.MemberAdmittedEvent;
import org.verbund.workshop.api.RemoveMemberCommand;
import org.verbund.workshop.api.ResultsTransferredEvent;
import org.verbund.workshop.api.SetUpWorkingGroupCommand;
import org.verbund.workshop.api.TransferId;
import org.verbund.workshop.api.TransferResultsCommand;
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

    private static final TransferId T1 = new TransferId("t1");
    private static final TransferId T2 = new TransferId("t2");
    private static final DecisionId D1 = new DecisionId("d1");
    private static final ResultsTransferredEvent TRANSFERRED = new ResultsTransferredEvent(
            GROUP, T1, COORDINATION_GROUP, SERIES, null, "Eckpunkte", List.of(D1), ON);

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerInjectableResource(MeetingFixture.registry());
        fixture.registerInjectableResource(new MeetingFixture.Directory());
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
    }

    @Test
    void aGroupIsSetUpWithItsLeadsAsMembers() {
        fixture.givenNoPriorActivity()
               .when(new SetUpWorkingGroupCommand(GROUP, SET_UP.name(), SET_UP.mandate(), MIA_DO_KI, MIA_DO_KI,
                                                  COORDINATION_GROUP, List.of(CARITAS), true, ON))
               .expectEvents(SET_UP);
    }

    @Test
    void aGroupReportsToACoordinationBody() {
        fixture.givenNoPriorActivity()
               .when(new SetUpWorkingGroupCommand(GROUP, SET_UP.name(), SET_UP.mandate(), MIA_DO_KI, MIA_DO_KI, AWO,
                                                  List.of(), true, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aGroupHasAMandate() {
        fixture.givenNoPriorActivity()
               .when(new SetUpWorkingGroupCommand(GROUP, SET_UP.name(), " ", MIA_DO_KI, MIA_DO_KI, COORDINATION_GROUP,
                                                  List.of(), true, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anOrganisationIsAdmitted() {
        fixture.given(SET_UP).when(new AdmitMemberCommand(GROUP, AWO, ON))
               .expectEvents(new MemberAdmittedEvent(GROUP, AWO, ON));
    }

    @Test
    void aMemberJoinsOnce() {
        fixture.given(SET_UP).when(new AdmitMemberCommand(GROUP, CARITAS, ON)).expectNoEvents();
    }

    @Test
    void theLeadingOrganisationStays() {
        fixture.given(SET_UP).when(new RemoveMemberCommand(GROUP, MIA_DO_KI, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void onlyAMemberLeaves() {
        fixture.given(SET_UP).when(new RemoveMemberCommand(GROUP, AWO, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aGroupIsConstitutedAtOneOfItsMeetings() {
        fixture.given(SET_UP).when(new ConstituteWorkingGroupCommand(GROUP, MEETING, ON))
               .expectEvents(new WorkingGroupConstitutedEvent(GROUP, MEETING, ON));
    }

    @Test
    void aGroupIsConstitutedOnce() {
        fixture.given(SET_UP, new WorkingGroupConstitutedEvent(GROUP, MEETING, ON))
               .when(new ConstituteWorkingGroupCommand(GROUP, MEETING, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aDissolvedGroupChangesNoMore() {
        fixture.given(SET_UP, new WorkingGroupDissolvedEvent(GROUP, ON))
               .when(new AdmitMemberCommand(GROUP, AWO, ON)).expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aGroupIsDissolved() {
        fixture.given(SET_UP).when(new DissolveWorkingGroupCommand(GROUP, ON))
               .expectEvents(new WorkingGroupDissolvedEvent(GROUP, ON));
    }

    @Test
    void resultsGoToTheBodyTheGroupReportsTo() {
        fixture.given(SET_UP).when(new TransferResultsCommand(GROUP, T1, SERIES, null, "Eckpunkte", List.of(D1), ON))
               .expectEvents(TRANSFERRED);
    }

    @Test
    void aTransferIsRecordedOnce() {
        fixture.given(SET_UP, TRANSFERRED)
               .when(new TransferResultsCommand(GROUP, T1, SERIES, null, "Eckpunkte", List.of(D1), ON))
               .expectNoEvents();
    }

    @Test
    void resultsComeFromASeriesOrAMeetingNotBoth() {
        fixture.given(SET_UP).when(new TransferResultsCommand(GROUP, T2, SERIES, MEETING, "beides", List.of(), ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void resultsComeFromSomewhere() {
        fixture.given(SET_UP).when(new TransferResultsCommand(GROUP, T2, null, null, "nichts", List.of(), ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }
}
