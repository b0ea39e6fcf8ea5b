package org.verbund.workshop.command;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.MeetingId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Attendance stored before names were recorded (revision 1) reads as revision 2 without a name. */
class AttendanceRecordedUpcasterTest {

    @Test
    void aRevisionOneAttendanceReadsAsRevisionTwoWithoutAName() {
        Serializer serializer = EventStoreConfiguration.jacksonSerializer();
        String storedInRevisionOne = "{\"meetingId\":\"workshop-1\",\"person\":\"person-0042\","
                                     + "\"onBehalfOf\":\"caritasverband\",\"effectiveOn\":\"2017-06-12\"}";
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "Meeting", "workshop-1", 3, "event-1", Instant.parse("2017-06-12T10:00:00Z"),
                AttendanceRecordedEvent.class.getName(), "1", storedInRevisionOne, "{}");

        List<IntermediateEventRepresentation> upcast = new AttendanceRecordedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        SerializedObject<String> payload = upcast.get(0).getData(String.class);
        AttendanceRecordedEvent event = serializer.deserialize(payload);
        assertThat(event).isEqualTo(new AttendanceRecordedEvent(new MeetingId("workshop-1"), PersonRef.of("person-0042"),
                                                                null, new OrganisationId("caritasverband"),
                                                                LocalDate.of(2017, 6, 12)));
    }
}
