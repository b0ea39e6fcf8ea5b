package org.verbund.workshop.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.testing.Actors;
import org.verbund.workshop.api.AmendMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCorrectionCommand;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.MinutesAmendedEvent;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.MinutesApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionProposedEvent;
import org.verbund.workshop.api.ProposeMinutesCorrectionCommand;

import static org.verbund.workshop.command.MeetingFixture.CARITAS;
import static org.verbund.workshop.command.MeetingFixture.GROUP;
import static org.verbund.workshop.command.MeetingFixture.MEETING;
import static org.verbund.workshop.command.MeetingFixture.MIA_DO_KI;
import static org.verbund.workshop.command.MeetingFixture.NEXT_MEETING;
import static org.verbund.workshop.command.MeetingFixture.ON;
import static org.verbund.workshop.command.MeetingFixture.approved;
import static org.verbund.workshop.command.MeetingFixture.drafted;
import static org.verbund.workshop.command.MeetingFixture.held;
import static org.verbund.workshop.command.MeetingFixture.refused;
import static org.verbund.workshop.command.MeetingFixture.scheduled;
import static org.verbund.workshop.command.MeetingMinutes.APPROVED_MINUTES;

/**
 * A meeting's minutes: drafted after the meeting, amended only by the organisations that attended, approved with the
 * text they then have and frozen; corrections point at what they correct and need their own approval.
 */
class MeetingMinutesTest {

    private static final MinutesAmendedEvent AMENDED = new MinutesAmendedEvent(MEETING, "m1", CARITAS,
                                                                               "Protokoll, ergänzt", ON);
    private static final MinutesCorrectionProposedEvent PROPOSED = new MinutesCorrectionProposedEvent(
            MEETING, "k1", APPROVED_MINUTES, "Termin 12.07.", "Termin 19.07.", ON.plusDays(40));

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = MeetingFixture.meetings(new MeetingFixture.Directory());
    }

    @Test
    void minutesWaitUntilTheMeetingIsHeld() {
        refused(fixture.given(scheduled()).when(new DraftMinutesCommand(MEETING, "Protokoll", ON)), "meeting.not-held");
    }

    @Test
    void minutesAreDraftedAfterTheMeeting() {
        fixture.given(held()).when(new DraftMinutesCommand(MEETING, "Protokoll Workshop 1", ON.plusDays(2)))
               .expectEvents(drafted());
    }

    @Test
    void minutesAreDraftedOnce() {
        refused(fixture.given(held(drafted())).when(new DraftMinutesCommand(MEETING, "noch eins", ON)),
                "minutes.already-drafted");
    }

    @Test
    void anOrganisationThatAttendedAmendsTheDraft() {
        fixture.given(held(drafted()))
               .when(new AmendMinutesCommand(MEETING, "m1", "Protokoll, ergänzt", ON), Actors.partner(CARITAS.value()))
               .expectEvents(AMENDED);
    }

    @Test
    void anOrganisationThatDidNotAttendDoesNotAmend() {
        refused(fixture.given(held(drafted()))
                       .when(new AmendMinutesCommand(MEETING, "m1", "anders", ON), Actors.partner(MIA_DO_KI.value())),
                "minutes.only-attendees-amend");
    }

    @Test
    void thereIsNoDraftToAmendBeforeTheMinutesAreDrafted() {
        refused(fixture.given(held()).when(new AmendMinutesCommand(MEETING, "m1", "anders", ON),
                                           Actors.partner(CARITAS.value())),
                "minutes.not-drafted");
    }

    @Test
    void approvedMinutesCarryTheTextTheDraftHasThen() {
        fixture.given(held(drafted(), AMENDED))
               .when(new ApproveMinutesCommand(MEETING, MinutesApproval.NEXT_MEETING, NEXT_MEETING, ON.plusDays(30)))
               .expectEvents(new MinutesApprovedEvent(MEETING, GROUP, MinutesApproval.NEXT_MEETING, NEXT_MEETING,
                                                      "Protokoll, ergänzt", ON.plusDays(30)));
    }

    @Test
    void approvalAtTheNextMeetingNamesThatMeeting() {
        refused(fixture.given(held(drafted())).when(new ApproveMinutesCommand(MEETING, MinutesApproval.NEXT_MEETING,
                                                                             null, ON)),
                "minutes.next-meeting-required");
    }

    @Test
    void approvedMinutesAreNotAmended() {
        refused(fixture.given(held(drafted(), approved()))
                       .when(new AmendMinutesCommand(MEETING, "m2", "still ändern", ON),
                             Actors.partner(CARITAS.value())), "minutes.frozen");
    }

    @Test
    void approvedMinutesAreNotApprovedAgain() {
        refused(fixture.given(held(drafted(), approved()))
                       .when(new ApproveMinutesCommand(MEETING, MinutesApproval.LEADING_ORGANISATION, null, ON)),
                "minutes.frozen");
    }

    @Test
    void onlyApprovedMinutesAreCorrected() {
        refused(fixture.given(held(drafted())).when(new ProposeMinutesCorrectionCommand(
                MEETING, "k1", APPROVED_MINUTES, "x", "y", ON)), "minutes.not-approved");
    }

    @Test
    void aCorrectionOfTheApprovedMinutesIsProposed() {
        fixture.given(held(drafted(), approved()))
               .when(new ProposeMinutesCorrectionCommand(MEETING, "k1", APPROVED_MINUTES, "Termin 12.07.",
                                                         "Termin 19.07.", ON.plusDays(40)))
               .expectEvents(PROPOSED);
    }

    @Test
    void aCorrectionPointsAtTheMinutesOrAnEarlierCorrection() {
        refused(fixture.given(held(drafted(), approved()))
                       .when(new ProposeMinutesCorrectionCommand(MEETING, "k1", "k0", "x", "y", ON)),
                "correction.unknown-target");
    }

    @Test
    void aCorrectionIsApprovedOnItsOwn() {
        fixture.given(held(drafted(), approved(), PROPOSED))
               .when(new ApproveMinutesCorrectionCommand(MEETING, "k1", MinutesApproval.LEADING_ORGANISATION, null,
                                                         ON.plusDays(41)))
               .expectEvents(new MinutesCorrectionApprovedEvent(MEETING, GROUP, "k1",
                                                                MinutesApproval.LEADING_ORGANISATION, null,
                                                                ON.plusDays(41)));
    }

    @Test
    void aCorrectionIsApprovedOnce() {
        refused(fixture.given(held(drafted(), approved(), PROPOSED, new MinutesCorrectionApprovedEvent(
                        MEETING, GROUP, "k1", MinutesApproval.LEADING_ORGANISATION, null, ON)))
                        .when(new ApproveMinutesCorrectionCommand(MEETING, "k1", MinutesApproval.LEADING_ORGANISATION,
                                                                  null, ON)), "correction.already-approved");
    }

    @Test
    void anUnknownCorrectionIsNotApproved() {
        refused(fixture.given(held(drafted(), approved()))
                       .when(new ApproveMinutesCorrectionCommand(MEETING, "k9", MinutesApproval.LEADING_ORGANISATION,
                                                                 null, ON)), "correction.unknown");
    }

    @Test
    void aCorrectionCorrectsAnEarlierCorrection() {
        fixture.given(held(drafted(), approved(), PROPOSED))
               .when(new ProposeMinutesCorrectionCommand(MEETING, "k2", "k1", "19.07.", "20.07.", ON))
               .expectEvents(new MinutesCorrectionProposedEvent(MEETING, "k2", "k1", "19.07.", "20.07.", ON));
    }
}
