package org.verbund.cooperation.command;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.CancelVisitCommand;
import org.verbund.cooperation.api.ChangeContactDetailsCommand;
import org.verbund.cooperation.api.ChangeGoalCommand;
import org.verbund.cooperation.api.ChangePartnershipStatusCommand;
import org.verbund.cooperation.api.ContactEstablishedEvent;
import org.verbund.cooperation.api.ContactRole;
import org.verbund.cooperation.api.CooperationRule;
import org.verbund.cooperation.api.DraftAgreementCommand;
import org.verbund.cooperation.api.EstablishContactCommand;
import org.verbund.cooperation.api.EstablishPartnershipCommand;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.HoldVisitCommand;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.JoinPartnershipCommand;
import org.verbund.cooperation.api.LinkVisitFundingCommand;
import org.verbund.cooperation.api.NegotiateAgreementCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipStatus;
import org.verbund.cooperation.api.PlanVisitCommand;
import org.verbund.cooperation.api.ProposeGoalCommand;
import org.verbund.cooperation.api.RecordVisitParticipantCommand;
import org.verbund.cooperation.api.RecordVisitResultCommand;
import org.verbund.cooperation.api.RecordVisitTalkCommand;
import org.verbund.cooperation.api.SignAgreementCommand;
import org.verbund.cooperation.api.TerminateAgreementCommand;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.kernel.Role;
import org.verbund.core.testing.Actors;
import org.verbund.core.testing.Refusals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.verbund.cooperation.command.CooperationFixture.ESTABLISHED;
import static org.verbund.cooperation.command.CooperationFixture.ISB;
import static org.verbund.cooperation.command.CooperationFixture.MARCH_2017;
import static org.verbund.cooperation.command.CooperationFixture.MARCH_VISIT;
import static org.verbund.cooperation.command.CooperationFixture.ON;
import static org.verbund.cooperation.command.CooperationFixture.PLOVDIV;
import static org.verbund.cooperation.command.CooperationFixture.ROMACT;
import static org.verbund.cooperation.command.CooperationFixture.fixtureOf;

/**
 * Who may send each command of the cooperation context, sent straight to the aggregates: a partnership and its
 * visits, contacts and agreements are managed by the organisations taking part and coordinators; partnerships are
 * public, so everyone else (an auditor too) is refused with 403; coordinators start partnerships.
 */
class CooperationPermissionsTest {

