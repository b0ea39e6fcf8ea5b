package org.verbund.workshop.command;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.workshop.api.ChallengeIdentifiedEvent;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.workshop.command.MeetingFixture.MEETING;
import static org.verbund.workshop.command.MeetingFixture.challenge;
import static org.verbund.workshop.command.MeetingFixture.scheduled;

/**
 * A meeting's snapshots: one taken before its parts were aggregate members (no revision) is set aside, so the
 * meeting is rebuilt from its events; one of revision 2 is read back as the meeting it was taken of.
 */
class MeetingSnapshotUpcasterTest {

    private final Serializer serializer = EventStoreConfiguration.jacksonSerializer();

    @Test
    void aSnapshotOfTheEarlierShapeIsSetAside() {
        String storedBeforeRevisionTwo = "{\"meetingId\":\"workshop-1\",\"groupId\":\"ak-handlungsrahmen-fluechtlinge\","
                                         + "\"status\":\"HELD\",\"agenda\":[],\"minutes\":\"NONE\",\"corrections\":{}}";

        assertThat(upcast(Meeting.class.getName(), null, storedBeforeRevisionTwo)).isEmpty();
    }

    @Test
    void eventsAndSnapshotsOfTheCurrentShapePassUnchanged() {
        assertThat(upcast(Meeting.class.getName(), MeetingSnapshotUpcaster.CURRENT_REVISION, "{}")).hasSize(1);
        assertThat(upcast(ChallengeIdentifiedEvent.class.getName(), "1", "{}")).hasSize(1);
    }

    @Test
    void aMeetingWithItsPartsIsSnapshottedAndReadBack() {
        Meeting meeting = new Meeting();
        meeting.on(scheduled());
        meeting.outcomes().on(challenge("c1"));

        SerializedObject<String> snapshot = serializer.serialize(meeting, String.class);
        assertThat(snapshot.getType().getRevision()).isEqualTo(MeetingSnapshotUpcaster.CURRENT_REVISION);
        Meeting read = serializer.deserialize(snapshot);

        assertThat(read.outcomes().challenges()).containsExactly("c1");
        assertThat(serializer.serialize(read, String.class).getData()).isEqualTo(snapshot.getData());
    }

    private List<IntermediateEventRepresentation> upcast(String type, String revision, String payload) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "Meeting", MEETING.value(), 12, "snapshot-1", Instant.parse("2017-06-12T10:00:00Z"), type, revision,
                payload, "{}");
        return new MeetingSnapshotUpcaster().upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                                            .toList();
    }
}
