package org.verbund.gateway.workshops;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.Histories;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.gateway.web.TimelineEntry;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;
import org.verbund.workshop.api.FindReceivedResultsQuery;
import org.verbund.workshop.api.FindSeriesMapQuery;
import org.verbund.workshop.api.ReceiveResultsCommand;
import org.verbund.workshop.api.ReceivedResultsView;
import org.verbund.workshop.api.SeriesMap;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.List;
import java.util.UUID;

/**
 * A group's workshop series and their results: planned by who runs the group, mapped as challenges, strategies and
 * actors, and transferred to the body the group reports to, which sees what it received.
 */
@RestController
@RequestMapping(path = "/api/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workshops")
public class WorkshopSeriesController {

    private final CommandWrites writes;
    private final QueryGateway queries;
    private final Histories histories;

    public WorkshopSeriesController(CommandWrites writes, QueryGateway queries, Histories histories) {
        this.writes = writes;
        this.queries = queries;
        this.histories = histories;
    }

    @PostMapping("/groups/{id}/series")
    @Operation(summary = "Plan a workshop series; without workshops, the report's three-workshop template")
    public ResponseEntity<CommandWrites.Created> plan(@PathVariable @ValidId String id,
                                                      @Valid @RequestBody SeriesRequest request, Write write) {
        return writes.create(write.because(request.reason()), request, "/api/workshops/series/",
                             () -> UUID.randomUUID().toString(), series -> request.toCommand(id, series));
    }

    @GetMapping("/series/{id}/map")
    @Operation(summary = "The series' results joined: challenges, the strategies addressing them, their actors")
    public SeriesMap map(@PathVariable @ValidId String id, Caller caller) {
        SeriesMap map = queries.query(new FindSeriesMapQuery(new WorkshopSeriesId(id), caller.actor()),
                                      ResponseTypes.instanceOf(SeriesMap.class)).join();
        if (map == null) {
            throw new ProblemHandling.NotFound();
        }
        return map;
    }

    @PostMapping("/groups/{id}/transfers")
    @Operation(summary = "Transfer the results of a series or a meeting to the body the group reports to")
    public ResponseEntity<CommandWrites.Created> transfer(@PathVariable @ValidId String id,
                                                          @Valid @RequestBody TransferRequest request, Write write) {
        return writes.create(write.because(request.reason()), request, "/api/workshops/groups/" + id + "/transfers/",
                             () -> "transfer-" + UUID.randomUUID(), transfer -> request.toCommand(id, transfer));
    }

    @GetMapping("/received-results/{bodyId}")
    @Operation(summary = "What a coordination body received from working groups, and from where")
    public ReceivedResultsView receivedResults(@PathVariable @ValidId String bodyId) {
        return queries.query(new FindReceivedResultsQuery(new OrganisationId(bodyId)),
                             ResponseTypes.instanceOf(ReceivedResultsView.class)).join();
    }

    @GetMapping("/received-results/{bodyId}/history")
    @Operation(summary = "Every result transfer the body received, as events")
    public List<TimelineEntry> receivedResultsHistory(@PathVariable @ValidId String bodyId) {
        return histories.of(ReceiveResultsCommand.inboxOf(new OrganisationId(bodyId)).value());
    }
}
