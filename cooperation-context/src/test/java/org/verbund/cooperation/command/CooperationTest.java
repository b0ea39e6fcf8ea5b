package org.verbund.cooperation.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementNegotiationStartedEvent;
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.AgreementTerminatedEvent;
import org.verbund.cooperation.api.ChangeContactDetailsCommand;
import org.verbund.cooperation.api.ChangeGoalCommand;
import org.verbund.cooperation.api.ChangePartnershipStatusCommand;
import org.verbund.cooperation.api.ContactEstablishedEvent;
import org.verbund.cooperation.api.ContactRole;
import org.verbund.cooperation.api.DraftAgreementCommand;
import org.verbund.cooperation.api.EstablishContactCommand;
import org.verbund.cooperation.api.EstablishPartnershipCommand;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.HoldVisitCommand;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.LinkVisitFundingCommand;
import org.verbund.cooperation.api.NegotiateAgreementCommand;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipStatus;
import org.verbund.cooperation.api.PartnershipStatusChangedEvent;
import org.verbund.cooperation.api.PlanVisitCommand;
import org.verbund.cooperation.api.ProposeGoalCommand;
import org.verbund.cooperation.api.RecordVisitParticipantCommand;
import org.verbund.cooperation.api.RecordVisitTalkCommand;
import org.verbund.cooperation.api.SignAgreementCommand;
import org.verbund.cooperation.api.TerminateAgreementCommand;
import org.verbund.cooperation.api.VisitCancelledEvent;
import org.verbund.cooperation.api.VisitFundingLinkedEvent;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.cooperation.api.VisitParticipantRecordedEvent;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.cooperation.api.VisitTalkRecordedEvent;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.core.testing.Registries;
import org.verbund.funding.api.FundingApplicationId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules of partnerships, visits, contacts and agreements. */
class CooperationTest {

