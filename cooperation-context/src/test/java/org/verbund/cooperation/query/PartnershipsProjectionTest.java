package org.verbund.cooperation.query;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.AgreementStatus;
import org.verbund.cooperation.api.AgreementTerminatedEvent;
import org.verbund.cooperation.api.FindPartnershipQuery;
import org.verbund.cooperation.api.FindPartnershipsQuery;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.PartnershipJoinedEvent;
import org.verbund.cooperation.api.PartnershipView;
import org.verbund.cooperation.api.VisitCancelledEvent;
import org.verbund.cooperation.api.VisitFundingLinkedEvent;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitStatus;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.cooperation.query.CooperationEvents.CARITAS;
import static org.verbund.cooperation.query.CooperationEvents.ERASMUS;
import static org.verbund.cooperation.query.CooperationEvents.ISB;
import static org.verbund.cooperation.query.CooperationEvents.MARCH;
import static org.verbund.cooperation.query.CooperationEvents.OCTOBER;
import static org.verbund.cooperation.query.CooperationEvents.ON;
import static org.verbund.cooperation.query.CooperationEvents.PLOVDIV;
import static org.verbund.cooperation.query.CooperationEvents.ROMACT;
import static org.verbund.cooperation.query.CooperationEvents.established;
import static org.verbund.cooperation.query.CooperationEvents.marchPlanned;
import static org.verbund.cooperation.query.CooperationEvents.octoberPlanned;

/** The partnerships read model on the embedded store. */
class PartnershipsProjectionTest {

    private final AgreementId agreement = new AgreementId("agreement-1");
    private EmbeddedReadModel store;
    private PartnershipsProjection projection;

    @BeforeEach
    void setUp() throws Exception {
        store = new EmbeddedReadModel();
        projection = store.feeding(new PartnershipsProjection(store.database(), store.updates()));
        store.deliver(PLOVDIV.value(), 0, established());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void keepsParticipantsAndGoalsAndIgnoresEventsSeenBefore() throws Exception {
        store.deliver(PLOVDIV.value(), 1, new PartnershipJoinedEvent(PLOVDIV, CARITAS, ON));
        store.deliver(PLOVDIV.value(), 2, new GoalProposedEvent(PLOVDIV, "g1", "Fachkräfteaustausch", ON));
        store.deliver(PLOVDIV.value(), 3, new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.AGREED, ON));
        // delivered again, as after a restart between handling and storing the token
        store.deliver(PLOVDIV.value(), 1, new PartnershipJoinedEvent(PLOVDIV, CARITAS, ON));
        store.deliver(PLOVDIV.value(), 2, new GoalProposedEvent(PLOVDIV, "g1", "Fachkräfteaustausch", ON));

        PartnershipView plovdiv = projection.handle(new FindPartnershipQuery(PLOVDIV));

        assertThat(plovdiv.participants()).containsExactly(ISB, CARITAS);
        assertThat(plovdiv.goals()).containsExactly(new PartnershipView.Goal("g1", "Fachkräfteaustausch",
                                                                             GoalState.AGREED, ON));
        assertThat(plovdiv.version()).isEqualTo(3);
    }

    @Test
    void keepsTheTimelineOfItsVisitsByStartDateWithTheirStatusAndFunding() throws Exception {
        store.deliver(MARCH.value(), 0, marchPlanned());
        store.deliver(OCTOBER.value(), 0, octoberPlanned());
        store.deliver(OCTOBER.value(), 1, new VisitHeldEvent(OCTOBER, PLOVDIV, LocalDate.of(2016, 10, 14)));
        store.deliver(MARCH.value(), 1, new VisitFundingLinkedEvent(MARCH, ROMACT, ON));
        store.deliver(MARCH.value(), 2, new VisitCancelledEvent(MARCH, ON));
        store.deliver(MARCH.value(), 1, new VisitFundingLinkedEvent(MARCH, ERASMUS, ON)); // seen before

        PartnershipView plovdiv = projection.handle(new FindPartnershipQuery(PLOVDIV));

        assertThat(plovdiv.visits()).extracting(PartnershipView.VisitRef::id).containsExactly(OCTOBER, MARCH);
        assertThat(plovdiv.visits()).extracting(PartnershipView.VisitRef::status)
                                    .containsExactly(VisitStatus.HELD, VisitStatus.CANCELLED);
        assertThat(plovdiv.visits()).extracting(PartnershipView.VisitRef::fundedBy).containsExactly(ERASMUS, ROMACT);
        assertThat(plovdiv.version()).as("the partnership's own version, its ETag").isZero();
    }

