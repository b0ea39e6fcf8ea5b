package org.verbund.funding.query;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
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

    private EmbeddedMongoServer server;
    private MongoClient client;
    private FundingPortfolioProjection projection;
    private AnnotationEventHandlerAdapter handler;

    @BeforeEach
    void setUp() {
        server = EmbeddedMongoServer.inMemory();
        client = server.newClient();
        projection = new FundingPortfolioProjection(client.getDatabase("portfolio-test"),
                                                    SimpleQueryUpdateEmitter.builder().build());
        handler = new AnnotationEventHandlerAdapter(projection);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.close();
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
        handler.handle(new GenericDomainEventMessage<>("FundingApplication", aggregateId, sequence, event));
    }
}
