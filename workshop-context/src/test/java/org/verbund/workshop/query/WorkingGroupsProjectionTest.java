package org.verbund.workshop.query;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbund.workshop.api.FindOwnWorkingGroupQuery;
import org.verbund.workshop.api.FindWorkingGroupQuery;
import org.verbund.workshop.api.FindWorkingGroupsQuery;
import org.verbund.workshop.api.MeetingHeldEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingScheduledEvent;
import org.verbund.workshop.api.MeetingStatus;
import org.verbund.workshop.api.MemberAdmittedEvent;
import org.verbund.workshop.api.MemberRemovedEvent;
import org.verbund.workshop.api.WorkingGroupView;

import java.time.Clock;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.workshop.query.ReadModelStore.apply;
import static org.verbund.workshop.query.WorkshopHistory.AWO;
import static org.verbund.workshop.query.WorkshopHistory.GROUP;
import static org.verbund.workshop.query.WorkshopHistory.MEETING;
import static org.verbund.workshop.query.WorkshopHistory.MEMBER;
import static org.verbund.workshop.query.WorkshopHistory.ON;
import static org.verbund.workshop.query.WorkshopHistory.OUTSIDER;
import static org.verbund.workshop.query.WorkshopHistory.STARTS_AT;
import static org.verbund.workshop.query.WorkshopHistory.held;
import static org.verbund.workshop.query.WorkshopHistory.scheduled;
import static org.verbund.workshop.query.WorkshopHistory.setUp;

/** The working groups read model on the embedded store. */
class WorkingGroupsProjectionTest {

    private final ReadModelStore store = new ReadModelStore();
    /** The day before the first workshop: it is upcoming. */
    private final Clock clock = Clock.fixed(STARTS_AT.minusDays(1).atZone(ZoneId.systemDefault()).toInstant(),
                                            ZoneId.systemDefault());
    private final WorkingGroupsProjection groups = new WorkingGroupsProjection(store.database, clock);
    private final MeetingsProjection meetings = new MeetingsProjection(store.database, store.personalDataKeys(),
                                                                       groups, store.updates);

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void keepsTheMembersWithTheirDatesAndIgnoresEventsSeenBefore() {
        apply(groups, GROUP, 0, setUp(true));
        apply(groups, GROUP, 1, new MemberAdmittedEvent(GROUP, AWO, ON));
        apply(groups, GROUP, 2, new MemberRemovedEvent(GROUP, AWO, ON.plusDays(1)));
        // delivered again, as after a restart between handling and storing the token
        apply(groups, GROUP, 1, new MemberAdmittedEvent(GROUP, AWO, ON));

        WorkingGroupView group = groups.handle(new FindWorkingGroupQuery(GROUP, MEMBER));
        assertThat(group.version()).isEqualTo(2);
        assertThat(group.members()).extracting(WorkingGroupView.Member::organisation)
                                   .containsExactly(WorkshopHistory.MIA_DO_KI, WorkshopHistory.CARITAS, AWO);
        assertThat(group.members().get(2).leftOn()).isEqualTo(ON.plusDays(1));
    }

    @Test
    void listsTheGroupsMeetingsAndTheScheduledOnesAsUpcoming() {
        apply(groups, GROUP, 0, setUp(true));
        MeetingId later = new MeetingId("workshop-2");
        apply(meetings, MEETING, 0, scheduled());
        apply(meetings, later, 0, new MeetingScheduledEvent(later, GROUP, null, null, "Workshop 2",
                                                            STARTS_AT.plusDays(7), null, ON));
        apply(meetings, MEETING, 1, held());

        WorkingGroupView group = groups.handle(new FindWorkingGroupQuery(GROUP, MEMBER));
        assertThat(group.meetings()).extracting(WorkingGroupView.MeetingRef::status)
                                    .containsExactly(MeetingStatus.HELD, MeetingStatus.SCHEDULED);
        assertThat(group.upcomingMeetings()).extracting(WorkingGroupView.MeetingRef::id).containsExactly(later);
        assertThat(group.version()).as("the meetings' events leave the group's version").isZero();
    }

    @Test
    void aGroupThatDoesNotPublishIsNeitherAnsweredNorListedToOutsiders() {
        apply(groups, GROUP, 0, setUp(false));

        assertThat(groups.handle(new FindWorkingGroupQuery(GROUP, OUTSIDER))).isNull();
        assertThat(groups.handle(new FindWorkingGroupsQuery(OUTSIDER))).isEmpty();
        assertThat(groups.handle(new FindWorkingGroupsQuery(MEMBER))).hasSize(1);
    }

    @Test
    void aPublishingGroupIsSeenByEveryoneButItsInternalsOnlyByMembers() {
        apply(groups, GROUP, 0, setUp(true));

        assertThat(groups.handle(new FindWorkingGroupQuery(GROUP, OUTSIDER))).isNotNull();
        assertThat(groups.handle(new FindOwnWorkingGroupQuery(GROUP, OUTSIDER))).isNull();
        assertThat(groups.handle(new FindOwnWorkingGroupQuery(GROUP, MEMBER))).isNotNull();
        assertThat(groups.handle(new FindOwnWorkingGroupQuery(GROUP, WorkshopHistory.COORDINATOR))).isNotNull();
    }

    @Test
    void readsTheGroupsTheEarlierProjectionStored() {
        store.database.getCollection("working_groups").insertOne(Document.parse("""
                {"_id": "ak-handlungsrahmen-fluechtlinge", "version": 3, "id": "ak-handlungsrahmen-fluechtlinge",
                 "name": "AK", "publishesResults": true, "members": [], "meetings": [], "upcomingMeetings": [],
                 "transfers": ["transfer-1"]}"""));

        WorkingGroupView group = groups.handle(new FindWorkingGroupQuery(GROUP, OUTSIDER));
        assertThat(group.version()).isEqualTo(3);
        assertThat(group.transfers()).extracting(Object::toString).containsExactly("transfer-1");
    }

    @Test
    void aHeldEventDeliveredAgainLeavesTheListAsItIs() {
        apply(groups, GROUP, 0, setUp(true));
        apply(meetings, MEETING, 0, scheduled());
        apply(meetings, MEETING, 1, new MeetingHeldEvent(MEETING, GROUP, ON));
        apply(meetings, MEETING, 1, new MeetingHeldEvent(MEETING, GROUP, ON));

        assertThat(groups.handle(new FindWorkingGroupQuery(GROUP, MEMBER)).meetings()).hasSize(1);
    }
}
