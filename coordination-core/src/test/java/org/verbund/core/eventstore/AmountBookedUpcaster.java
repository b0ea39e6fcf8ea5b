package org.verbund.core.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** Upcasts stored {@link AmountBookedV0Event}s to {@link AmountBookedEvent} revision 1. */
class AmountBookedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType V0 = new SimpleSerializedType(AmountBookedV0Event.class.getName(), "0");
    private static final SimpleSerializedType V1 = new SimpleSerializedType(AmountBookedEvent.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(V0);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(V1, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            event.set("cents", event.remove("amount"));
            event.put("writer", "upcast");
            return event;
        });
    }
}
