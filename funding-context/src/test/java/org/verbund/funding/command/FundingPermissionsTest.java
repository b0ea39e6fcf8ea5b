package org.verbund.funding.command;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Role;
import org.verbund.core.testing.Actors;
import org.verbund.core.testing.Refusals;
import org.verbund.core.testing.Registries;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.Cohort;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.DecideAmendmentCommand;
import org.verbund.funding.api.FinancingLine;
import org.verbund.funding.api.FinancingSource;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;
import org.verbund.funding.api.FundingRule;
import org.verbund.funding.api.LinkExtensionCommand;
import org.verbund.funding.api.MeetFundingDeadlineCommand;
import org.verbund.funding.api.OpenFundingCallCommand;
import org.verbund.funding.api.ProposeAmendmentCommand;
import org.verbund.funding.api.RecordEarlyStartExemptionCommand;
import org.verbund.funding.api.RecordStudyPlacementsCommand;
import org.verbund.funding.api.RegisterFundingProgrammeCommand;
import org.verbund.funding.api.SetFinancingPlanCommand;
import org.verbund.funding.api.SetReportingDatesCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.verbund.funding.command.FundingApplicationFixture.ID;
import static org.verbund.funding.command.FundingApplicationFixture.LEAD;
import static org.verbund.funding.command.FundingApplicationFixture.ON;
import static org.verbund.funding.command.FundingApplicationFixture.OUTSIDER;
import static org.verbund.funding.command.FundingApplicationFixture.PARTNER;
import static org.verbund.funding.command.FundingApplicationFixture.command;
import static org.verbund.funding.command.FundingApplicationFixture.draft;
import static org.verbund.funding.command.FundingApplicationFixture.historyUpTo;

/**
 * Who may send each command of the funding context, sent straight to the aggregates: an application is changed by
 * its lead applicant and coordinators; the organisations in it are refused; to everyone else (an auditor of another
 * organisation too) it does not exist. Programmes and placements are kept by coordinators; an extension is linked by Verbund only.
 */
class FundingPermissionsTest {

    private static final MetaData LEAD_PARTNER = Actors.partner(LEAD);
    private static final MetaData COORDINATOR = Actors.coordinator();
    private static final MetaData IMPLEMENTING_PARTNER = Actors.partner(PARTNER);
    private static final MetaData OTHER_PARTNER = Actors.partner(OUTSIDER);
    private static final MetaData AUDITOR = Actors.as(Role.AUDITOR, "rpa");

    private static final LinkExtensionCommand LINK = new LinkExtensionCommand(
            ID, new FundingApplicationId("extension"), ON);
    private static final FundingProgrammeId PROGRAMME = new FundingProgrammeId("land-esf");
    private static final RegisterFundingProgrammeCommand REGISTER = new RegisterFundingProgrammeCommand(
            PROGRAMME, "Land/ESF", FunderLevel.STATE, null, ON);
    private static final OpenFundingCallCommand CALL = new OpenFundingCallCommand(
            PROGRAMME, new FundingCall("call", ON), ON);
    private static final FundingProgrammeRegisteredEvent REGISTERED = new FundingProgrammeRegisteredEvent(
            PROGRAMME, "Land/ESF", FunderLevel.STATE, null, ON);
    private static final RecordStudyPlacementsCommand PLACEMENTS = new RecordStudyPlacementsCommand(
            RecordStudyPlacementsCommand.idOf("Dortmund", new Cohort(2014)), "Dortmund", true, new Cohort(2014), 23, 5,
            0, ON);

