package org.verbund.funding.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.FindFundingTasksQuery;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingDeadlineDroppedEvent;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingTask;
import org.verbund.funding.api.LeadAttribution;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The task lists on the embedded store. */
class FundingTasksProjectionTest {

    private static final FundingApplicationId ID = new FundingApplicationId("esf-2014");
    private static final LocalDate ON = LocalDate.of(2014, 9, 1);
    private static final LocalDate INTERIM = LocalDate.of(2015, 6, 30);
    private static final LocalDate FINAL = LocalDate.of(2019, 3, 31);
    private static final OrganisationId LEAD = new OrganisationId("dez5");

    private ProjectionStore store;
    private FundingTasksProjection projection;

    @BeforeEach
    void setUp() throws Exception {
        store = new ProjectionStore();
        projection = new FundingTasksProjection(store.database, store.updates);
        handle(0, new FundingApplicationDraftedEvent(ID, new FundingProgrammeId("land-esf"), "Dualer Studiengang",
                LEAD, List.of(), Money.of("75830.00"), new Period(ON, FINAL), FteShare.NONE, LeadAttribution.NONE,
                ON));
        handle(1, set("final-statement", DeadlineKind.FINAL_STATEMENT, FINAL));
        handle(2, set("interim-statement-1", DeadlineKind.INTERIM_STATEMENT, INTERIM));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void listsTheOpenDeadlinesOfTheResponsibleOrganisationByDueDate() {
        assertThat(tasks()).containsExactly(
                new FundingTask(ID, "Dualer Studiengang", "interim-statement-1", DeadlineKind.INTERIM_STATEMENT,
                                INTERIM, false),
                new FundingTask(ID, "Dualer Studiengang", "final-statement", DeadlineKind.FINAL_STATEMENT, FINAL,
                                false));
        assertThat(projection.handle(new FindFundingTasksQuery(new OrganisationId("awo")))).isEmpty();
    }

    @Test
    void anOverdueDeadlineComesFirst() throws Exception {
        handle(3, new FundingDeadlineFellDueEvent(ID, "final-statement", DeadlineKind.FINAL_STATEMENT, FINAL, LEAD,
                                                  FINAL.plusDays(1)));

        assertThat(tasks()).extracting(FundingTask::key, FundingTask::overdue)
                           .containsExactly(tuple("final-statement", true),
                                            tuple("interim-statement-1", false));
    }

    @Test
    void aMetOrDroppedDeadlineLeavesTheList() throws Exception {
        handle(3, new FundingDeadlineMetEvent(ID, "interim-statement-1", INTERIM));
        handle(4, new FundingDeadlineDroppedEvent(ID, "final-statement", INTERIM));

        assertThat(tasks()).isEmpty();
    }

    @Test
    void aDeadlineSetEventDeliveredAgainAfterItWasMetDoesNotComeBack() throws Exception {
        handle(3, new FundingDeadlineMetEvent(ID, "interim-statement-1", INTERIM));
        handle(2, set("interim-statement-1", DeadlineKind.INTERIM_STATEMENT, INTERIM));

        assertThat(tasks()).extracting(FundingTask::key).containsExactly("final-statement");
    }

    private List<FundingTask> tasks() {
        return projection.handle(new FindFundingTasksQuery(LEAD));
    }

    private static FundingDeadlineSetEvent set(String key, DeadlineKind kind, LocalDate dueOn) {
        return new FundingDeadlineSetEvent(ID, key, kind, dueOn, LEAD, key + "@" + dueOn, ON);
    }

    private void handle(long sequence, Object event) throws Exception {
        ProjectionStore.handle(projection, ID.value(), sequence, event);
    }
}
