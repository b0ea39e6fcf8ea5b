package org.verbund.funding.command;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.funding.api.Cohort;
import org.verbund.funding.api.StudyPlacementsId;
import org.verbund.funding.api.StudyPlacementsRecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Study placements stored in revision 1, their cohort in free text, read as revision 2: a text that names one winter
 * semester becomes that cohort, any other text is kept word for word, and the same stored bytes always read the same.
 */
class StudyPlacementsRecordedUpcasterTest {

    private static final Serializer SERIALIZER = EventStoreConfiguration.jacksonSerializer();
    private static final LocalDate ON = LocalDate.of(2014, 10, 1);

    /** Exactly as revision 1 stored it (see the demo load of 2017 before revision 2). */
    private static String storedInRevisionOne(String id, String cohortJson) {
        return "{\"placementsId\":\"" + id + "\",\"city\":\"Dortmund\",\"pilotCity\":true,\"cohort\":" + cohortJson
               + ",\"stateFunded\":23,\"ownMeans\":5,\"fundingUnknown\":0,\"effectiveOn\":\"2014-10-01\"}";
    }

    @Test
    void aCohortInTheTablesSpellingReadsAsThatCohort() {
        assertThat(upcast(storedInRevisionOne("Dortmund:2014/15", "\"2014/15\""))).isEqualTo(
                new StudyPlacementsRecordedEvent(new StudyPlacementsId("Dortmund:2014/15"), "Dortmund", true,
                                                 new Cohort(2014), null, 23, 5, 0, ON));
    }

    @Test
    void anotherSpellingOfTheSameSemesterReadsAsTheSameCohortAndKeepsItsId() {
        assertThat(upcast(storedInRevisionOne("Dortmund:Wintersemester 2014/2015", "\"Wintersemester 2014/2015\"")))
                .isEqualTo(new StudyPlacementsRecordedEvent(new StudyPlacementsId("Dortmund:Wintersemester 2014/2015"),
                                                            "Dortmund", true, new Cohort(2014), null, 23, 5, 0, ON));
    }

    @Test
    void aTextThatIsNoCohortIsKeptWordForWord() {
        StudyPlacementsRecordedEvent read = upcast(storedInRevisionOne("Dortmund:Sommer 2016", "\"Sommer 2016\""));

        assertThat(read.cohort()).isNull();
        assertThat(read.unparsedCohort()).isEqualTo("Sommer 2016");
        assertThat(read.cohortLabel()).isEqualTo("Sommer 2016");
        assertThat(read.stateFunded()).isEqualTo(23);
    }

    @Test
    void noCohortAtAllStaysNone() {
        StudyPlacementsRecordedEvent read = upcast(storedInRevisionOne("Dortmund:", "null"));

        assertThat(read.cohort()).isNull();
        assertThat(read.unparsedCohort()).isNull();
    }

    @Test
    void theSameStoredBytesAlwaysReadTheSame() {
        String stored = storedInRevisionOne("Dortmund:2015/2016", "\"2015/2016\"");

        assertThat(upcastJson(stored)).isEqualTo(upcastJson(stored))
                                       .isEqualTo("{\"placementsId\":\"Dortmund:2015/2016\",\"city\":\"Dortmund\","
                                                  + "\"pilotCity\":true,\"cohort\":{\"startYear\":2015},"
                                                  + "\"stateFunded\":23,\"ownMeans\":5,\"fundingUnknown\":0,"
                                                  + "\"effectiveOn\":\"2014-10-01\",\"unparsedCohort\":null}");
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        String stored = "{\"placementsId\":\"Dortmund:2014/15\",\"city\":\"Dortmund\",\"pilotCity\":true,"
                        + "\"cohort\":{\"startYear\":2014},\"unparsedCohort\":null,\"stateFunded\":23,"
                        + "\"ownMeans\":5,\"fundingUnknown\":0,\"effectiveOn\":\"2014-10-01\"}";

        List<IntermediateEventRepresentation> read = representations(stored, "2");
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(read.get(0).getData(String.class).getData()).isEqualTo(stored);
    }

    private static StudyPlacementsRecordedEvent upcast(String storedInRevisionOne) {
        List<IntermediateEventRepresentation> read = representations(storedInRevisionOne, "1");
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType()).isEqualTo(StudyPlacementsRecordedUpcaster.REVISION_2);
        SerializedObject<String> payload = read.get(0).getData(String.class);
        return SERIALIZER.deserialize(payload);
    }

    private static String upcastJson(String storedInRevisionOne) {
        return representations(storedInRevisionOne, "1").get(0).getData(String.class).getData();
    }

    private static List<IntermediateEventRepresentation> representations(String stored, String revision) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>(
                "CohortPlacements", "Dortmund:2014/15", 0, "event-1", Instant.parse("2017-03-01T10:00:00Z"),
                StudyPlacementsRecordedEvent.class.getName(), revision, stored, "{}");
        return new StudyPlacementsRecordedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER))).toList();
    }
}
