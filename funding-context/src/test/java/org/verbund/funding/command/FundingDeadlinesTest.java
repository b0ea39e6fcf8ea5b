package org.verbund.funding.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.FundingApplicationSubmittedEvent;
import org.verbund.funding.api.FundingApplicationWithdrawnEvent;
import org.verbund.funding.api.FundingDeadlineDroppedEvent;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.MeetFundingDeadlineCommand;
import org.verbund.funding.api.SetReportingDatesCommand;
import org.verbund.funding.api.SubmitFundingApplicationCommand;
import org.verbund.funding.api.WithdrawFundingApplicationCommand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.verbund.funding.command.FundingApplicationFixture.CALL_DEADLINE;
import static org.verbund.funding.command.FundingApplicationFixture.ID;
import static org.verbund.funding.command.FundingApplicationFixture.ON;
import static org.verbund.funding.command.FundingApplicationFixture.draftForCall;
import static org.verbund.funding.command.FundingApplicationFixture.draftedForCall;
import static org.verbund.funding.command.FundingApplicationFixture.historyUpTo;

/**
 * Deadlines of an application, its member: the call's submission deadline and the statements of use of an approved
 * project.
 */
class FundingDeadlinesTest {

    private static final OrganisationId LEAD = new OrganisationId("dez5");
    private static final LocalDate INTERIM = LocalDate.of(2015, 6, 30);
    private static final LocalDate FINAL = LocalDate.of(2019, 3, 31);
    private static final FundingDeadlineMetEvent FINAL_STATEMENT_MET = new FundingDeadlineMetEvent(
            ID, "final-statement", FINAL.minusDays(3));

