package org.verbund.funding.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.Role;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentState;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.DeadlineState;
import org.verbund.funding.api.FindFundingApplicationQuery;
import org.verbund.funding.api.FindFundingApplicationsQuery;
import org.verbund.funding.api.FundedProjectStartedEvent;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationSubmittedEvent;
import org.verbund.funding.api.FundingApplicationSummary;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LeadAttribution;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The applications with their details on the embedded store. */
class FundingApplicationsProjectionTest {

    private static final FundingApplicationId ID = new FundingApplicationId("esf-2014");
    private static final LocalDate ON = LocalDate.of(2014, 9, 1);
    private static final OrganisationId LEAD = new OrganisationId("dez5");
    private static final OrganisationId PARTNER = new OrganisationId("fh-do");
    private static final Actor COORDINATOR = new Actor("coordinator", new OrganisationId("dez5-coordination"),
                                                       Role.COORDINATOR);
    private static final Period LONGER = new Period(LocalDate.of(2014, 10, 1), LocalDate.of(2019, 3, 31));

    private ProjectionStore store;
    private FundingApplicationsProjection projection;

    @BeforeEach
    void setUp() throws Exception {
        store = new ProjectionStore();
        projection = new FundingApplicationsProjection(store.database, store.updates);
        handle(0, new FundingApplicationDraftedEvent(ID, new FundingProgrammeId("land-esf"), "Dualer Studiengang",
                LEAD, List.of(new ImplementingPartner(PARTNER, null, null)), Money.of("75830.00"),
                new Period(LocalDate.of(2014, 10, 1), LocalDate.of(2018, 9, 30)), FteShare.of("2.5"),
                LeadAttribution.LEAD, ON));
        handle(1, new FundingApplicationSubmittedEvent(ID, ON));
        handle(2, new FundingApplicationApprovedEvent(ID, Money.of("70000.00"), ON));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void showsTheApplicationAsItsEventsLeaveIt() {
        FundingApplicationSummary application = find(COORDINATOR);

        assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.approvedAmount()).isEqualTo(Money.of("70000.00"));
        assertThat(application.partners()).containsExactly(PARTNER);
        assertThat(application.version()).isEqualTo(2);
    }

    @Test
    void ignoresEventsSeenBefore() throws Exception {
        handle(1, new FundingApplicationSubmittedEvent(ID, ON)); // delivered again, as after a restart

        assertThat(find(COORDINATOR).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(find(COORDINATOR).version()).isEqualTo(2);
    }

    @Test
    void anApprovedAmendmentBecomesTheApplicationsAmountPeriodAndPartners() throws Exception {
        AmendmentValues amended = new AmendmentValues(Money.of("78000.00"), LONGER,
                                                      List.of(new ImplementingPartner(new OrganisationId("awo"),
                                                                                      null, null)));
        handle(3, new FundedProjectStartedEvent(ID, ON));
        handle(4, new AmendmentProposedEvent(ID, new AmendmentId("a1"), amended, ON));
        handle(5, new AmendmentApprovedEvent(ID, new AmendmentId("a1"), amended, ON.plusMonths(1)));

        FundingApplicationSummary application = find(COORDINATOR);
        assertThat(application.approvedAmount()).isEqualTo(Money.of("78000.00"));
        assertThat(application.period()).isEqualTo(LONGER);
        assertThat(application.partners()).containsExactly(new OrganisationId("awo"));
        assertThat(application.amendments()).extracting(FundingApplicationSummary.Amendment::state)
                                            .containsExactly(AmendmentState.APPROVED);
    }

    @Test
    void aDeadlineIsOpenThenOverdueThenMet() throws Exception {
        LocalDate due = LocalDate.of(2015, 6, 30);
        handle(3, new FundingDeadlineSetEvent(ID, "interim-statement-1", DeadlineKind.INTERIM_STATEMENT, due, LEAD,
                                              "interim-statement-1@" + due, ON));
        assertThat(find(COORDINATOR).deadlines()).extracting(FundingApplicationSummary.Deadline::state)
                                                 .containsExactly(DeadlineState.OPEN);
        handle(4, new FundingDeadlineFellDueEvent(ID, "interim-statement-1", DeadlineKind.INTERIM_STATEMENT, due,
                                                  LEAD, due.plusDays(1)));
        assertThat(find(COORDINATOR).deadlines()).extracting(FundingApplicationSummary.Deadline::state)
                                                 .containsExactly(DeadlineState.OVERDUE);
        handle(5, new FundingDeadlineMetEvent(ID, "interim-statement-1", due.plusDays(3)));
        assertThat(find(COORDINATOR).deadlines()).extracting(FundingApplicationSummary.Deadline::closedOn)
                                                 .containsExactly(due.plusDays(3));
    }

    @Test
    void theOrganisationsInTheApplicationSeeIt() {
        assertThat(find(new Actor("someone", LEAD, Role.VIEWER))).isNotNull();
        assertThat(find(new Actor("someone", PARTNER, Role.PARTNER))).isNotNull();
    }

    @Test
    void toOthersTheApplicationDoesNotExist() {
        Actor outsider = new Actor("someone", new OrganisationId("awo"), Role.PARTNER);

        assertThat(find(outsider)).isNull();
        assertThat(projection.handle(new FindFundingApplicationsQuery(null, null, null, outsider))).isEmpty();
    }

    @Test
    void listsTheApplicationsMatchingEveryFilter() {
        assertThat(projection.handle(new FindFundingApplicationsQuery(ApplicationStatus.APPROVED, null, PARTNER,
                                                                      COORDINATOR)))
                .extracting(FundingApplicationSummary::id).containsExactly(ID);
        assertThat(projection.handle(new FindFundingApplicationsQuery(ApplicationStatus.DRAFT, null, null,
                                                                      COORDINATOR))).isEmpty();
    }

    private FundingApplicationSummary find(Actor viewer) {
        return projection.handle(new FindFundingApplicationQuery(ID, viewer));
    }

    private void handle(long sequence, Object event) throws Exception {
        ProjectionStore.handle(projection, ID.value(), sequence, event);
    }
}