    /** Every command on an existing application, with the history it is allowed after. */
    static Stream<Arguments> applicationCommands() {
        List<Object> running = historyUpTo(ApplicationStatus.RUNNING);
        List<Object> proposed = with(running, new AmendmentProposedEvent(
                ID, new AmendmentId("amendment-1"), new AmendmentValues(Money.of("1.00"), null, null), ON));
        List<Object> reporting = with(historyUpTo(ApplicationStatus.APPROVED), new FundingDeadlineSetEvent(
                ID, "final-statement", DeadlineKind.FINAL_STATEMENT, LocalDate.of(2019, 3, 31),
                new OrganisationId(LEAD), "final-statement@2019-03-31", ON));
        return Stream.of(
                Arguments.of("submit", historyUpTo(ApplicationStatus.DRAFT),
                             command(FundingApplication.Transition.SUBMIT)),
                Arguments.of("promise approval", historyUpTo(ApplicationStatus.SUBMITTED),
                             command(FundingApplication.Transition.PROMISE_APPROVAL)),
                Arguments.of("approve", historyUpTo(ApplicationStatus.SUBMITTED),
                             command(FundingApplication.Transition.APPROVE)),
                Arguments.of("start", historyUpTo(ApplicationStatus.APPROVED),
                             command(FundingApplication.Transition.START)),
                Arguments.of("close", running, command(FundingApplication.Transition.CLOSE)),
                Arguments.of("reject", historyUpTo(ApplicationStatus.SUBMITTED),
                             command(FundingApplication.Transition.REJECT)),
                Arguments.of("withdraw", historyUpTo(ApplicationStatus.DRAFT),
                             command(FundingApplication.Transition.WITHDRAW)),
                Arguments.of("early start", historyUpTo(ApplicationStatus.DRAFT),
                             new RecordEarlyStartExemptionCommand(ID, ON)),
                Arguments.of("financing plan", historyUpTo(ApplicationStatus.DRAFT), new SetFinancingPlanCommand(
                        ID, Money.of("10.00"), List.of(new FinancingLine(FinancingSource.STATE, null, Money.of("10.00"),
                                                                         null)), ON)),
                Arguments.of("propose amendment", running, new ProposeAmendmentCommand(
                        ID, new AmendmentId("amendment-2"), new AmendmentValues(Money.of("2.00"), null, null), ON)),
                Arguments.of("decide amendment", proposed,
                             new DecideAmendmentCommand(ID, new AmendmentId("amendment-1"), true, null, ON)),
                Arguments.of("reporting dates", historyUpTo(ApplicationStatus.APPROVED),
                             new SetReportingDatesCommand(ID, List.of(), LocalDate.of(2019, 3, 31), ON)),
                Arguments.of("meet deadline", reporting, new MeetFundingDeadlineCommand(ID, "final-statement", ON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationCommands")
    void theLeadApplicantAndCoordinatorsChangeAnApplication(String name, List<Object> given, Object command) {
        for (MetaData allowed : List.of(LEAD_PARTNER, COORDINATOR, Actors.as(Role.ADMIN, "verbund"))) {
            FundingApplicationFixture.newFixture().given(given).when(command, allowed)
                                     .expectSuccessfulHandlerExecution();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationCommands")
    void theOrganisationsInItAreRefused(String name, List<Object> given, Object command) {
        FixtureConfiguration<FundingApplication> fixture = FundingApplicationFixture.newFixture();
        for (MetaData refused : List.of(IMPLEMENTING_PARTNER, Actors.as(Role.AUDITOR, LEAD),
                                        Actors.as(Role.VIEWER, LEAD))) {
            fixture.given(given).when(command, refused)
                   .expectException(Refusals.forbidden(FundingRule.APPLICATION_LEAD_APPLICANT_ONLY.code()))
                   .expectNoEvents();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationCommands")
    void nobodyElseLearnsItExists(String name, List<Object> given, Object command) {
        FixtureConfiguration<FundingApplication> fixture = FundingApplicationFixture.newFixture();
        for (MetaData hidden : List.of(OTHER_PARTNER, AUDITOR)) {
            fixture.given(given).when(command, hidden).expectException(Refusals.hidden()).expectNoEvents();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationCommands")
    void aCommandThatNamesNobodyIsRefused(String name, List<Object> given, Object command) {
        new AggregateTestFixture<>(FundingApplication.class)
                .registerInjectableResource(new FundingApplicationFixture.Register())
                .registerInjectableResource(Registries.withCarriers(LEAD, PARTNER))
                .given(given).when(command)
                .expectException(Refusals.forbidden("actor.unknown")).expectNoEvents();
    }

    @Test
    void theLeadApplicantDraftsAnApplication() {
        FundingApplicationFixture.newFixture().givenNoPriorActivity().when(draft(), LEAD_PARTNER)
                                 .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCoordinatorDraftsAnApplication() {
        FundingApplicationFixture.newFixture().givenNoPriorActivity().when(draft(), COORDINATOR)
                                 .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPartnerDraftsOnlyAsTheLeadApplicant() {
        for (MetaData refused : List.of(IMPLEMENTING_PARTNER, OTHER_PARTNER, AUDITOR)) {
            FundingApplicationFixture.newFixture().givenNoPriorActivity().when(draft(), refused)
                                     .expectException(Refusals.forbidden(
                                             FundingRule.APPLICATION_LEAD_APPLICANT_ONLY.code()))
                                     .expectNoEvents();
        }
    }

    @Test
    void verbundLinksAnExtension() {
        FundingApplicationFixture.newFixture().given(historyUpTo(ApplicationStatus.CLOSED))
                                 .when(LINK, Actors.system("extension-links")).expectSuccessfulHandlerExecution();
    }

    @Test
    void nobodyElseLinksAnExtension() {
        for (MetaData refused : List.of(LEAD_PARTNER, COORDINATOR)) {
            FundingApplicationFixture.newFixture().given(historyUpTo(ApplicationStatus.CLOSED)).when(LINK, refused)
                                     .expectException(Refusals.forbidden("funding-application.linked-by-verbund"))
                                     .expectNoEvents();
        }
    }

    @Test
    void aCoordinatorRegistersAProgramme() {
        new AggregateTestFixture<>(FundingProgramme.class).givenNoPriorActivity().when(REGISTER, COORDINATOR)
                                                            .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCoordinatorOpensACall() {
        new AggregateTestFixture<>(FundingProgramme.class).given(REGISTERED).when(CALL, COORDINATOR)
                                                            .expectSuccessfulHandlerExecution();
    }

    @Test
    void othersRegisterNoProgramme() {
        for (MetaData refused : List.of(LEAD_PARTNER, AUDITOR)) {
            new AggregateTestFixture<>(FundingProgramme.class).givenNoPriorActivity().when(REGISTER, refused)
                    .expectException(Refusals.forbidden("funding-programme.coordinators-only")).expectNoEvents();
        }
    }

    @Test
    void othersOpenNoCall() {
        for (MetaData refused : List.of(LEAD_PARTNER, AUDITOR)) {
            new AggregateTestFixture<>(FundingProgramme.class).given(REGISTERED).when(CALL, refused)
                    .expectException(Refusals.forbidden("funding-programme.coordinators-only")).expectNoEvents();
        }
    }

    @Test
    void aCoordinatorRecordsStudyPlacements() {
        new AggregateTestFixture<>(CohortPlacements.class).givenNoPriorActivity().when(PLACEMENTS, COORDINATOR)
                                                            .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPartnerRecordsNoStudyPlacements() {
        new AggregateTestFixture<>(CohortPlacements.class).givenNoPriorActivity().when(PLACEMENTS, LEAD_PARTNER)
                .expectException(Refusals.forbidden("placements.coordinators-only")).expectNoEvents();
    }

    private static List<Object> with(List<Object> history, Object more) {
        List<Object> all = new ArrayList<>(history);
        all.add(more);
        return all;
    }
}
