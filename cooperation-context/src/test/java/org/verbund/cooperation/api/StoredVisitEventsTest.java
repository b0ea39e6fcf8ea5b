package org.verbund.cooperation.api;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.FundingApplicationId;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visit events stored while they named funding's {@code FundingApplicationId} read as revision 1 of today's
 * events, which name cooperation's own {@link FundingApplicationRef}: the JSON is the same, so no upcaster is needed.
 */
class StoredVisitEventsTest {

    /** A {@code VisitPlannedEvent} revision 1 as the store holds it (the report's March 2017 working visit). */
    private static final String PLANNED_REVISION_1 = "{\"visitId\":\"visit-2017-03-working-visit\","
            + "\"partnershipId\":\"dortmund-plovdiv\",\"kind\":\"WORKING_VISIT\","
            + "\"period\":{\"from\":\"2017-03-20\",\"to\":\"2017-03-24\"},\"places\":[\"Sofia\",\"Plovdiv\"],"
            + "\"participants\":[\"isb\"],\"fundedBy\":\"report-2017-23\",\"effectiveOn\":\"2017-01-20\"}";
    private static final String LINKED_REVISION_1 = "{\"visitId\":\"visit-2016-10-delegation-dortmund\","
            + "\"fundedBy\":\"report-2017-22\",\"effectiveOn\":\"2016-10-14\"}";

    private final Serializer serializer = EventStoreConfiguration.jacksonSerializer();

    @Test
    void aStoredPlannedVisitReadsWithItsFundingApplication() {
        VisitPlannedEvent planned = serializer.deserialize(stored(PLANNED_REVISION_1, VisitPlannedEvent.class));

        assertThat(planned).isEqualTo(new VisitPlannedEvent(
                new VisitId("visit-2017-03-working-visit"), new PartnershipId("dortmund-plovdiv"),
                VisitKind.WORKING_VISIT, new Period(LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 24)),
                List.of("Sofia", "Plovdiv"), List.of(new OrganisationId("isb")),
                new FundingApplicationRef("report-2017-23"), LocalDate.of(2017, 1, 20)));
    }

    @Test
    void aStoredFundingLinkReadsWithItsFundingApplication() {
        VisitFundingLinkedEvent linked = serializer.deserialize(stored(LINKED_REVISION_1,
                                                                       VisitFundingLinkedEvent.class));

        assertThat(linked).isEqualTo(new VisitFundingLinkedEvent(new VisitId("visit-2016-10-delegation-dortmund"),
                                                                 new FundingApplicationRef("report-2017-22"),
                                                                 LocalDate.of(2016, 10, 14)));
    }

    @Test
    void todaysEventsAreWrittenAsRevision1WasWritten() {
        SerializedObject<String> written = serializer.serialize(
                serializer.deserialize(stored(PLANNED_REVISION_1, VisitPlannedEvent.class)), String.class);

        assertThat(written.getData()).isEqualTo(PLANNED_REVISION_1);
        assertThat(written.getType().getRevision()).isEqualTo("1");
    }

    @Test
    void theReferenceIsWrittenAsFundingsOwnIdWas() {
        assertThat(serializer.serialize(new FundingApplicationRef("report-2017-23"), String.class).getData())
                .isEqualTo(serializer.serialize(new FundingApplicationId("report-2017-23"), String.class).getData())
                .isEqualTo("\"report-2017-23\"");
    }

    private static SerializedObject<String> stored(String json, Class<?> type) {
        return new SimpleSerializedObject<>(json, String.class, type.getName(), "1");
    }
}
