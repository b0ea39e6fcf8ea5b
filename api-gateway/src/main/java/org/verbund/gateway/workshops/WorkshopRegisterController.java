package org.verbund.gateway.workshops;

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
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.LiveUpdates;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.ActionItemEntry;
import org.verbund.workshop.api.DecisionEntry;
import org.verbund.workshop.api.FindActionItemsQuery;
import org.verbund.workshop.api.FindDecisionsQuery;
import org.verbund.workshop.api.WorkingGroupId;

import java.time.LocalDate;
import java.util.List;

/** The registers across groups: the decision register and an organisation's action items, also live. */
@RestController
@RequestMapping(path = "/api/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workshops")
public class WorkshopRegisterController {

    private final QueryGateway queries;
    private final LiveUpdates live;

    public WorkshopRegisterController(QueryGateway queries, LiveUpdates live) {
        this.queries = queries;
        this.live = live;
    }

    @GetMapping("/decisions")
    @Operation(summary = "The decision register: every decision with its meeting, group, date and action items; "
                         + "filter by group, organisation, from, to")
    public List<DecisionEntry> decisions(@RequestParam(required = false) @ValidId String group,
                                         @RequestParam(required = false) @ValidId String organisation,
                                         @RequestParam(required = false) LocalDate from,
                                         @RequestParam(required = false) LocalDate to, Caller caller) {
        return queries.query(decisionsQuery(group, organisation, from, to, caller),
                             ResponseTypes.multipleInstancesOf(DecisionEntry.class)).join();
    }

    @GetMapping(path = "/decisions/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The decision register, live: the register, then each new or changed entry")
    public SseEmitter decisionsStream(@RequestParam(required = false) @ValidId String group,
                                      @RequestParam(required = false) @ValidId String organisation,
                                      @RequestParam(required = false) LocalDate from,
                                      @RequestParam(required = false) LocalDate to, Caller caller) {
        return live.stream(decisionsQuery(group, organisation, from, to, caller),
                           ResponseTypes.multipleInstancesOf(DecisionEntry.class), DecisionEntry.class, any -> true);
    }

    @GetMapping("/action-items")
    @Operation(summary = "The caller's organisation's action items: overdue, open, done (a coordinator may ask for "
                         + "another organisation's)")
    public List<ActionItemEntry> actionItems(@RequestParam(required = false) @ValidId String organisation,
                                             Caller caller) {
        return queries.query(actionItemsQuery(organisation, caller),
                             ResponseTypes.multipleInstancesOf(ActionItemEntry.class)).join();
    }

    @GetMapping(path = "/action-items/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The organisation's action items, live (server-sent events)")
    public SseEmitter actionItemsStream(@RequestParam(required = false) @ValidId String organisation, Caller caller) {
        return live.stream(actionItemsQuery(organisation, caller),
                           ResponseTypes.multipleInstancesOf(ActionItemEntry.class), List.class, any -> true);
    }

    private static FindDecisionsQuery decisionsQuery(String group, String organisation, LocalDate from, LocalDate to,
                                                     Caller caller) {
        return new FindDecisionsQuery(group == null ? null : new WorkingGroupId(group),
                                      organisation == null ? null : new OrganisationId(organisation), from, to,
                                      caller.actor());
    }

    /** An organisation sees its own action items, a coordinator anyone's. */
    private static FindActionItemsQuery actionItemsQuery(String organisation, Caller caller) {
        String whose = organisation == null ? caller.organisationId() : organisation;
        if (whose == null || (!caller.actor().coordinates() && !whose.equals(caller.organisationId()))) {
            throw new AccessDeniedException("An organisation sees its own action items");
        }
        return new FindActionItemsQuery(new OrganisationId(whose));
    }
}