    static final PartnershipId PLOVDIV = new PartnershipId("dortmund-plovdiv");
    static final OrganisationId ISB = new OrganisationId("isb");
    static final FundingApplicationId ROMACT = new FundingApplicationId("report-2017-23");
    static final LocalDate ON = LocalDate.of(2017, 3, 20);
    static final Period MARCH_2017 = new Period(LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 24));

    /**
     * The other aggregates' answers: the Plovdiv partnership is open with the ISB taking part and has the March 2017
     * visit; the ROMACT application exists.
     */
    static final CooperationDirectory DIRECTORY = new CooperationDirectory() {
        @Override
        public Optional<Partners> partnership(PartnershipId partnershipId) {
            return partnershipId.equals(PLOVDIV) ? Optional.of(new Partners(Set.of(ISB), true)) : Optional.empty();
        }

        @Override
        public Optional<PartnershipId> partnershipOfVisit(VisitId visitId) {
            return visitId.equals(new VisitId("working-visit-2017-03")) ? Optional.of(PLOVDIV) : Optional.empty();
        }

        @Override
        public boolean isFundingApplication(FundingApplicationId applicationId) {
            return applicationId.equals(ROMACT);
        }
    };

    /** A fixture of {@code type} that knows the directory and the registry; commands come from a coordinator. */
    static <T> FixtureConfiguration<T> fixtureOf(Class<T> type) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerInjectableResource(DIRECTORY);
        fixture.registerInjectableResource(Registries.withCarriers(ISB.value(), "dez5", "awo"));
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
        return fixture;
    }

    static <T> void refused(ResultValidator<T> result, String code) {
        result.expectException(RuleViolation.class).expectException(new org.hamcrest.TypeSafeMatcher<Throwable>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && violation.code().equals(code);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("rule ").appendValue(code);
            }
        }).expectNoEvents();
    }

    @Nested
    class Partnerships {
        final FixtureConfiguration<Partnership> fixture = fixtureOf(Partnership.class);
        final PartnershipEstablishedEvent established = new PartnershipEstablishedEvent(
                PLOVDIV, "Plovdiv", "Bulgarien", List.of(ISB), LocalDate.of(2015, 2, 1));

        @Test
        void aPartnershipStartsExploringWithTheOrganisationsTakingPart() {
            fixture.givenNoPriorActivity()
                   .when(new EstablishPartnershipCommand(PLOVDIV, "Plovdiv", "Bulgarien", List.of(ISB, ISB),
                                                         LocalDate.of(2015, 2, 1)))
                   .expectEvents(established);
            refused(fixture.givenNoPriorActivity().when(new EstablishPartnershipCommand(
                    PLOVDIV, "Plovdiv", "Bulgarien", List.of(), ON)), "partnership.participants-required");
            refused(fixture.givenNoPriorActivity().when(new EstablishPartnershipCommand(
                    PLOVDIV, " ", "Bulgarien", List.of(ISB), ON)), "partnership.city-and-country-required");
        }

        @Test
        void itsStatusMovesOnlyAlongTheAllowedPathsAndAnEndedOneChangesNoMore() {
            fixture.given(established).when(new ChangePartnershipStatusCommand(PLOVDIV, PartnershipStatus.ACTIVE, ON))
                   .expectEvents(new PartnershipStatusChangedEvent(PLOVDIV, PartnershipStatus.ACTIVE, ON));
            refused(fixture.given(established)
                           .when(new ChangePartnershipStatusCommand(PLOVDIV, PartnershipStatus.SUSPENDED, ON)),
                    "partnership.status-not-allowed");
            PartnershipStatusChangedEvent ended = new PartnershipStatusChangedEvent(PLOVDIV, PartnershipStatus.ENDED,
                                                                                    ON);
            refused(fixture.given(established, ended)
                           .when(new ChangePartnershipStatusCommand(PLOVDIV, PartnershipStatus.ACTIVE, ON)),
                    "partnership.status-not-allowed");
            refused(fixture.given(established, ended).when(new ProposeGoalCommand(PLOVDIV, "g1", "Austausch", ON)),
                    "partnership.ended");
        }

        @Test
        void goalsAreProposedAgreedAndAchievedOrDropped() {
            GoalProposedEvent proposed = new GoalProposedEvent(PLOVDIV, "g1", "Fachkräfteaustausch", ON);
            fixture.given(established).when(new ProposeGoalCommand(PLOVDIV, "g1", "Fachkräfteaustausch", ON))
                   .expectEvents(proposed);
            fixture.given(established, proposed).when(new ChangeGoalCommand(PLOVDIV, "g1", GoalState.AGREED, ON))
                   .expectEvents(new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.AGREED, ON));
            refused(fixture.given(established, proposed).when(new ChangeGoalCommand(PLOVDIV, "g1", GoalState.ACHIEVED,
                                                                                    ON)), "goal.state-not-allowed");
            refused(fixture.given(established, proposed, new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.DROPPED,
                                                                                   ON))
                           .when(new ChangeGoalCommand(PLOVDIV, "g1", GoalState.AGREED, ON)), "goal.state-not-allowed");
            refused(fixture.given(established).when(new ChangeGoalCommand(PLOVDIV, "g9", GoalState.AGREED, ON)),
                    "goal.unknown");
            refused(fixture.given(established, proposed).when(new ProposeGoalCommand(PLOVDIV, "g1", "noch mal", ON)),
                    "goal.id-taken");
        }
    }

    @Nested
    class Visits {
        final FixtureConfiguration<Visit> fixture = fixtureOf(Visit.class);
        final VisitId visit = new VisitId("working-visit-2017-03");
        final VisitPlannedEvent planned = new VisitPlannedEvent(visit, PLOVDIV, VisitKind.WORKING_VISIT, MARCH_2017,
                                                                List.of("Sofia", "Plovdiv"), List.of(ISB), null,
                                                                LocalDate.of(2017, 1, 10));

        @Test
        void aVisitBelongsToAnOpenPartnershipAndIsPaidFromAKnownApplication() {
            fixture.givenNoPriorActivity()
                   .when(new PlanVisitCommand(visit, PLOVDIV, VisitKind.WORKING_VISIT, MARCH_2017,
                                              List.of("Sofia", "Plovdiv"), List.of(ISB), null, LocalDate.of(2017, 1, 10)))
                   .expectEvents(planned);
            refused(fixture.givenNoPriorActivity().when(new PlanVisitCommand(
                    visit, new PartnershipId("nowhere"), VisitKind.WORKING_VISIT, MARCH_2017, null, null, null, ON)),
                    "visit.unknown-partnership");
            refused(fixture.givenNoPriorActivity().when(new PlanVisitCommand(
                    visit, PLOVDIV, VisitKind.WORKING_VISIT, MARCH_2017, null, null,
                    new FundingApplicationId("unknown"), ON)), "visit.unknown-funding-application");
            fixture.given(planned).when(new LinkVisitFundingCommand(visit, ROMACT, ON))
                   .expectEvents(new VisitFundingLinkedEvent(visit, ROMACT, ON));
            fixture.given(planned, new VisitFundingLinkedEvent(visit, ROMACT, ON))
                   .when(new LinkVisitFundingCommand(visit, ROMACT, ON)).expectNoEvents();
        }

        @Test
        void talksAreRecordedOnceTheVisitWasHeldAndNothingHappensOnACancelledOne() {
            refused(fixture.given(planned).when(new RecordVisitTalkCommand(
                    visit, "t1", "Deutsche Botschaft Sofia", InstitutionLevel.STATE, "Kooperation", ON)),
                    "visit.not-held");
            VisitHeldEvent held = new VisitHeldEvent(visit, PLOVDIV, ON);
            fixture.given(planned).when(new HoldVisitCommand(visit, ON)).expectEvents(held);
            fixture.given(planned, held).when(new RecordVisitTalkCommand(
                            visit, "t1", "NCCEII", InstitutionLevel.STATE, "Unterstützung", ON))
                   .expectEvents(new VisitTalkRecordedEvent(visit, "t1", "NCCEII", InstitutionLevel.STATE,
                                                            "Unterstützung", ON));
            refused(fixture.given(planned, new VisitCancelledEvent(visit, ON)).when(new HoldVisitCommand(visit, ON)),
                    "visit.not-planned");
            PersonRef person = PersonRef.of("person-7");
            refused(fixture.given(planned, new VisitCancelledEvent(visit, ON)).when(new RecordVisitParticipantCommand(
                    visit, person, PersonalText.of(person, "Name"), ISB, ON)), "visit.cancelled");
        }

        @Test
        void aParticipantsNameIsTheirOwnPersonalData() {
            PersonRef person = PersonRef.of("person-7");
            fixture.given(planned).when(new RecordVisitParticipantCommand(
                            visit, person, PersonalText.of(person, "Beispiel"), ISB, ON))
                   .expectEvents(new VisitParticipantRecordedEvent(visit, person, PersonalText.of(person, "Beispiel"),
                                                                   ISB, ON));
            refused(fixture.given(planned).when(new RecordVisitParticipantCommand(
                    visit, person, PersonalText.of(PersonRef.of("someone-else"), "Beispiel"), ISB, ON)),
                    "personal-data.wrong-subject");
        }
    }

    @Nested
    class Contacts {
        final FixtureConfiguration<Contact> fixture = fixtureOf(Contact.class);
        final PersonRef contact = PersonRef.of("contact-1");

        EstablishContactCommand establish(PersonalText name) {
            return new EstablishContactCommand(contact, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO,
                                               ContactRole.COORDINATION, List.of("Rückkehrberatung"), name,
                                               PersonalText.of(contact, "kontakt@example.org"), null, null, ON);
        }

        @Test
        void aContactHasAnInstitutionARoleAndANameThatAreItsOwn() {
            fixture.givenNoPriorActivity().when(establish(PersonalText.of(contact, "Beispiel Kontakt")))
                   .expectEvents(new ContactEstablishedEvent(contact, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO,
                                                             ContactRole.COORDINATION, List.of("Rückkehrberatung"),
                                                             PersonalText.of(contact, "Beispiel Kontakt"),
                                                             PersonalText.of(contact, "kontakt@example.org"), null,
                                                             null, ON));
            refused(fixture.givenNoPriorActivity().when(establish(null)), "contact.name-required");
            refused(fixture.givenNoPriorActivity().when(establish(PersonalText.of(PersonRef.of("other"), "X"))),
                    "personal-data.wrong-subject");
        }

        @Test
        void detailsChangeOnlyWithSomethingNew() {
            ContactEstablishedEvent established = new ContactEstablishedEvent(
                    contact, PLOVDIV, "NGO Amalipe", InstitutionLevel.NGO, ContactRole.TOPIC, List.of(),
                    PersonalText.of(contact, "Beispiel"), null, null, null, ON);
            refused(fixture.given(established).when(new ChangeContactDetailsCommand(contact, null, null, ON)),
                    "contact.details-required");
        }
    }

    @Nested
    class Agreements {
        final FixtureConfiguration<Agreement> fixture = fixtureOf(Agreement.class);
        final AgreementId agreement = new AgreementId("agreement-1");
        final AgreementDraftedEvent drafted = new AgreementDraftedEvent(agreement, PLOVDIV,
                                                                        "Kooperationsvereinbarung", ON);
        final Period validity = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31));

        @Test
        void anAgreementIsDraftedNegotiatedSignedAndTerminated() {
            fixture.givenNoPriorActivity().when(new DraftAgreementCommand(agreement, PLOVDIV, "Kooperationsvereinbarung",
                                                                          ON)).expectEvents(drafted);
            fixture.given(drafted).when(new NegotiateAgreementCommand(agreement, PLOVDIV, ON))
                   .expectEvents(new AgreementNegotiationStartedEvent(agreement, PLOVDIV, ON));
            AgreementSignedEvent signed = new AgreementSignedEvent(agreement, PLOVDIV, List.of(ISB), validity, ON);
            fixture.given(drafted, new AgreementNegotiationStartedEvent(agreement, PLOVDIV, ON))
                   .when(new SignAgreementCommand(agreement, PLOVDIV, List.of(ISB), validity, ON)).expectEvents(signed);
            fixture.given(drafted, signed).when(new TerminateAgreementCommand(agreement, PLOVDIV, ON))
                   .expectEvents(new AgreementTerminatedEvent(agreement, PLOVDIV, ON));
        }

        @Test
        void signingNeedsSignatoriesAndAValidityAndHappensOnce() {
            refused(fixture.given(drafted).when(new SignAgreementCommand(agreement, PLOVDIV, List.of(), validity, ON)),
                    "agreement.signatories-and-validity-required");
            refused(fixture.given(drafted).when(new SignAgreementCommand(agreement, PLOVDIV, List.of(ISB), null, ON)),
                    "agreement.signatories-and-validity-required");
            AgreementSignedEvent signed = new AgreementSignedEvent(agreement, PLOVDIV, List.of(ISB), validity, ON);
            refused(fixture.given(drafted, signed).when(new SignAgreementCommand(agreement, PLOVDIV, List.of(ISB), validity,
                                                                                 ON)),
                    "agreement.transition-not-allowed");
            refused(fixture.given(drafted).when(new TerminateAgreementCommand(agreement, PLOVDIV, ON)),
                    "agreement.transition-not-allowed");
            refused(fixture.givenNoPriorActivity().when(new DraftAgreementCommand(agreement,
                                                                                  new PartnershipId("nowhere"), "x",
                                                                                  ON)),
                    "agreement.unknown-partnership");
        }
    }
}
