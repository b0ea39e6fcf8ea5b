package org.verbund.gateway.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.CalculateDegressiveScheduleQuery;
import org.verbund.funding.api.DegressiveSchedule;
import org.verbund.funding.api.FindFundingPortfolioQuery;
import org.verbund.funding.api.FindFundingTasksQuery;
import org.verbund.funding.api.FindStudyPlacementsQuery;
import org.verbund.funding.api.FundingBand;
import org.verbund.funding.api.FundingPortfolio;
import org.verbund.funding.api.FundingTask;
import org.verbund.funding.api.StudyPlacements;
import org.verbund.gateway.web.GatewayRule;
import org.verbund.gateway.web.LiveUpdates;
import org.verbund.gateway.web.ValidId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What the network's dashboards read: the portfolio, the study placements, task lists and the degressive co-funding
 * schedule, each also live as server-sent events.
 */
@RestController
@RequestMapping(path = "/api/funding", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Funding")
public class FundingPortfolioController {

    private final QueryGateway queries;
    private final LiveUpdates live;

    public FundingPortfolioController(QueryGateway queries, LiveUpdates live) {
        this.queries = queries;
        this.live = live;
    }

    @GetMapping("/portfolio")
    @Operation(summary = "The funding portfolio with the report's semantics")
    public FundingPortfolio portfolio() {
        return queries.query(new FindFundingPortfolioQuery(), ResponseTypes.instanceOf(FundingPortfolio.class)).join();
    }

    @GetMapping(path = "/portfolio/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The portfolio, live: a snapshot, then every change (server-sent events)")
    public SseEmitter portfolioStream() {
        return live.stream(new FindFundingPortfolioQuery(), FundingPortfolio.class, any -> true);
    }

    @GetMapping("/placements")
    @Operation(summary = "Study placements of the dual programme per city and cohort")
    public StudyPlacements placements() {
        return queries.query(new FindStudyPlacementsQuery(), ResponseTypes.instanceOf(StudyPlacements.class)).join();
    }

    @GetMapping(path = "/placements/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The placement tables, live (server-sent events)")
    public SseEmitter placementsStream() {
        return live.stream(new FindStudyPlacementsQuery(), StudyPlacements.class, any -> true);
    }

    @GetMapping("/tasks")
    @Operation(summary = "The caller's organisation's open deadlines, overdue ones first; a coordinator may ask for "
                         + "another organisation's")
    public List<FundingTask> tasks(@RequestParam(required = false) @ValidId String organisation, Caller caller) {
        return queries.query(tasksQuery(organisation, caller), ResponseTypes.multipleInstancesOf(FundingTask.class))
                      .join();
    }

    @GetMapping(path = "/tasks/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The task list, live (server-sent events)")
    public SseEmitter tasksStream(@RequestParam(required = false) @ValidId String organisation, Caller caller) {
        return live.stream(tasksQuery(organisation, caller), ResponseTypes.multipleInstancesOf(FundingTask.class),
                           List.class, any -> true);
    }

    @GetMapping("/schedules/degressive")
    @Operation(summary = "A degressive co-funding schedule: the funder pays a falling share of a monthly rate, one "
                         + "share per band of months (the report: 70, 60, 50, 40 % over 12 months each)")
    public DegressiveSchedule degressiveSchedule(@RequestParam Money monthlyRate, @RequestParam List<BigDecimal> rates,
                                                 @RequestParam(defaultValue = "12") int bandMonths,
                                                 @RequestParam YearMonth start) {
        if (monthlyRate.isNegative() || rates.isEmpty() || rates.size() > 20 || bandMonths < 1 || bandMonths > 120) {
            throw GatewayRule.SCHEDULE_OUT_OF_RANGE.violation("A schedule needs a monthly rate of at least 0, 1 to 20 rates and bands "
                                              + "of 1 to 120 months");
        }
        List<FundingBand> bands = new ArrayList<>();
        for (BigDecimal percent : rates) {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw GatewayRule.SCHEDULE_RATE_OUT_OF_RANGE.violation("A rate is a percentage from 0 to 100, not " + percent);
            }
            bands.add(new FundingBand(bandMonths, percent.movePointLeft(2)));
        }
        return queries.query(new CalculateDegressiveScheduleQuery(monthlyRate, bands, start),
                             ResponseTypes.instanceOf(DegressiveSchedule.class)).join();
    }

    /** A partner sees its own task list, a coordinator anyone's. */
    private static FindFundingTasksQuery tasksQuery(String organisation, Caller caller) {
        String whose = organisation == null ? caller.organisationId() : organisation;
        if (whose == null || (!caller.actor().coordinates() && !whose.equals(caller.organisationId()))) {
            throw new AccessDeniedException("A partner sees its own task list");
        }
        return new FindFundingTasksQuery(new OrganisationId(whose));
    }
}
