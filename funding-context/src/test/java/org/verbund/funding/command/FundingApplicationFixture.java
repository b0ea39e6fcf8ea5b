package org.verbund.funding.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.testing.Actors;
import org.verbund.core.testing.Registries;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.CloseFundedProjectCommand;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.FundedProjectClosedEvent;
import org.verbund.funding.api.FundedProjectStartedEvent;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationRejectedEvent;
import org.verbund.funding.api.FundingApplicationSubmittedEvent;
import org.verbund.funding.api.FundingApplicationWithdrawnEvent;
import org.verbund.funding.api.FundingApprovalPromisedEvent;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LeadAttribution;
import org.verbund.funding.api.PromiseFundingApprovalCommand;
import org.verbund.funding.api.RejectFundingApplicationCommand;
import org.verbund.funding.api.StartFundedProjectCommand;
import org.verbund.funding.api.SubmitFundingApplicationCommand;
import org.verbund.funding.api.WithdrawFundingApplicationCommand;

import java.time.LocalDate;
import java.util.List;

/** One application of the report's table, its commands and events, and the events that bring it to each status. */
final class FundingApplicationFixture {

    static final FundingApplicationId ID = new FundingApplicationId("esf-dual-study-2014");
    static final LocalDate ON = LocalDate.of(2014, 9, 1);
    static final Money REQUESTED = Money.of("75830.00");

    /** A programme whose call must be answered by {@link #CALL_DEADLINE}. */
    static final FundingProgrammeId CALL_PROGRAMME = new FundingProgrammeId("land-call-2014");
    static final LocalDate CALL_DEADLINE = LocalDate.of(2014, 9, 15);
    static final FundingApplicationId APPROVED_PREDECESSOR = new FundingApplicationId("approved-2012");
    static final FundingApplicationId DRAFT_PREDECESSOR = new FundingApplicationId("draft-2012");

    /** What the read model would answer about programmes and other applications. */
    static final class Register implements FundingProgrammes, FundingApplications {

        @Override
        public boolean exists(FundingProgrammeId programmeId) {
            return programmeId.value().equals("land-esf") || programmeId.equals(CALL_PROGRAMME);
        }

        @Override
        public java.util.Optional<org.verbund.funding.api.FundingCall> openCall(FundingProgrammeId programmeId,
                                                                                 LocalDate on) {
            return programmeId.equals(CALL_PROGRAMME)
                    ? java.util.Optional.of(new org.verbund.funding.api.FundingCall("call 2014", CALL_DEADLINE))
                    : java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<ApplicationStatus> statusOf(FundingApplicationId applicationId) {
            if (applicationId.equals(APPROVED_PREDECESSOR)) {
                return java.util.Optional.of(ApplicationStatus.APPROVED);
            }
            return applicationId.equals(DRAFT_PREDECESSOR) ? java.util.Optional.of(ApplicationStatus.DRAFT)
                                                           : java.util.Optional.empty();
        }
    }

    /** The lead applicant of {@link #draft()}, its implementing partner, and another carrier of the network. */
    static final String LEAD = "dez5";
    static final String PARTNER = "fh-do";
    static final String OUTSIDER = "awo";

    /**
     * A fixture for applications that knows the programmes and applications above and the organisations of the
     * network; a command that names no actor is sent by a coordinator.
     */
    static FixtureConfiguration<FundingApplication> newFixture() {
        FixtureConfiguration<FundingApplication> fixture = new AggregateTestFixture<>(FundingApplication.class);
        fixture.registerInjectableResource(new Register());
        fixture.registerInjectableResource(Registries.withCarriers(LEAD, PARTNER, OUTSIDER, "cv"));
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
        return fixture;
    }

    /** A draft for the programme with an open call. */
    static DraftFundingApplicationCommand draftForCall() {
        DraftFundingApplicationCommand draft = draft();
        return new DraftFundingApplicationCommand(ID, CALL_PROGRAMME, draft.title(), draft.leadApplicant(),
                                                  draft.partners(), draft.requestedAmount(), draft.period(),
                                                  draft.positions(), draft.leadAttribution(), ON);
    }

