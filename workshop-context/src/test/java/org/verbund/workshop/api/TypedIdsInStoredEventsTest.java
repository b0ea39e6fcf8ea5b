package org.verbund.workshop.api;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox, transfer and decision ids became typed ids, written as the same plain strings: result transfers stored
 * in revision 1 read into the typed events and are written back byte for byte, so no revision or upcaster is needed.
 */
class TypedIdsInStoredEventsTest {

    private final Serializer serializer = EventStoreConfiguration.jacksonSerializer();

    @Test
    void aStoredResultsReceivedEventReadsWithTypedIdsAndIsWrittenAsBefore() {
        String stored = "{\"inboxId\":\"received-results:kg\",\"body\":\"kg\",\"transferId\":\"transfer-1\","
                        + "\"fromGroup\":\"ak\",\"seriesId\":\"series-1\",\"meetingId\":null,\"summary\":\"Eckpunkte\","
                        + "\"decisionIds\":[\"decision-1\"],\"effectiveOn\":\"2017-12-05\"}";

        ResultsReceivedEvent event = read(stored, ResultsReceivedEvent.class);

        assertThat(event).isEqualTo(new ResultsReceivedEvent(
                ReceiveResultsCommand.inboxOf(new OrganisationId("kg")), new OrganisationId("kg"),
                new TransferId("transfer-1"), new WorkingGroupId("ak"), new WorkshopSeriesId("series-1"), null,
                "Eckpunkte", List.of(new DecisionId("decision-1")), LocalDate.of(2017, 12, 5)));
        assertThat(serializer.serialize(event, String.class).getData()).isEqualTo(stored);
    }

    @Test
    void aStoredDecisionAndItsActionItemReadWithTypedIds() {
        String decided = "{\"meetingId\":\"m1\",\"groupId\":\"ak\",\"decisionId\":\"decision-1\",\"text\":\"T\","
                         + "\"decidedBy\":[\"awo\"],\"unanimous\":true,\"dissent\":[],\"effectiveOn\":\"2017-06-12\"}";
        String assigned = "{\"meetingId\":\"m1\",\"groupId\":\"ak\",\"actionItemId\":\"a1\",\"text\":\"T\","
                          + "\"owner\":\"awo\",\"dueOn\":\"2017-08-31\",\"decisionId\":\"decision-1\","
                          + "\"effectiveOn\":\"2017-06-12\"}";

        assertThat(read(decided, DecisionRecordedEvent.class).decisionId()).isEqualTo(new DecisionId("decision-1"));
        assertThat(serializer.serialize(read(decided, DecisionRecordedEvent.class), String.class).getData())
                .isEqualTo(decided);
        assertThat(serializer.serialize(read(assigned, ActionItemAssignedEvent.class), String.class).getData())
                .isEqualTo(assigned);
    }

    private <T> T read(String json, Class<T> type) {
        SerializedObject<String> stored = new SimpleSerializedObject<>(json, String.class,
                                                                       new SimpleSerializedType(type.getName(), "1"));
        return serializer.deserialize(stored);
    }
}
