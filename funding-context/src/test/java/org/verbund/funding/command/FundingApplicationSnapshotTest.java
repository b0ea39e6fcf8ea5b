package org.verbund.funding.command;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.ExtensionLinkedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.funding.command.FundingApplicationFixture.ID;
import static org.verbund.funding.command.FundingApplicationFixture.ON;

/** A snapshot of an application keeps everything its rules need: deadlines, amendments, extensions. */
class FundingApplicationSnapshotTest {

    @Test
    void anApplicationSurvivesTheSnapshotSerializerUnchanged() {
        FundingApplication application = new FundingApplication();
        application.on(FundingApplicationFixture.drafted());
        application.on(new FundingDeadlineSetEvent(ID, "final-statement", DeadlineKind.FINAL_STATEMENT,
                                                   LocalDate.of(2019, 3, 31), new OrganisationId("dez5"),
                                                   "final-statement@2019-03-31", ON));
        application.on(new FundingDeadlineFellDueEvent(ID, "final-statement", DeadlineKind.FINAL_STATEMENT,
                                                       LocalDate.of(2019, 3, 31), new OrganisationId("dez5"),
                                                       LocalDate.of(2019, 4, 1)));
        application.on(new FundingDeadlineSetEvent(ID, "submission", DeadlineKind.SUBMISSION, ON,
                                                   new OrganisationId("dez5"), "submission@" + ON, ON));
        application.on(new FundingDeadlineMetEvent(ID, "submission", ON));
        application.on(new AmendmentProposedEvent(ID, "a1", new AmendmentValues(Money.of("1.00"), null, null), ON));
        application.on(new ExtensionLinkedEvent(ID, new FundingApplicationId("extension"), ON));

        Serializer serializer = EventStoreConfiguration.jacksonSerializer();
        SerializedObject<String> snapshot = serializer.serialize(application, String.class);
        FundingApplication restored = serializer.deserialize(snapshot);

        assertThat(serializer.serialize(restored, String.class).getData()).isEqualTo(snapshot.getData());
        assertThat(snapshot.getData()).contains("final-statement@2019-03-31", "\"overdue\":true", "a1", "extension");
    }
}