    private static final MetaData TAKING_PART = Actors.partner(ISB.value());
    private static final MetaData COORDINATOR = Actors.coordinator();
    private static final List<MetaData> REFUSED = List.of(Actors.partner("awo"), Actors.as(Role.AUDITOR, ISB.value()),
                                                          Actors.as(Role.VIEWER, ISB.value()));
    private static final String PARTICIPANTS_ONLY = CooperationRule.PARTNERSHIP_PARTICIPANTS_ONLY.code();
    private static final VisitId VISIT = MARCH_VISIT;
    private static final PersonRef CONTACT = PersonRef.of("contact-1");
    private static final AgreementId AGREEMENT = new AgreementId("agreement-1");
    private static final Period VALIDITY = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31));

    private static final VisitPlannedEvent PLANNED = new VisitPlannedEvent(
            VISIT, PLOVDIV, VisitKind.WORKING_VISIT, MARCH_2017, List.of("Sofia"), List.of(ISB), null, ON);
    private static final VisitHeldEvent HELD = new VisitHeldEvent(VISIT, PLOVDIV, ON);
    private static final EstablishPartnershipCommand ESTABLISH = new EstablishPartnershipCommand(
            PLOVDIV, "Plovdiv", "Bulgarien", List.of(ISB), ON);
    private static final AgreementDraftedEvent DRAFTED = new AgreementDraftedEvent(AGREEMENT, PLOVDIV, "Vereinbarung",
                                                                                   ON);

    static Stream<Arguments> partnershipCommands() {
        GoalProposedEvent proposed = new GoalProposedEvent(PLOVDIV, "goal-1", "Austausch", ON);
        return Stream.of(
                Arguments.of("join", List.of(ESTABLISHED), new JoinPartnershipCommand(PLOVDIV, new OrganisationId("dez5"),
                                                                                      ON)),
                Arguments.of("status", List.of(ESTABLISHED),
                             new ChangePartnershipStatusCommand(PLOVDIV, PartnershipStatus.ACTIVE, ON)),
                Arguments.of("propose goal", List.of(ESTABLISHED), new ProposeGoalCommand(PLOVDIV, "goal-2", "Beratung",
                                                                                          ON)),
                Arguments.of("change goal", List.of(ESTABLISHED, proposed),
                             new ChangeGoalCommand(PLOVDIV, "goal-1", GoalState.AGREED, ON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnershipCommands")
    void aPartnershipIsManagedByTheOrganisationsTakingPart(String name, List<Object> given, Object command) {
        acceptedFromThoseTakingPartAndCoordinators(Partnership.class, given, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnershipCommands")
    void aPartnershipIsNotManagedByOthers(String name, List<Object> given, Object command) {
        refusedToOthers(Partnership.class, given, command);
    }

    @Test
    void coordinatorsStartPartnerships() {
        fixtureOf(Partnership.class).givenNoPriorActivity().when(ESTABLISH, COORDINATOR)
                                    .expectSuccessfulHandlerExecution();
    }

    @Test
    void partnersDoNotStartPartnerships() {
        fixtureOf(Partnership.class).givenNoPriorActivity().when(ESTABLISH, TAKING_PART)
                                    .expectException(Refusals.forbidden("partnership.coordinators-only"))
                                    .expectNoEvents();
    }

    static Stream<Arguments> visitCommands() {
        PersonRef person = PersonRef.of("person-7");
        return Stream.of(
                Arguments.of("plan", List.of(), new PlanVisitCommand(VISIT, PLOVDIV, VisitKind.WORKING_VISIT, MARCH_2017,
                                                                     List.of(), List.of(ISB), ROMACT, ON)),
                Arguments.of("hold", List.of(PLANNED), new HoldVisitCommand(VISIT, ON)),
                Arguments.of("cancel", List.of(PLANNED), new CancelVisitCommand(VISIT, ON)),
                Arguments.of("talk", List.of(PLANNED, HELD), new RecordVisitTalkCommand(
                        VISIT, "talk-1", "NCCEII", InstitutionLevel.STATE, null, ON)),
                Arguments.of("result", List.of(PLANNED, HELD), new RecordVisitResultCommand(VISIT, "result-1", "Kontakte",
                                                                                            ON)),
                Arguments.of("participant", List.of(PLANNED), new RecordVisitParticipantCommand(
                        VISIT, person, PersonalText.of(person, "Beispiel"), ISB, ON)),
                Arguments.of("funding", List.of(PLANNED), new LinkVisitFundingCommand(VISIT, ROMACT, ON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitCommands")
    void aVisitIsRecordedByTheOrganisationsTakingPartInItsPartnership(String name, List<Object> given,
                                                                      Object command) {
        acceptedFromThoseTakingPartAndCoordinators(Visit.class, given, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitCommands")
    void aVisitIsNotRecordedByOthers(String name, List<Object> given, Object command) {
        refusedToOthers(Visit.class, given, command);
    }

    static Stream<Arguments> contactCommands() {
        ContactEstablishedEvent established = new ContactEstablishedEvent(
                CONTACT, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO, ContactRole.TOPIC, List.of(),
                PersonalText.of(CONTACT, "Beispiel"), null, null, null, ON);
        return Stream.of(
                Arguments.of("establish", List.of(), new EstablishContactCommand(
                        CONTACT, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO, ContactRole.TOPIC, List.of(),
                        PersonalText.of(CONTACT, "Beispiel"), null, null, VISIT, ON)),
                Arguments.of("details", List.of(established), new ChangeContactDetailsCommand(
                        CONTACT, PersonalText.of(CONTACT, "neu@example.org"), null, ON)));
    }

    @Test
    void aContactIsEstablishedByTheOrganisationsTakingPartInItsPartnership() {
        acceptedFromThoseTakingPartAndCoordinators(Contact.class, List.of(), establishContact());
    }

    @Test
    void aContactIsNotEstablishedByOthers() {
        refusedToOthers(Contact.class, List.of(), establishContact());
    }

    @Test
    void aContactIsChangedByThoseTakingPartAndCoordinators() {
        for (MetaData allowed : List.of(TAKING_PART, COORDINATOR)) {
            fixtureOf(Contact.class).given(contactEstablished()).when(changeContact(), allowed)
                                    .expectSuccessfulHandlerExecution();
        }
    }

    /** A contact holds personal data: to a partner not taking part it does not exist, as for reads. */
    @Test
    void aContactIsHiddenFromPartnersNotTakingPart() {
        fixtureOf(Contact.class).given(contactEstablished()).when(changeContact(), Actors.partner("awo"))
                                .expectException(Refusals.hidden()).expectNoEvents();
    }

    @Test
    void aContactIsNotChangedByAuditorsAndViewers() {
        for (MetaData refused : List.of(Actors.as(Role.AUDITOR, ISB.value()), Actors.as(Role.VIEWER, ISB.value()))) {
            fixtureOf(Contact.class).given(contactEstablished()).when(changeContact(), refused)
                                    .expectException(Refusals.forbidden(PARTICIPANTS_ONLY)).expectNoEvents();
        }
    }

    private static Object establishContact() {
        return contactCommands().findFirst().orElseThrow().get()[2];
    }

    private static Object changeContact() {
        return contactCommands().skip(1).findFirst().orElseThrow().get()[2];
    }

    private static List<Object> contactEstablished() {
        return List.of(new ContactEstablishedEvent(
                CONTACT, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO, ContactRole.TOPIC, List.of(),
                PersonalText.of(CONTACT, "Beispiel"), null, null, null, ON));
    }

    static Stream<Arguments> agreementCommands() {
        AgreementSignedEvent signed = new AgreementSignedEvent(AGREEMENT, PLOVDIV, List.of(ISB), VALIDITY, ON);
        return Stream.of(
                Arguments.of("draft", List.of(), new DraftAgreementCommand(AGREEMENT, PLOVDIV, "Vereinbarung", ON)),
                Arguments.of("negotiate", List.of(DRAFTED), new NegotiateAgreementCommand(AGREEMENT, PLOVDIV, ON)),
                Arguments.of("sign", List.of(DRAFTED), new SignAgreementCommand(AGREEMENT, PLOVDIV, List.of(ISB),
                                                                                VALIDITY, ON)),
                Arguments.of("terminate", List.of(DRAFTED, signed), new TerminateAgreementCommand(AGREEMENT, PLOVDIV,
                                                                                                  ON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreementCommands")
    void anAgreementIsWorkedOnByTheOrganisationsTakingPartInItsPartnership(String name, List<Object> given,
                                                                           Object command) {
        acceptedFromThoseTakingPartAndCoordinators(Agreement.class, given, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreementCommands")
    void anAgreementIsNotWorkedOnByOthers(String name, List<Object> given, Object command) {
        refusedToOthers(Agreement.class, given, command);
    }

    /** The organisations taking part and coordinators succeed. */
    private static <T> void acceptedFromThoseTakingPartAndCoordinators(Class<T> type, List<Object> given,
                                                                        Object command) {
        for (MetaData allowed : List.of(TAKING_PART, COORDINATOR)) {
            fixtureOf(type).given(given).when(command, allowed).expectSuccessfulHandlerExecution();
        }
    }

    /** Everyone else (a partner not taking part, an auditor, a viewer) is refused with 403. */
    private static <T> void refusedToOthers(Class<T> type, List<Object> given, Object command) {
        for (MetaData refused : REFUSED) {
            fixtureOf(type).given(given).when(command, refused)
                           .expectException(Refusals.forbidden(PARTICIPANTS_ONLY)).expectNoEvents();
        }
    }

    @Test
    void anAgreementIsNotFoundUnderAnotherPartnership() {
        fixtureOf(Agreement.class).given(DRAFTED)
                                  .when(new NegotiateAgreementCommand(AGREEMENT, new PartnershipId("elsewhere"), ON),
                                        COORDINATOR)
                                  .expectException(Refusals.hidden()).expectNoEvents();
    }
}
