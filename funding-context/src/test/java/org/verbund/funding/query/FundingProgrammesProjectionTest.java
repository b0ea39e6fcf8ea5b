package org.verbund.funding.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.funding.api.FindFundingProgrammesQuery;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingCallOpenedEvent;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;
import org.verbund.funding.api.FundingProgrammeSummary;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme list on the embedded store. */
class FundingProgrammesProjectionTest {

    private static final FundingProgrammeId ID = new FundingProgrammeId("land-esf");
    private static final LocalDate ON = LocalDate.of(2014, 1, 1);
    private static final FundingCall CALL = new FundingCall("call 2014", LocalDate.of(2014, 9, 15));

    private ProjectionStore store;
    private FundingProgrammesProjection projection;

    @BeforeEach
    void setUp() throws Exception {
        store = new ProjectionStore();
        projection = new FundingProgrammesProjection(store.database);
        handle(0, new FundingProgrammeRegisteredEvent(ID, "Land/ESF", FunderLevel.STATE, null, ON));
        handle(1, new FundingCallOpenedEvent(ID, CALL, ON));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void listsEachProgrammeWithItsLatestCall() {
        assertThat(projection.handle(new FindFundingProgrammesQuery()))
                .containsExactly(new FundingProgrammeSummary(ID, "Land/ESF", FunderLevel.STATE, CALL));
    }

    @Test
    void ignoresEventsSeenBefore() throws Exception {
        handle(0, new FundingProgrammeRegisteredEvent(ID, "Land/ESF", FunderLevel.STATE, null, ON));

        assertThat(projection.handle(new FindFundingProgrammesQuery())).extracting(FundingProgrammeSummary::call)
                                                                       .containsExactly(CALL);
    }

    private void handle(long sequence, Object event) throws Exception {
        ProjectionStore.handle(projection, ID.value(), sequence, event);
    }
}
