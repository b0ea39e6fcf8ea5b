package org.verbund.workshop.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbund.workshop.api.FindMeetingInFullQuery;
import org.verbund.workshop.api.FindMeetingQuery;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.MinutesAmendedEvent;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.MinutesApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionProposedEvent;
import org.verbund.workshop.api.MinutesDraftedEvent;
import org.verbund.workshop.api.MinutesState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.workshop.query.ReadModelStore.apply;
import static org.verbund.workshop.query.WorkshopHistory.AWO;
import static org.verbund.workshop.query.WorkshopHistory.CARITAS;
import static org.verbund.workshop.query.WorkshopHistory.GROUP;
import static org.verbund.workshop.query.WorkshopHistory.MEETING;
import static org.verbund.workshop.query.WorkshopHistory.MEMBER;
import static org.verbund.workshop.query.WorkshopHistory.ON;
import static org.verbund.workshop.query.WorkshopHistory.OUTSIDER;
import static org.verbund.workshop.query.WorkshopHistory.attended;
import static org.verbund.workshop.query.WorkshopHistory.challenge;
import static org.verbund.workshop.query.WorkshopHistory.decided;
import static org.verbund.workshop.query.WorkshopHistory.scheduled;
import static org.verbund.workshop.query.WorkshopHistory.setUp;

/** The meetings read model on the embedded store: what each reader sees of a meeting. */
class MeetingsProjectionTest {

    private final ReadModelStore store = new ReadModelStore();
    private final WorkingGroupsProjection groups = new WorkingGroupsProjection(store.database);
    private final MeetingsProjection meetings = new MeetingsProjection(store.database, store.personalDataKeys(),
                                                                       groups, store.updates);

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void keepsEachOutcomeOnceAndTheVersionOfTheLastEvent() {
        held(true);
        apply(meetings, MEETING, 3, challenge("c1"));
        apply(meetings, MEETING, 3, challenge("c1")); // delivered again

        MeetingView meeting = meetings.handle(new FindMeetingQuery(MEETING, MEMBER));
        assertThat(meeting.challenges()).hasSize(1);
        assertThat(meeting.version()).isEqualTo(3);
        assertThat(meeting.attendance()).containsOnlyKeys(CARITAS.value());
    }

    @Test
    void keepsEveryVersionOfTheMinutesAndTheirCorrections() {
        held(true);
        minutesApprovedAndCorrected();

        MeetingView.Minutes minutes = meetings.handle(new FindMeetingQuery(MEETING, MEMBER)).minutes();
        assertThat(minutes.state()).isEqualTo(MinutesState.APPROVED);
        assertThat(minutes.text()).isEqualTo("Protokoll, ergänzt");
        assertThat(minutes.versions()).extracting(MeetingView.Version::amendmentId).containsExactly(null, "m1");
        assertThat(minutes.corrections()).extracting(MeetingView.Correction::approved).containsExactly(true, false);
    }

    @Test
    void outsidersOfAPublishingGroupSeeTheApprovedMinutesAndDecisionsOnly() {
        held(true);
        apply(meetings, MEETING, 3, decided());
        minutesApprovedAndCorrected();

        MeetingView published = meetings.handle(new FindMeetingQuery(MEETING, OUTSIDER));
        assertThat(published.attendance()).isEmpty();
        assertThat(published.decisions()).hasSize(1);
        assertThat(published.minutes().versions()).isEmpty();
        assertThat(published.minutes().corrections()).hasSize(1);
        assertThat(meetings.handle(new FindMeetingInFullQuery(MEETING, OUTSIDER))).isNull();
    }

    @Test
    void outsidersSeeNoDecisionBeforeTheMinutesAreApproved() {
        held(true);
        apply(meetings, MEETING, 3, decided());

        assertThat(meetings.handle(new FindMeetingQuery(MEETING, OUTSIDER)).decisions()).isEmpty();
    }

    @Test
    void aMeetingOfAGroupThatDoesNotPublishIsWholeToAttendeesAndHiddenFromOthers() {
        held(false);

        assertThat(meetings.handle(new FindMeetingQuery(MEETING, OUTSIDER))).isNull();
        apply(meetings, MEETING, 3, attended(AWO));
        assertThat(meetings.handle(new FindMeetingInFullQuery(MEETING, OUTSIDER)).attendance())
                .containsOnlyKeys(CARITAS.value(), AWO.value());
    }

    /** The group set up, the meeting scheduled (0), held (1) with a Caritas attendee (2). */
    private void held(boolean publishing) {
        apply(groups, GROUP, 0, setUp(publishing));
        apply(meetings, MEETING, 0, scheduled());
        apply(meetings, MEETING, 1, WorkshopHistory.held());
        apply(meetings, MEETING, 2, attended(CARITAS));
    }

    private void minutesApprovedAndCorrected() {
        apply(meetings, MEETING, 10, new MinutesDraftedEvent(MEETING, "Protokoll", ON));
        apply(meetings, MEETING, 11, new MinutesAmendedEvent(MEETING, "m1", CARITAS, "Protokoll, ergänzt", ON));
        apply(meetings, MEETING, 12, new MinutesApprovedEvent(MEETING, GROUP, MinutesApproval.LEADING_ORGANISATION,
                                                              null, "Protokoll, ergänzt", ON));
        apply(meetings, MEETING, 13, new MinutesCorrectionProposedEvent(MEETING, "k1", "minutes", "a", "b", ON));
        apply(meetings, MEETING, 14, new MinutesCorrectionProposedEvent(MEETING, "k2", "minutes", "c", "d", ON));
        apply(meetings, MEETING, 15, new MinutesCorrectionApprovedEvent(
                MEETING, GROUP, "k1", MinutesApproval.LEADING_ORGANISATION, null, ON));
    }
}
