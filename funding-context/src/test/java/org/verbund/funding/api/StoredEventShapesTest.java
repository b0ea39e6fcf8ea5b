package org.verbund.funding.api;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.Money;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events whose ids became typed, and the lifecycle's events that now name their status, are stored as before:
 * the same JSON, so revision 1 stays revision 1 and needs no upcaster. (The study placements went to revision 2 for
 * their cohort, not for their id: see {@code StudyPlacementsRecordedUpcasterTest} for revision 1.)
 */
class StoredEventShapesTest {

    private static final Serializer SERIALIZER = EventStoreConfiguration.jacksonSerializer();
    private static final FundingApplicationId ID = new FundingApplicationId("esf-2014");
    private static final LocalDate ON = LocalDate.of(2016, 3, 1);

    @Test
    void anAmendmentIdIsStoredAsItsPlainString() {
        AmendmentRefusedEvent refused = new AmendmentRefusedEvent(ID, new AmendmentId("a1"), ON);
        String stored = "{\"applicationId\":\"esf-2014\",\"amendmentId\":\"a1\",\"effectiveOn\":\"2016-03-01\"}";

        assertThat(json(refused)).isEqualTo(stored);
        assertThat(read(stored, AmendmentRefusedEvent.class)).isEqualTo(refused);
    }

    @Test
    void aPlacementsIdIsStoredAsItsPlainStringAndItsCohortInRevisionTwoAsAStartYear() {
        StudyPlacementsRecordedEvent recorded = new StudyPlacementsRecordedEvent(
                RecordStudyPlacementsCommand.idOf("Dortmund", new Cohort(2014)), "Dortmund", true, new Cohort(2014), 23,
                5, 0, ON);
        String stored = "{\"placementsId\":\"Dortmund:2014/15\",\"city\":\"Dortmund\",\"pilotCity\":true,"
                        + "\"cohort\":{\"startYear\":2014},\"unparsedCohort\":null,\"stateFunded\":23,"
                        + "\"ownMeans\":5,\"fundingUnknown\":0,\"effectiveOn\":\"2016-03-01\"}";

        assertThat(SERIALIZER.serialize(recorded, String.class).getType())
                .isEqualTo(new SimpleSerializedType(StudyPlacementsRecordedEvent.class.getName(), "2"));
        assertThat(json(recorded)).isEqualTo(stored);
        assertThat(read(stored, StudyPlacementsRecordedEvent.class, "2")).isEqualTo(recorded);
    }

    @Test
    void aLifecycleEventDoesNotStoreTheStatusItNames() {
        assertThat(json(new FundingApplicationApprovedEvent(ID, Money.of("70000.00"), ON)))
                .isEqualTo("{\"applicationId\":\"esf-2014\",\"approvedAmount\":\"70000.00\","
                           + "\"effectiveOn\":\"2016-03-01\"}");
    }

    private static String json(Object event) {
        return SERIALIZER.serialize(event, String.class).getData();
    }

    private static <T> T read(String stored, Class<T> type) {
        return read(stored, type, "1");
    }

    private static <T> T read(String stored, Class<T> type, String revision) {
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(stored, String.class,
                                                                   new SimpleSerializedType(type.getName(), revision)));
    }
}