    @Test
    void anAgreementIsValidNowWhileSignedForAPeriodIncludingToday() throws Exception {
        Period current = new Period(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        store.deliver(agreement.value(), 0, new AgreementDraftedEvent(agreement, PLOVDIV, "Vereinbarung", ON));
        store.deliver(agreement.value(), 1, new AgreementSignedEvent(agreement, PLOVDIV, List.of(ISB), current, ON));

        PartnershipView.AgreementRef signed = projection.handle(new FindPartnershipQuery(PLOVDIV)).agreements().get(0);

        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.signatories()).containsExactly(ISB);
        assertThat(signed.validNow()).isTrue();
    }

    @Test
    void aTerminatedAgreementIsNotValidNow() throws Exception {
        Period current = new Period(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        store.deliver(agreement.value(), 0, new AgreementDraftedEvent(agreement, PLOVDIV, "Vereinbarung", ON));
        store.deliver(agreement.value(), 1, new AgreementSignedEvent(agreement, PLOVDIV, List.of(ISB), current, ON));
        store.deliver(agreement.value(), 2, new AgreementTerminatedEvent(agreement, PLOVDIV, ON));

        PartnershipView.AgreementRef terminated = projection.handle(new FindPartnershipsQuery()).get(0).agreements()
                                                            .get(0);

        assertThat(terminated.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(terminated.terminatedOn()).isEqualTo(ON);
        assertThat(terminated.validNow()).isFalse();
    }

    @Test
    void subscribersAreSentThePartnershipOnceForEveryChange() throws Exception {
        store.deliver(PLOVDIV.value(), 1, new PartnershipJoinedEvent(PLOVDIV, CARITAS, ON));
        store.deliver(OCTOBER.value(), 0, octoberPlanned());
        store.deliver(OCTOBER.value(), 0, octoberPlanned()); // seen before: nothing to send

        List<PartnershipView> sent = store.updatesOf(new FindPartnershipQuery(PLOVDIV), PartnershipView.class);

        assertThat(sent).hasSize(3);
        assertThat(sent.get(2).visits()).hasSize(1);
    }

    @Test
    void aRebuildStartsOver() throws Exception {
        store.reset();

        assertThat(projection.handle(new FindPartnershipsQuery())).isEmpty();
    }

    @Test
    void aPartnershipStoredWithTheGuardOnItsEntriesKeepsWorking() throws Exception {
        Period current = new Period(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        store.deliver(agreement.value(), 0, new AgreementDraftedEvent(agreement, PLOVDIV, "Vereinbarung", ON));
        store.deliver(agreement.value(), 1, new AgreementSignedEvent(agreement, PLOVDIV, List.of(ISB), current, ON));
        // as the projection stored it when each entry guarded itself: a version on the entry, no applied list
        MongoCollection<Document> partnerships = store.database().getCollection("partnerships");
        Document stored = partnerships.find().first();
        stored.remove("applied");
        stored.getList("agreements", Document.class).get(0).put("version", 1L);
        partnerships.replaceOne(new Document("_id", PLOVDIV.value()), stored);

        store.deliver(agreement.value(), 2, new AgreementTerminatedEvent(agreement, PLOVDIV, ON));
        store.deliver(agreement.value(), 2, new AgreementTerminatedEvent(agreement, PLOVDIV, ON));

        PartnershipView plovdiv = projection.handle(new FindPartnershipQuery(PLOVDIV));
        assertThat(plovdiv.agreements()).extracting(PartnershipView.AgreementRef::status)
                                        .containsExactly(AgreementStatus.TERMINATED);
        assertThat(plovdiv.version()).isZero();
    }
}
