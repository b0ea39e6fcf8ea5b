package org.verbund.funding.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import org.verbund.funding.api.Cohort;
import org.verbund.funding.api.StudyPlacementsRecordedEvent;

import java.util.Optional;

/**
 * Reads a stored revision-1 {@link StudyPlacementsRecordedEvent}, whose cohort was free text, as revision 2, whose
 * cohort is a {@link Cohort}: {@code "cohort": "2014/15"} becomes {@code "cohort": {"startYear": 2014}}. A text that
 * {@link Cohort#parse(String)} cannot read (or none) becomes {@code "cohort": null} with the text, unchanged, in
 * {@code unparsedCohort}: it is never guessed at and never dropped. Only what is read changes: the stored event, and
 * so the audit tree's leaf over it, stays as it was. The same stored text always reads as the same revision 2.
 */
@Component
class StudyPlacementsRecordedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(StudyPlacementsRecordedEvent.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(StudyPlacementsRecordedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            String recorded = textOf(event.path("cohort"));
            Optional<Cohort> cohort = Cohort.parse(recorded);
            if (cohort.isPresent()) {
                event.putObject("cohort").put("startYear", cohort.get().startYear());
                event.putNull("unparsedCohort");
            } else {
                event.putNull("cohort");
                event.put("unparsedCohort", recorded);
            }
            return event;
        });
    }

    /** Revision 1 stored a string; anything else it might hold is kept as its JSON text rather than lost. */
    private static String textOf(JsonNode cohort) {
        if (cohort.isMissingNode() || cohort.isNull()) {
            return null;
        }
        return cohort.isTextual() ? cohort.asText() : cohort.toString();
    }
}
