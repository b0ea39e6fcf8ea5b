package org.verbund.cooperation.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.FindMilestonesQuery;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.Milestone;
import org.verbund.cooperation.api.MilestoneKind;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.cooperation.query.CooperationEvents.ISB;
import static org.verbund.cooperation.query.CooperationEvents.MARCH;
import static org.verbund.cooperation.query.CooperationEvents.ON;
import static org.verbund.cooperation.query.CooperationEvents.PLOVDIV;
import static org.verbund.cooperation.query.CooperationEvents.marchPlanned;

/** The milestone feed on the embedded store. */
class MilestonesProjectionTest {

    private static final LocalDate LATER = LocalDate.of(2017, 6, 1);
    private static final LocalDate LATEST = LocalDate.of(2017, 9, 1);

    private final AgreementId agreement = new AgreementId("agreement-1");
    private EmbeddedReadModel store;
    private MilestonesProjection projection;

    @BeforeEach
    void setUp() throws Exception {
        store = new EmbeddedReadModel();
        projection = store.feeding(new MilestonesProjection(store.database(), store.updates()));
        store.deliver(MARCH.value(), 0, marchPlanned());
        store.deliver(agreement.value(), 0, new AgreementDraftedEvent(agreement, PLOVDIV, "Vereinbarung", ON));
        store.deliver(PLOVDIV.value(), 1, new GoalProposedEvent(PLOVDIV, "g1", "Fachkräfteaustausch", ON));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void marksVisitsHeldAgreementsSignedAndGoalsAchievedNewestFirst() throws Exception {
        store.deliver(MARCH.value(), 1, new VisitHeldEvent(MARCH, PLOVDIV, ON));
        store.deliver(agreement.value(), 1, new AgreementSignedEvent(agreement, PLOVDIV, List.of(ISB),
                                                                      new Period(LATER, LATEST), LATER));
        store.deliver(PLOVDIV.value(), 2, new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.AGREED, LATER));
        store.deliver(PLOVDIV.value(), 3, new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.ACHIEVED, LATEST));

        assertThat(projection.handle(new FindMilestonesQuery())).containsExactly(
                new Milestone(MilestoneKind.GOAL_ACHIEVED, PLOVDIV, "g1", "Fachkräfteaustausch", LATEST),
                new Milestone(MilestoneKind.AGREEMENT_SIGNED, PLOVDIV, agreement.value(), "Vereinbarung", LATER),
                new Milestone(MilestoneKind.VISIT_HELD, PLOVDIV, MARCH.value(), "WORKING_VISIT Sofia, Plovdiv", ON));
    }

    @Test
    void aMilestoneIsMarkedAndSentOnceThoughItsEventComesAgain() throws Exception {
        store.deliver(MARCH.value(), 1, new VisitHeldEvent(MARCH, PLOVDIV, ON));
        store.deliver(MARCH.value(), 1, new VisitHeldEvent(MARCH, PLOVDIV, ON));

        assertThat(projection.handle(new FindMilestonesQuery())).hasSize(1);
        assertThat(store.updatesOf(new FindMilestonesQuery(), Milestone.class)).hasSize(1);
    }

    @Test
    void goalsOfTwoPartnershipsWithTheSameIdAreTwoMilestones() throws Exception {
        PartnershipId sofia = new PartnershipId("dortmund-sofia");
        store.deliver(sofia.value(), 1, new GoalProposedEvent(sofia, "g1", "Beratung", ON));
        store.deliver(PLOVDIV.value(), 2, new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.ACHIEVED, ON));
        store.deliver(sofia.value(), 2, new GoalStateChangedEvent(sofia, "g1", GoalState.ACHIEVED, ON));

        assertThat(projection.handle(new FindMilestonesQuery())).extracting(Milestone::text)
                                                                .containsExactlyInAnyOrder("Fachkräfteaustausch",
                                                                                           "Beratung");
    }
}