    static FundingApplicationDraftedEvent draftedForCall() {
        FundingApplicationDraftedEvent drafted = drafted();
        return new FundingApplicationDraftedEvent(ID, CALL_PROGRAMME, drafted.title(), drafted.leadApplicant(),
                                                  drafted.partners(), drafted.requestedAmount(), drafted.period(),
                                                  drafted.positions(), drafted.leadAttribution(), ON);
    }

    static DraftFundingApplicationCommand draftExtending(FundingApplicationId predecessor) {
        DraftFundingApplicationCommand draft = draft();
        return new DraftFundingApplicationCommand(ID, draft.programmeId(), draft.title(), draft.leadApplicant(),
                                                  draft.partners(), draft.requestedAmount(), draft.period(),
                                                  draft.positions(), draft.leadAttribution(), ON, predecessor);
    }

    static DraftFundingApplicationCommand draft() {
        return new DraftFundingApplicationCommand(ID, new FundingProgrammeId("land-esf"), "Dualer Studiengang Soziale Arbeit",
                new OrganisationId("dez5"), List.of(new ImplementingPartner(new OrganisationId("fh-do"), null,
                                                                           FteShare.of("0.5"))),
                REQUESTED, new Period(LocalDate.of(2014, 10, 1), LocalDate.of(2018, 9, 30)), FteShare.of("2.5"),
                LeadAttribution.LEAD, ON);
    }

    static FundingApplicationDraftedEvent drafted() {
        DraftFundingApplicationCommand draft = draft();
        return new FundingApplicationDraftedEvent(ID, draft.programmeId(), draft.title(), draft.leadApplicant(),
                                                  draft.partners(), draft.requestedAmount(), draft.period(),
                                                  draft.positions(), draft.leadAttribution(), ON);
    }

    static Object command(FundingApplication.Transition transition) {
        return switch (transition) {
            case SUBMIT -> new SubmitFundingApplicationCommand(ID, ON);
            case PROMISE_APPROVAL -> new PromiseFundingApprovalCommand(ID, ON);
            case APPROVE -> new ApproveFundingApplicationCommand(ID, null, ON);
            case START -> new StartFundedProjectCommand(ID, ON);
            case CLOSE -> new CloseFundedProjectCommand(ID, ON);
            case REJECT -> new RejectFundingApplicationCommand(ID, ON);
            case WITHDRAW -> new WithdrawFundingApplicationCommand(ID, ON);
        };
    }

    static Object event(FundingApplication.Transition transition) {
        return switch (transition) {
            case SUBMIT -> new FundingApplicationSubmittedEvent(ID, ON);
            case PROMISE_APPROVAL -> new FundingApprovalPromisedEvent(ID, ON);
            case APPROVE -> new FundingApplicationApprovedEvent(ID, REQUESTED, ON);
            case START -> new FundedProjectStartedEvent(ID, ON);
            case CLOSE -> new FundedProjectClosedEvent(ID, ON);
            case REJECT -> new FundingApplicationRejectedEvent(ID, ON);
            case WITHDRAW -> new FundingApplicationWithdrawnEvent(ID, ON);
        };
    }

    /** The history of an application that is now in {@code status}. */
    static List<Object> historyUpTo(ApplicationStatus status) {
        Object submitted = event(FundingApplication.Transition.SUBMIT);
        Object approved = event(FundingApplication.Transition.APPROVE);
        return switch (status) {
            case DRAFT -> List.of(drafted());
            case SUBMITTED -> List.of(drafted(), submitted);
            case APPROVAL_PROMISED -> List.of(drafted(), submitted, event(FundingApplication.Transition.PROMISE_APPROVAL));
            case APPROVED -> List.of(drafted(), submitted, approved);
            case RUNNING -> List.of(drafted(), submitted, approved, event(FundingApplication.Transition.START));
            case CLOSED -> List.of(drafted(), submitted, approved, event(FundingApplication.Transition.CLOSE));
            case REJECTED -> List.of(drafted(), submitted, event(FundingApplication.Transition.REJECT));
            case WITHDRAWN -> List.of(drafted(), event(FundingApplication.Transition.WITHDRAW));
        };
    }

    private FundingApplicationFixture() {
    }
}
