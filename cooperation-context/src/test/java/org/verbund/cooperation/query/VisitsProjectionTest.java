package org.verbund.cooperation.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.FindVisitQuery;
import org.verbund.cooperation.api.FindVisitsQuery;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitParticipantRecordedEvent;
import org.verbund.cooperation.api.VisitResultRecordedEvent;
import org.verbund.cooperation.api.VisitStatus;
import org.verbund.cooperation.api.VisitTalkRecordedEvent;
import org.verbund.cooperation.api.VisitView;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.cooperation.query.CooperationEvents.ERASMUS;
import static org.verbund.cooperation.query.CooperationEvents.ISB;
import static org.verbund.cooperation.query.CooperationEvents.MARCH;
import static org.verbund.cooperation.query.CooperationEvents.OCTOBER;
import static org.verbund.cooperation.query.CooperationEvents.ON;
import static org.verbund.cooperation.query.CooperationEvents.PLOVDIV;
import static org.verbund.cooperation.query.CooperationEvents.marchPlanned;
import static org.verbund.cooperation.query.CooperationEvents.octoberPlanned;

/** The visits read model on the embedded store. */
class VisitsProjectionTest {

    private final PersonRef person = PersonRef.of("person-7");
    private EmbeddedReadModel store;
    private VisitsProjection projection;

    @BeforeEach
    void setUp() throws Exception {
        store = new EmbeddedReadModel();
        projection = store.feeding(new VisitsProjection(store.database(), store.keys()));
        store.deliver(MARCH.value(), 0, marchPlanned());
        store.deliver(OCTOBER.value(), 0, octoberPlanned());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void keepsWhatHappenedOnAVisitOnceEachThoughEventsComeAgain() throws Exception {
        store.deliver(MARCH.value(), 1, new VisitHeldEvent(MARCH, PLOVDIV, ON));
        store.deliver(MARCH.value(), 2, new VisitTalkRecordedEvent(MARCH, "talk-ncceii", "NCCEII",
                                                                    InstitutionLevel.STATE, "Kooperation", ON));
        store.deliver(MARCH.value(), 3, new VisitResultRecordedEvent(MARCH, "result-1", "Umsetzung eruiert", ON));
        store.deliver(MARCH.value(), 4, new VisitParticipantRecordedEvent(
                MARCH, person, PersonalText.of(person, "Beispiel"), ISB, ON));
        store.deliver(MARCH.value(), 2, new VisitTalkRecordedEvent(MARCH, "talk-ncceii", "NCCEII",
                                                                    InstitutionLevel.STATE, "Kooperation", ON));
        store.deliver(MARCH.value(), 4, new VisitParticipantRecordedEvent(
                MARCH, person, PersonalText.of(person, "Beispiel"), ISB, ON));

        VisitView march = projection.handle(new FindVisitQuery(MARCH));

        assertThat(march.status()).isEqualTo(VisitStatus.HELD);
        assertThat(march.heldOn()).isEqualTo(ON);
        assertThat(march.talks()).containsExactly(new VisitView.Talk("talk-ncceii", "NCCEII", InstitutionLevel.STATE,
                                                                     "Kooperation"));
        assertThat(march.results()).containsExactly(new VisitView.Result("result-1", "Umsetzung eruiert"));
        assertThat(march.people()).extracting(participant -> participant.name().value().orElseThrow())
                                  .containsExactly("Beispiel");
        assertThat(march.version()).isEqualTo(4);
    }

    @Test
    void findsAPartnershipsVisitsByStartDate() {
        assertThat(projection.handle(new FindVisitsQuery(PLOVDIV, null))).extracting(VisitView::id)
                                                                         .containsExactly(OCTOBER, MARCH);
        assertThat(projection.handle(new FindVisitsQuery(new PartnershipId("elsewhere"), null))).isEmpty();
    }

    @Test
    void findsTheVisitsPaidFromAnApplication() {
        assertThat(projection.handle(new FindVisitsQuery(null, ERASMUS))).extracting(VisitView::id)
                                                                         .containsExactly(OCTOBER);
    }

    @Test
    void anErasedParticipantReadsAsErased() throws Exception {
        store.deliver(MARCH.value(), 1, new VisitParticipantRecordedEvent(
                MARCH, person, PersonalText.of(person, "Beispiel"), ISB, ON));

        store.keys().erase(person);

        assertThat(projection.handle(new FindVisitQuery(MARCH)).people().get(0).name().erased()).isTrue();
    }
}
