package org.verbund.funding.query;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FindFundingPortfolioQuery;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationSubmittedEvent;
import org.verbund.funding.api.FundingApprovalPromisedEvent;
import org.verbund.funding.api.FundingPortfolio;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;
import org.verbund.funding.api.LeadAttribution;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio read model on the embedded store, fed the 28 projects of the 2017 report. */
class FundingPortfolioProjectionTest {

    private static final LocalDate ON = LocalDate.of(2017, 1, 1);

    private ProjectionStore store;
    private FundingPortfolioProjection projection;

    @BeforeEach
    void setUp() {
        store = new ProjectionStore();
        projection = new FundingPortfolioProjection(store.database, store.updates);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void sumsTheReportsPortfolioExactlyAndIgnoresEventsSeenBefore() throws Exception {
        loadReportPortfolio();
        loadReportPortfolio(); // delivered twice, as after a replay that overlaps: nothing may count twice

        FundingPortfolio portfolio = projection.handle(new FindFundingPortfolioQuery());

        assertThat(portfolio.totals().approved()).isEqualTo(Money.of("9483567.68"));
        assertThat(portfolio.totals().approvedCount()).isEqualTo(26);
        assertThat(portfolio.totals().applied()).isEqualTo(Money.of("3090948.22"));
        assertThat(portfolio.totals().appliedCount()).isEqualTo(2);
        // The report prints 12,574,515.91 as the sum of its two totals; their exact sum is 12,574,515.90.
        assertThat(portfolio.totals().all()).isEqualTo(Money.of("12574515.90"));
        assertThat(portfolio.byStatus().get(ApplicationStatus.APPROVED).count()).isEqualTo(26);
        assertThat(portfolio.byFunderLevel().get(FunderLevel.EU).approved()).isEqualTo(Money.of("60959.75"));
        assertThat(portfolio.byFunderLevel().values().stream().map(FundingPortfolio.Totals::all)
                            .reduce(Money.ZERO, Money::plus)).isEqualTo(portfolio.totals().all());
        assertThat(portfolio.byProgramme().stream().map(group -> group.totals().all())
                            .reduce(Money.ZERO, Money::plus)).isEqualTo(portfolio.totals().all());
        assertThat(portfolio.byLeadApplicant()).extracting(FundingPortfolio.Group::id).contains("ISB", "Jugendamt");
    }

    @Test
    void countsTheDocumentsStoredBeforeTheApplicationDetailsHadAReadModelOfTheirOwn() {
        // as the projection stored them when it was the application detail too: raw fields, amounts as strings
        store.database.getCollection("funding_programmes").insertOne(
                new Document("_id", "land-esf").append("name", "Land/ESF").append("funderLevel", "STATE")
                                               .append("call", new Document("name", "call 2014")));
        store.database.getCollection("funding_applications").insertOne(
                new Document("_id", "esf-2014").append("programmeId", "land-esf").append("title", "Dualer Studiengang")
                        .append("leadApplicant", "dez5").append("partners", List.of("fh-do"))
                        .append("from", "2014-10-01").append("to", "2018-09-30").append("positions", "2.5")
                        .append("requested", "75830.00").append("approved", "70000.00")
                        .append("leadAttribution", "LEAD").append("status", "RUNNING")
                        .append("extensions", List.of()).append("amendments", List.of())
                        .append("deadlines", List.of()).append("version", 3L));

        FundingPortfolio portfolio = projection.handle(new FindFundingPortfolioQuery());

        assertThat(portfolio.totals().approved()).isEqualTo(Money.of("70000.00"));
        assertThat(portfolio.byFunderLevel().get(FunderLevel.STATE).approvedCount()).isEqualTo(1);
        assertThat(portfolio.byProgramme()).extracting(FundingPortfolio.Group::name).containsExactly("Land/ESF");
        assertThat(portfolio.byLeadAttribution().get(LeadAttribution.LEAD).approved()).isEqualTo(Money.of("70000.00"));
    }

    @Test
    void anApprovedAmendmentChangesTheAmountCounted() throws Exception {
        FundingApplicationId id = new FundingApplicationId("amended");
        handle(id.value(), 0, new FundingApplicationDraftedEvent(id, new FundingProgrammeId("land-esf"), "Amended",
                new OrganisationId("dez5"), List.of(), Money.of("100.00"), new Period(ON, ON.plusYears(1)),
                FteShare.NONE, LeadAttribution.NONE, ON));
        handle(id.value(), 1, new FundingApplicationApprovedEvent(id, Money.of("90.00"), ON));
        handle(id.value(), 2, new AmendmentApprovedEvent(id, new AmendmentId("a1"),
                                                         new AmendmentValues(Money.of("95.00"), null, null), ON));

        assertThat(projection.handle(new FindFundingPortfolioQuery()).totals().approved())
                .isEqualTo(Money.of("95.00"));
    }

    /** Feeds the events the 28 projects of the report produce, read from the demo data file. */
    private void loadReportPortfolio() throws Exception {
        Set<String> programmes = new HashSet<>();
        int number = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/demo/portfolio-2017.tsv"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] project = line.split("\t");
                FundingProgrammeId programme = new FundingProgrammeId(project[0]);
                if (programmes.add(project[0])) {
                    handle(programme.value(), 0, new FundingProgrammeRegisteredEvent(
                            programme, project[0], FunderLevel.valueOf(project[1]), null, ON));
                }
                FundingApplicationId id = new FundingApplicationId("report-2017-" + ++number);
                Money amount = Money.of(project[4]);
                handle(id.value(), 0, new FundingApplicationDraftedEvent(id, programme, project[2],
                        new OrganisationId(project[3]), List.of(), amount,
                        new Period(ON, ON.plusYears(1)), FteShare.NONE, LeadAttribution.NONE, ON));
                handle(id.value(), 1, new FundingApplicationSubmittedEvent(id, ON));
                if (project[5].equals("APPROVED")) {
                    handle(id.value(), 2, new FundingApplicationApprovedEvent(id, amount, ON));
                } else {
                    handle(id.value(), 2, new FundingApprovalPromisedEvent(id, ON));
                }
            }
        }
    }

    private void handle(String aggregateId, long sequence, Object event) throws Exception {
        ProjectionStore.handle(projection, aggregateId, sequence, event);
    }
}
