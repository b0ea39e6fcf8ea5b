package org.verbund.funding.command;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.ExtensionLinkedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.funding.command.FundingApplicationFixture.ID;
import static org.verbund.funding.command.FundingApplicationFixture.ON;

/** A snapshot of an application keeps everything its rules need: deadlines, amendments, extensions. */
class FundingApplicationSnapshotTest {

    private static final Serializer SERIALIZER = EventStoreConfiguration.jacksonSerializer();
    private static final AggregateModel<FundingApplication> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(FundingApplication.class);

    /** What the older snapshot below holds, as events. */
    private static final List<Object> HISTORY = List.of(
            FundingApplicationFixture.drafted(),
            new FundingDeadlineSetEvent(ID, "submission", DeadlineKind.SUBMISSION, ON, new OrganisationId("dez5"),
                                        "submission@" + ON, ON),
            new FundingDeadlineMetEvent(ID, "submission", ON),
            new FundingDeadlineSetEvent(ID, "final-statement", DeadlineKind.FINAL_STATEMENT,
                                        LocalDate.of(2019, 3, 31), new OrganisationId("dez5"),
                                        "final-statement@2019-03-31", ON),
            new FundingDeadlineFellDueEvent(ID, "final-statement", DeadlineKind.FINAL_STATEMENT,
                                            LocalDate.of(2019, 3, 31), new OrganisationId("dez5"),
                                            LocalDate.of(2019, 4, 1)),
            new AmendmentProposedEvent(ID, new AmendmentId("a1"), new AmendmentValues(Money.of("1.00"), null, null),
                                       ON),
            new ExtensionLinkedEvent(ID, new FundingApplicationId("extension"), ON));

    /** A snapshot as the aggregate wrote it before amendments and deadlines were its members. */
    private static final String OLDER_SNAPSHOT = """
            {"applicationId":"esf-dual-study-2014","status":"DRAFT","leadApplicant":"dez5","partners":["fh-do"],\
            "requestedAmount":"75830.00","earlyStartGranted":false,"extensions":["extension"],\
            "amendmentOpen":{"a1":true},"proposedAmendments":{"a1":{"amount":"1.00","period":null,"partners":null}},\
            "openDeadlines":{"final-statement":{"kind":"FINAL_STATEMENT","dueOn":"2019-03-31",\
            "scheduleId":"final-statement@2019-03-31","overdue":true}},"metDeadlines":["submission"]}""";

    @Test
    void anApplicationSurvivesTheSnapshotSerializerUnchanged() {
        FundingApplication application = applicationAfter(HISTORY);

        SerializedObject<String> snapshot = SERIALIZER.serialize(application, String.class);
        FundingApplication restored = SERIALIZER.deserialize(snapshot);

        assertThat(SERIALIZER.serialize(restored, String.class).getData()).isEqualTo(snapshot.getData());
        assertThat(snapshot.getData()).contains("final-statement@2019-03-31", "\"overdue\":true", "a1", "extension");
    }

    @Test
    void aSnapshotTakenBeforeTheMembersRestoresThem() {
        FundingApplication restored = SERIALIZER.deserialize(new SimpleSerializedObject<>(
                OLDER_SNAPSHOT, String.class, FundingApplication.class.getName(), null));

        String now = SERIALIZER.serialize(restored, String.class).getData();
        FundingApplication expected = applicationAfter(HISTORY);
        assertThat(now).isEqualTo(SERIALIZER.serialize(expected, String.class).getData());
    }

    /** The aggregate with these events applied, through its handlers and its members' as Axon applies them. */
    private static FundingApplication applicationAfter(List<Object> events) {
        FundingApplication application = new FundingApplication();
        events.forEach(event -> MODEL.publish(GenericEventMessage.asEventMessage(event), application));
        return application;
    }
}
