package org.verbund.core.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.privacy.PersonalDataDisplay;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the audit services show events and aggregates: as JSON trees, with personal fields marked
 * ({@link PersonalDataDisplay}) so that the gateway redacts them as the privacy rules say.
 */
final class AuditJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static final ObjectMapper PAYLOADS = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new PersonalDataDisplay())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * Aggregates by their fields, as the snapshot serializer reads them (their classes say so too), also where a
     * class does not: an aggregate's state is its fields, whatever methods it offers.
     */
    private static final ObjectMapper AGGREGATES = PAYLOADS.copy()
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AuditJson() {
    }

    static HistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                                payload instanceof EffectiveDated dated ? dated.effectiveOn() : null,
                                PAYLOADS.convertValue(payload, MAP), new TreeMap<>(event.getMetaData()));
    }

    /**
     * From when an event takes effect: its business date; one without (an event of another kind, or a null date)
     * takes effect on the day it was recorded (UTC, as the store's times are).
     */
    static LocalDate effectiveDate(DomainEventMessage<?> event) {
        LocalDate effective = event.getPayload() instanceof EffectiveDated dated ? dated.effectiveOn() : null;
        return effective != null ? effective : LocalDate.ofInstant(event.getTimestamp(), ZoneOffset.UTC);
    }

    static Map<String, Object> fieldsOf(Object aggregateRoot) {
        return AGGREGATES.convertValue(aggregateRoot, MAP);
    }
}
