package org.verbund.workshop.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.testing.Registries;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.ChallengeIdentifiedEvent;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.DecisionRecordedEvent;
import org.verbund.workshop.api.MeetingHeldEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingScheduledEvent;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.MinutesApprovedEvent;
import org.verbund.workshop.api.MinutesDraftedEvent;
import org.verbund.workshop.api.ScheduleMeetingCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The report's working group and its first workshop, as test data. */
final class MeetingFixture {

    static final WorkingGroupId GROUP = new WorkingGroupId("ak-handlungsrahmen-fluechtlinge");
    static final WorkshopSeriesId SERIES = new WorkshopSeriesId("handlungsrahmen-workshops-2017");
    static final MeetingId MEETING = new MeetingId("workshop-1");
    static final MeetingId NEXT_MEETING = new MeetingId("workshop-2");
    static final OrganisationId MIA_DO_KI = new OrganisationId("mia-do-ki");
    static final OrganisationId CARITAS = new OrganisationId("caritasverband");
    static final OrganisationId AWO = new OrganisationId("awo");
    static final PersonRef PERSON = PersonRef.of("person-0042");
    static final LocalDate ON = LocalDate.of(2017, 6, 12);
    static final LocalDateTime STARTS_AT = LocalDateTime.of(2017, 6, 12, 9, 30);
    /** A challenge identified at an earlier workshop of the series. */
    static final String EARLIER_CHALLENGE = "challenge-housing";
    static final String EARLIER_STRATEGY = "strategy-housing-agency";

    /**
     * What the other aggregates would answer about the group (led and managed by MIA-DO-KI, with Caritas as a member;
     * it does not publish its results), the series, and its meetings.
     */
    static final class Directory implements WorkshopDirectory {
        boolean groupActive = true;
        boolean publishesResults = false;
        final java.util.Map<MeetingId, WorkshopSeriesId> notedMeetings = new java.util.HashMap<>();

        @Override
        public Optional<Group> group(WorkingGroupId groupId) {
            return groupId.equals(GROUP)
                    ? Optional.of(new Group(MIA_DO_KI, MIA_DO_KI, Set.of(MIA_DO_KI, CARITAS), publishesResults,
                                            groupActive))
                    : Optional.empty();
        }

        @Override
        public Optional<Series> series(WorkshopSeriesId seriesId) {
            return seriesId.equals(SERIES)
                    ? Optional.of(new Series(GROUP, Set.of(1, 2, 3), Set.of(EARLIER_CHALLENGE),
                                             Set.of(EARLIER_STRATEGY)))
                    : Optional.empty();
        }

        @Override
        public Optional<WorkingGroupId> groupOfMeeting(MeetingId meetingId) {
            return meetingId.equals(MEETING) || meetingId.equals(NEXT_MEETING) ? Optional.of(GROUP)
                                                                               : Optional.empty();
        }

        @Override
        public void noteMeetingOfSeries(WorkshopSeriesId seriesId, MeetingId meetingId) {
            notedMeetings.put(meetingId, seriesId);
        }
    }

    /** The organisations of the network the registry knows. */
    static Registries registry() {
        return Registries.withCarriers(MIA_DO_KI.value(), CARITAS.value(), AWO.value())
                         .withCoordinationBody("koordinierungsgruppe-neuzuwanderung");
    }

    static ScheduleMeetingCommand schedule() {
        return new ScheduleMeetingCommand(MEETING, GROUP, SERIES, 1, Workshop.template().get(0).title(), STARTS_AT,
                                          "Rathaus, Saal Westfalia", ON.minusWeeks(6));
    }

    static MeetingScheduledEvent scheduled() {
        ScheduleMeetingCommand command = schedule();
        return new MeetingScheduledEvent(MEETING, GROUP, SERIES, 1, command.title(), STARTS_AT, command.place(),
                                         command.effectiveOn());
    }

    /** Scheduled, held, with a Caritas attendee. */
    static List<Object> held(Object... more) {
        List<Object> history = new ArrayList<>(List.of(scheduled(), new MeetingHeldEvent(MEETING, GROUP, ON),
                new AttendanceRecordedEvent(MEETING, PERSON, null, CARITAS, ON)));
        history.addAll(List.of(more));
        return history;
    }

    static ChallengeIdentifiedEvent challenge(String id) {
        return new ChallengeIdentifiedEvent(MEETING, GROUP, SERIES, id, "Zugang zu Wohnraum", ON);
    }

    static DecisionRecordedEvent decision(String id) {
        return new DecisionRecordedEvent(MEETING, GROUP, new DecisionId(id), "Eine Clearingstelle Wohnen einrichten",
                                         List.of(MIA_DO_KI, CARITAS), true, List.of(), ON);
    }

    static MinutesDraftedEvent drafted() {
        return new MinutesDraftedEvent(MEETING, "Protokoll Workshop 1", ON.plusDays(2));
    }

    static MinutesApprovedEvent approved() {
        return new MinutesApprovedEvent(MEETING, GROUP, MinutesApproval.LEADING_ORGANISATION, null,
                                        "Protokoll Workshop 1", ON.plusDays(9));
    }

    /** A fixture for meetings, with this directory and registry, commands sent by a coordinator unless said. */
    static FixtureConfiguration<Meeting> meetings(Directory directory) {
        FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(registry());
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
        return fixture;
    }

    /** Expects the command refused with {@code code}, and nothing recorded. */
    static void refused(ResultValidator<Meeting> result, String code) {
        result.expectException(RuleViolation.class).expectException(withCode(code)).expectNoEvents();
    }

    private static Matcher<Throwable> withCode(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation with code ").appendValue(code);
            }
        };
    }

    private MeetingFixture() {
    }
}