    private FixtureConfiguration<FundingApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = FundingApplicationFixture.newFixture();
    }

    private static FundingDeadlineSetEvent submissionDeadline() {
        return new FundingDeadlineSetEvent(ID, "submission", DeadlineKind.SUBMISSION, CALL_DEADLINE, LEAD,
                                           "submission@" + CALL_DEADLINE, ON);
    }

    /** The end of the due day in the network's zone, when the deadline falls due. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(FundingDeadlines.NETWORK_ZONE).toInstant();
    }

    @Test
    void aDraftForAProgrammeWithAnOpenCallMustBeSubmittedByTheCallsDeadline() {
        fixture.givenNoPriorActivity()
               .when(draftForCall())
               .expectEvents(draftedForCall(), submissionDeadline())
               .expectScheduledDeadlineWithName(endOf(CALL_DEADLINE),
                                                FundingDeadlines.DEADLINE + "submission@" + CALL_DEADLINE);
    }

    @Test
    void submittingMeetsTheSubmissionDeadlineAndCancelsIt() {
        fixture.givenCommands(draftForCall())
               .when(new SubmitFundingApplicationCommand(ID, CALL_DEADLINE.minusDays(1)))
               .expectEvents(new FundingApplicationSubmittedEvent(ID, CALL_DEADLINE.minusDays(1)),
                             new FundingDeadlineMetEvent(ID, "submission", CALL_DEADLINE.minusDays(1)))
               .expectNoScheduledDeadlines();
    }

    @Test
    void anUnmetDeadlineFallsDueAtTheEndOfItsDayAndIsRecorded() {
        fixture.givenCurrentTime(Instant.parse("2014-09-01T08:00:00Z"))
               .andGivenCommands(draftForCall())
               .whenTimeAdvancesTo(endOf(CALL_DEADLINE).plusSeconds(1))
               .expectEvents(new FundingDeadlineFellDueEvent(ID, "submission", DeadlineKind.SUBMISSION,
                                                             CALL_DEADLINE, LEAD, CALL_DEADLINE.plusDays(1)))
               .expectTriggeredDeadlinesWithName(FundingDeadlines.DEADLINE + "submission@" + CALL_DEADLINE);
    }

    @Test
    void withdrawingDropsTheOpenDeadlines() {
        fixture.givenCommands(draftForCall())
               .when(new WithdrawFundingApplicationCommand(ID, ON))
               .expectEvents(new FundingApplicationWithdrawnEvent(ID, ON),
                             new FundingDeadlineDroppedEvent(ID, "submission", ON))
               .expectNoScheduledDeadlines();
    }

    @Test
    void anApprovedProjectGetsItsStatementsOfUseAsDeadlinesOfTheLeadApplicant() {
        fixture.given(historyUpTo(ApplicationStatus.APPROVED))
               .when(new SetReportingDatesCommand(ID, List.of(INTERIM), FINAL, ON))
               .expectEvents(new FundingDeadlineSetEvent(ID, "interim-statement-1", DeadlineKind.INTERIM_STATEMENT,
                                                         INTERIM, LEAD, "interim-statement-1@" + INTERIM, ON),
                             new FundingDeadlineSetEvent(ID, "final-statement", DeadlineKind.FINAL_STATEMENT,
                                                         FINAL, LEAD, "final-statement@" + FINAL, ON))
               .expectScheduledDeadlineWithName(endOf(FINAL), FundingDeadlines.DEADLINE + "final-statement@" + FINAL);
    }

    private static List<Object> runningWithFinalStatement(Object... more) {
        List<Object> given = new ArrayList<>(historyUpTo(ApplicationStatus.RUNNING));
        given.add(new FundingDeadlineSetEvent(ID, "final-statement", DeadlineKind.FINAL_STATEMENT, FINAL, LEAD,
                                              "final-statement@" + FINAL, ON));
        given.addAll(List.of(more));
        return given;
    }

    @Test
    void reportingDatesGivenAgainUnchangedRecordNothing() {
        fixture.given(runningWithFinalStatement())
               .when(new SetReportingDatesCommand(ID, List.of(), FINAL, ON)).expectNoEvents();
    }

    @Test
    void aMovedReportingDateIsScheduledAnew() {
        fixture.given(runningWithFinalStatement())
               .when(new SetReportingDatesCommand(ID, List.of(), FINAL.plusMonths(3), ON))
               .expectEvents(new FundingDeadlineSetEvent(ID, "final-statement", DeadlineKind.FINAL_STATEMENT,
                                                         FINAL.plusMonths(3), LEAD,
                                                         "final-statement@" + FINAL.plusMonths(3), ON));
    }

    @Test
    void reportingDatesAreRefusedBeforeTheApproval() {
        fixture.given(historyUpTo(ApplicationStatus.SUBMITTED))
               .when(new SetReportingDatesCommand(ID, List.of(INTERIM), FINAL, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void meetingADeadlineRecordsIt() {
        fixture.given(runningWithFinalStatement())
               .when(new MeetFundingDeadlineCommand(ID, "final-statement", FINAL.minusDays(3)))
               .expectEvents(new FundingDeadlineMetEvent(ID, "final-statement", FINAL.minusDays(3)));
    }

    @Test
    void aMetDeadlineCannotBeMetTwice() {
        fixture.given(runningWithFinalStatement(FINAL_STATEMENT_MET))
               .when(new MeetFundingDeadlineCommand(ID, "final-statement", FINAL))
               .expectException(RuleViolation.class).expectExceptionMessage("The deadline final-statement was met")
               .expectNoEvents();
    }

    @Test
    void aMetDeadlineCannotBeMoved() {
        fixture.given(runningWithFinalStatement(FINAL_STATEMENT_MET))
               .when(new SetReportingDatesCommand(ID, List.of(), FINAL.plusDays(1), ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aDeadlineTheApplicationDoesNotHaveCannotBeMet() {
        fixture.given(runningWithFinalStatement(FINAL_STATEMENT_MET))
               .when(new MeetFundingDeadlineCommand(ID, "no-such-deadline", FINAL))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aDeadlineMetLateAfterItFellDueIsMet() {
        fixture.given(draftedForCall(), submissionDeadline(),
                      new FundingDeadlineFellDueEvent(ID, "submission", DeadlineKind.SUBMISSION, CALL_DEADLINE, LEAD,
                                                      CALL_DEADLINE.plusDays(1)))
               .when(new SubmitFundingApplicationCommand(ID, CALL_DEADLINE.plusDays(2)))
               .expectEvents(new FundingApplicationSubmittedEvent(ID, CALL_DEADLINE.plusDays(2)),
                             new FundingDeadlineMetEvent(ID, "submission", CALL_DEADLINE.plusDays(2)));
    }
}
